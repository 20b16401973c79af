import HearthDomain

/// The merge conflict chooser, opened from home with `m`: every field a merge kept both ways, one line
/// each, and under the list the selected one's two values in full (wrapped, cut with `…` where the window
/// is short). `t` keeps this machine's value and `o` the other machine's, after asking (`y` saves); the list,
/// read back from the files after the save, then loses that line.
public struct ConflictChooser: Hashable, Sendable, ScreenModel {
    /// The row selected; the list itself is the app's (`ScreenContext.conflicts.fields`), read back after each save.
    public private(set) var list = ListState()

    public init() {}

    var keymap: Keymap { .conflicts }
    var takesText: Bool { false }

    mutating func update(_ action: Action, in context: ScreenContext) -> ScreenOutcome {
        let fields = context.conflicts.fields
        list.move(by: 0, count: fields.count)
        if list.move(for: action, page: max(1, context.viewport.height / 3), count: fields.count) {
            return ScreenOutcome()
        }
        switch action {
        case .top: list.select(0, count: fields.count)
        case .bottom: list.select(fields.count - 1, count: fields.count)
        case .keepHere, .keepOther:
            guard fields.indices.contains(list.selected) else {
                return ScreenOutcome(message: AppState.Message("No merge conflicts left to choose"))
            }
            return ScreenOutcome(question: Self.question(fields[list.selected], keeping: action == .keepHere ? .here : .other))
        case .back: return ScreenOutcome(navigation: .back)
        case .quit: return ScreenOutcome(effects: [.quit(status: 0)])
        default: break
        }
        return ScreenOutcome()
    }

    /// The value dropped is gone from the file once saved: one stray key must not do that.
    static func question(_ field: FieldConflict, keeping side: ConflictSide) -> Question {
        func show(_ value: String?) -> String {
            guard let value else { return "none: removed" }
            let line = value.split(separator: "\n", omittingEmptySubsequences: false).first.map(String.init) ?? ""
            return "\"" + (line == value ? line : line + " …").truncated(toWidth: 40) + "\""
        }
        if field.isWholeRecord {
            return Question(text: side == .here ? "Keep \(field.record) as edited?" : "Remove \(field.record), and the edit made to it?",
                            onYes: .resolve(field, side), onNo: "Nothing changed: the record is still there")
        }
        let (kept, dropped) = side == .here ? (field.here, field.other) : (field.other, field.here)
        let other: ConflictSide = side == .here ? .other : .here
        return Question(text: "Keep \(side.name) value of \(field.title) (\(show(kept))) and drop \(other.name) (\(show(dropped)))?",
                        onYes: .resolve(field, side), onNo: "Nothing changed: both values are still kept")
    }

    mutating func journalDidChange(in context: ScreenContext) {
        // A save (or a sync) took lines away: stay on the same row, or the last one.
        list.move(by: 0, count: context.conflicts.fields.count)
    }

    func render(into buffer: inout ScreenBuffer, in rect: Rect, context: ScreenContext) -> Position? {
        guard !rect.isEmpty else { return nil }
        let fields = context.conflicts.fields
        let count = fields.count
        let title = count == 0 ? "Merge conflicts" : "Merge conflicts · \(count) to choose"
        buffer.put(title.truncated(toWidth: rect.width), x: rect.x, y: rect.y, style: .title)
        let body = Rect(x: rect.x, y: rect.y + 2, width: rect.width, height: max(0, rect.height - 2))
        guard !fields.isEmpty else {
            let note = "None left: every field holds one value. Esc goes back home."
            TextBlock(note.wrapped(toWidth: rect.width).map { [Span($0, .dim)] }).render(into: &buffer, in: body)
            return nil
        }
        // The list takes up to a third of the room; the selected conflict's two values take the rest.
        var shown = list
        let listHeight = min(count, max(1, body.height / 3))
        shown.scrollToSelection(height: listHeight)
        for row in 0..<listHeight where shown.offset + row < count {
            let index = shown.offset + row
            let field = fields[index]
            let line = "\(field.path):\(field.line)  \(field.title)"
            let selected = index == shown.selected
            buffer.put((selected ? "▸ " : "  ") + line.truncated(toWidth: rect.width - 2), x: body.x, y: body.y + row,
                       style: selected ? .selected : .normal)
        }
        let detail = Rect(x: body.x, y: body.y + listHeight + 1, width: body.width, height: max(0, body.height - listHeight - 1))
        Self.detail(of: fields[min(shown.selected, count - 1)], into: &buffer, in: detail)
        return nil
    }

    /// The selected conflict: where it is, then each machine's value under its key.
    private static func detail(of field: FieldConflict, into buffer: inout ScreenBuffer, in rect: Rect) {
        guard rect.height >= 3 else { return }
        buffer.put(String(repeating: "─", count: rect.width), x: rect.x, y: rect.y, style: .dim)
        buffer.put("\(field.title) (\(field.path), line \(field.line))".truncated(toWidth: rect.width),
                   x: rect.x, y: rect.y + 1, style: .accent)
        // Each value gets half of what is left: a long one never hides the other.
        let room = rect.height - 2
        let first = room / 2, second = room - first
        let width = max(1, rect.width - 2)
        let lines = field.isWholeRecord
            ? [[Span("t  keep the record, as edited", .accent)], [Span("o  remove the record", .accent)]]
            : Self.value(heading: "t  keep this machine's value", field.here, width: width, rows: first)
                + Self.value(heading: "o  keep the other machine's value", field.other, width: width, rows: second)
        TextBlock(lines).render(into: &buffer, in: Rect(x: rect.x, y: rect.y + 2, width: rect.width, height: room))
    }

    /// A heading and the value wrapped under it in at most `rows` lines, the last cut with `…` when it goes on.
    static func value(heading: String, _ text: String?, width: Int, rows: Int) -> [[Span]] {
        guard rows > 0 else { return [] }
        var lines = [[Span(heading, .accent)]]
        guard let text else { return lines + [[Span("  (none: removed on that machine)", .dim)]].prefix(rows - 1) }
        var wrapped = text.split(separator: "\n", omittingEmptySubsequences: false).flatMap { paragraph in
            paragraph.isEmpty ? [""] : paragraph.wrapped(toWidth: width)
        }
        if wrapped.isEmpty || text.isEmpty { return lines + [[Span("  (empty)", .dim)]].prefix(rows - 1) }
        let room = rows - 1
        if wrapped.count > room, room > 0 {
            wrapped = Array(wrapped.prefix(room))
            wrapped[room - 1] = (wrapped[room - 1] + " …").truncated(toWidth: width, keeping: " …")
        }
        lines += wrapped.prefix(room).map { [Span("  " + $0)] }
        return lines
    }
}

extension Keymap {
    /// The merge conflict chooser.
    public static let conflicts = Keymap(title: "Merge conflicts", bindings: common + [
        KeyBinding([.up, .character("k")], .up, summary: "Previous conflict"),
        KeyBinding([.down, .character("j")], .down, summary: "Next conflict"),
        KeyBinding([.home, .character("g")], .top, summary: "First conflict"),
        KeyBinding([.end, .character("G")], .bottom, summary: "Last conflict"),
        KeyBinding([.character("t")], .keepHere, hint: "keep this"),
        KeyBinding([.character("o")], .keepOther, hint: "keep other"),
        KeyBinding([.escape], .back, hint: "back"),
        KeyBinding([.character("q")], .quit, hint: "quit"),
    ])
}
