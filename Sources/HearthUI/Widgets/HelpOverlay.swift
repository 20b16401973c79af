/// A box over the current screen listing that screen's keys, read from its keymap.
public struct HelpOverlay: Sendable {
    public var keymap: Keymap

    public init(keymap: Keymap) { self.keymap = keymap }

    /// The rows of help: each binding's keys and what they do.
    public var rows: [(keys: String, summary: String)] {
        keymap.bindings.map { ($0.keyLabel, $0.summary) }
    }

    public func render(into buffer: inout ScreenBuffer, in rect: Rect) {
        let rows = self.rows
        let keyWidth = min(14, rows.map(\.keys.terminalWidth).max() ?? 0)
        let summaryWidth = rows.map(\.summary.terminalWidth).max() ?? 0
        let footer = "Esc or ? closes help"
        let wanted = max(keyWidth + 2 + summaryWidth, footer.terminalWidth) + 4
        let box = rect.centered(width: wanted, height: rows.count + 4)
        guard box.width >= 8, box.height >= 3 else {
            buffer.put("Help: too small", x: rect.x, y: rect.y, style: .title, limit: rect.width)
            return
        }
        Panel(title: "Keys: \(keymap.title)", style: .accent).render(into: &buffer, in: box)
        let inner = box.inset(dx: 2, dy: 1)
        let listed = rows.prefix(max(0, inner.height - 1))
        for (row, entry) in listed.enumerated() {
            let y = inner.y + row
            buffer.put(entry.keys.truncated(toWidth: keyWidth), x: inner.x, y: y, style: .accent, limit: inner.width)
            buffer.put(entry.summary, x: inner.x + keyWidth + 2, y: y, limit: max(0, inner.width - keyWidth - 2))
        }
        if listed.count < rows.count, !listed.isEmpty {
            let y = inner.y + listed.count - 1
            buffer.fill(Rect(x: inner.x, y: y, width: inner.width, height: 1))
            buffer.put("… \(rows.count - listed.count + 1) more: enlarge the window", x: inner.x, y: y,
                       style: .dim, limit: inner.width)
        }
        buffer.put(footer, x: inner.x, y: inner.maxY - 1, style: .dim, limit: inner.width)
    }
}
