import HearthDomain

/// The one-line "go to a week" prompt that `g` opens on the history list and in the week view.
public struct GoToPrompt: Hashable, Sendable {
    public var field = TextField("", capacity: 10)
    /// Why the last Enter was refused, shown beside the field.
    public var problem: String?

    public init() {}

    /// `2026-W47` (any case) or a date `2026-11-18`, meaning the week holding it; nil for anything else.
    public static func week(from text: String) -> Week? {
        Week(text) ?? CivilDate(text).map { Week(containing: $0) }
    }

    /// Keys for an open prompt; returns the week when Enter was given one. Esc closes it.
    static func perform(_ action: Action, on prompt: inout GoToPrompt?) -> Week? {
        switch action {
        case .back: prompt = nil
        case .left, .right, .top, .bottom, .deleteBackward, .deleteForward, .deleteWord, .deleteToLineStart:
            prompt?.field.edit(action)
        case .confirm:
            let text = prompt?.field.trimmed ?? ""
            guard let week = week(from: text) else {
                prompt?.problem = text.isEmpty ? "type a week first" : "not a week; try 2026-W47"
                return nil
            }
            prompt = nil
            return week
        default: break
        }
        return nil
    }

    /// Types a key or a paste (on one line) into an open prompt; false when it is closed.
    static func type(_ text: String, into prompt: inout GoToPrompt?) -> Bool {
        guard prompt != nil else { return false }
        for character in AppState.pasteText(text, multiline: false) { prompt?.field.insert(character) }
        prompt?.problem = nil
        return true
    }

    /// Draws `Go to week: [field]  problem` on one row; returns where the cursor goes.
    func render(into buffer: inout ScreenBuffer, in rect: Rect) -> Position {
        buffer.fill(rect)
        let label = "Go to week: "
        let x = rect.x + buffer.put(label.truncated(toWidth: rect.width), x: rect.x, y: rect.y, style: .accent)
        let fieldWidth = min(11, max(0, rect.maxX - x))
        let cursor = field.render(into: &buffer, x: x, y: rect.y, width: fieldWidth, style: .selected)
        let note = problem ?? "2026-W47 or 2026-11-18"
        let noteX = x + fieldWidth + 1
        if noteX < rect.maxX {
            buffer.put(note.truncated(toWidth: rect.maxX - noteX), x: noteX, y: rect.y, style: problem == nil ? .dim : .warning)
        }
        return Position(x: cursor, y: rect.y)
    }
}

extension Rect {
    /// The column just right of the rectangle.
    var maxX: Int { x + width }
}
