/// The bottom line: key hints from the keymap on the left, a message on the right. A message too long to
/// share the line moves onto rows of its own above the hints, wrapped, so it is never cut.
public struct StatusBar: Sendable {
    public var keymap: Keymap
    public var message: String
    public var messageStyle: Style

    /// The most rows a message may take above the hints; a longer one ends in `…`.
    static let maximumMessageRows = 3

    public init(keymap: Keymap, message: String = "", messageStyle: Style = .dim) {
        self.keymap = keymap
        self.message = message
        self.messageStyle = messageStyle
    }

    /// `? help  q quit`: the first key and the hint word of each hinted binding.
    public var hints: String {
        keymap.bindings.compactMap { binding in
            binding.hint.map { "\(binding.keys.first?.label ?? "") \($0)" }
        }.joined(separator: "  ")
    }

    /// Whether the message and the hints share one row of `width` columns.
    private func sharesRow(width: Int) -> Bool {
        message.isEmpty || message.terminalWidth + 2 + hints.terminalWidth <= width
    }

    /// The message's own rows at `width`, at most `maximumMessageRows`.
    private func messageRows(width: Int) -> [String] {
        let rows = message.wrapped(toWidth: width)
        guard rows.count > Self.maximumMessageRows else { return rows }
        var kept = Array(rows.prefix(Self.maximumMessageRows))
        kept[kept.count - 1] = (kept[kept.count - 1] + " …").truncated(toWidth: width)
        return kept
    }

    /// Rows the bar needs at `width`: one, or the message's rows plus the hints' row.
    public func height(width: Int) -> Int {
        sharesRow(width: width) ? 1 : messageRows(width: width).count + 1
    }

    public func render(into buffer: inout ScreenBuffer, in rect: Rect) {
        guard !rect.isEmpty else { return }
        buffer.fill(rect)
        let hints = self.hints
        let y = rect.maxY - 1
        if sharesRow(width: rect.width) || rect.height == 1 {
            // On one row an error matters more than the hints; any other note gives way to them.
            let reserved = messageStyle == .warning || hints.terminalWidth + 2 >= rect.width ? 0 : hints.terminalWidth + 2
            let text = message.truncated(toWidth: rect.width - reserved)
            let messageWidth = text.terminalWidth
            if messageWidth > 0 { buffer.put(text, x: rect.x + rect.width - messageWidth, y: y, style: messageStyle) }
            let room = rect.width - messageWidth - (messageWidth > 0 ? 2 : 0)
            if room >= 6 { buffer.put(hints.truncated(toWidth: room), x: rect.x, y: y, style: .dim) }
            return
        }
        for (row, text) in messageRows(width: rect.width).suffix(rect.height - 1).enumerated() {
            buffer.put(text, x: rect.x, y: rect.y + row, style: messageStyle)
        }
        buffer.put(hints.truncated(toWidth: rect.width), x: rect.x, y: y, style: .dim)
    }
}
