/// The bottom line: key hints from the keymap on the left, a message on the right.
public struct StatusBar: Sendable {
    public var keymap: Keymap
    public var message: String
    public var messageStyle: Style

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

    public func render(into buffer: inout ScreenBuffer, in rect: Rect) {
        guard !rect.isEmpty else { return }
        let y = rect.y
        buffer.fill(Rect(x: rect.x, y: y, width: rect.width, height: 1))
        // An error matters more than the hints when space runs out; any other note gives way to them.
        let hints = self.hints
        let reserved = messageStyle == .warning || hints.terminalWidth + 2 >= rect.width ? 0 : hints.terminalWidth + 2
        let text = message.truncated(toWidth: rect.width - reserved)
        let messageWidth = text.terminalWidth
        if messageWidth > 0 {
            buffer.put(text, x: rect.x + rect.width - messageWidth, y: y, style: messageStyle)
        }
        let room = rect.width - messageWidth - (messageWidth > 0 ? 2 : 0)
        if room >= 6 { buffer.put(hints.truncated(toWidth: room), x: rect.x, y: y, style: .dim) }
    }
}
