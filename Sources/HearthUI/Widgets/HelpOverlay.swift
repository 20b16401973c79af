/// A box over the current screen listing that screen's keys, read from its keymap.
public struct HelpOverlay: Sendable {
    public var keymap: Keymap
    /// The first row shown when the list is taller than the box.
    public var offset: Int

    public init(keymap: Keymap, offset: Int = 0) {
        self.keymap = keymap
        self.offset = offset
    }

    /// The rows of help: each binding's keys and what they do.
    public var rows: [(keys: String, summary: String)] {
        keymap.bindings.map { ($0.keyLabel, $0.summary) }
    }

    private static let footer = "Esc closes help"

    /// The widest key label help leaves room for; longer labels are truncated.
    private var keyWidth: Int { min(14, rows.map(\.keys.terminalWidth).max() ?? 0) }

    /// The box help draws in `rect`, sized to its rows (wrapped to the room there is) and centred.
    private func box(in rect: Rect) -> Rect {
        let summaryWidth = rows.map(\.summary.terminalWidth).max() ?? 0
        let wanted = max(keyWidth + 2 + summaryWidth, Self.footer.terminalWidth) + 4
        let width = min(wanted, rect.width)
        return rect.centered(width: width, height: lines(boxWidth: width).count + 4)
    }

    /// Help's rows in a box `boxWidth` wide: keys, then what they do, wrapped onto more rows rather than cut.
    private func lines(boxWidth: Int) -> [(keys: String, summary: String)] {
        let room = max(1, boxWidth - 4 - keyWidth - 2)
        return rows.flatMap { row in
            row.summary.wrapped(toWidth: room).enumerated().map { ($0.offset == 0 ? row.keys : "", $0.element) }
        }
    }

    /// How many rows fit in the box at once: its inner rows less the footer row.
    private func room(in box: Rect) -> Int { max(0, box.inset(dx: 2, dy: 1).height - 1) }

    /// The largest useful `offset` in `rect`: beyond it the last row is already on screen.
    public func maxOffset(in rect: Rect) -> Int {
        let box = box(in: rect)
        return max(0, lines(boxWidth: box.width).count - room(in: box))
    }

    public func render(into buffer: inout ScreenBuffer, in rect: Rect) {
        let keyWidth = self.keyWidth
        let box = box(in: rect)
        guard box.width >= 8, box.height >= 3 else {
            buffer.put("Help: too small", x: rect.x, y: rect.y, style: .title, limit: rect.width)
            return
        }
        let rows = lines(boxWidth: box.width)
        Panel(title: "Keys: \(keymap.title)", style: .accent).render(into: &buffer, in: box)
        let inner = box.inset(dx: 2, dy: 1)
        // The last inner row holds the footer; the rest show rows from `offset`.
        let room = room(in: box)
        let start = min(max(0, offset), maxOffset(in: rect))
        let summaryX = inner.x + keyWidth + 2, summaryRoom = max(0, inner.width - keyWidth - 2)
        for (row, entry) in rows.dropFirst(start).prefix(room).enumerated() {
            let y = inner.y + row
            buffer.put(entry.keys.truncated(toWidth: min(keyWidth, inner.width)), x: inner.x, y: y, style: .accent)
            buffer.put(entry.summary.truncated(toWidth: summaryRoom), x: summaryX, y: y)
        }
        let hidden = rows.count - room
        let note = hidden > 0 ? "↑↓ scroll · rows \(start + 1)-\(start + room) of \(rows.count) · Esc" : Self.footer
        buffer.put(note.truncated(toWidth: inner.width), x: inner.x, y: inner.maxY - 1, style: .dim)
    }
}
