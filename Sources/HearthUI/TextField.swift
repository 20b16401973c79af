/// A one-line text being edited, with a cursor that moves by grapheme cluster.
public struct TextField: Hashable, Sendable {
    public private(set) var text: String
    /// Cursor position in graphemes from the start (0 ... count).
    public private(set) var cursor: Int
    /// The longest text accepted, in graphemes.
    public var capacity: Int

    public init(_ text: String = "", capacity: Int = 60) {
        self.text = String(text.prefix(capacity))
        self.capacity = capacity
        cursor = self.text.count
    }

    public mutating func insert(_ character: Character) {
        // Combining marks are welcome (they join the grapheme before them); control characters are not.
        guard text.count < capacity,
              !character.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) else { return }
        let index = text.index(text.startIndex, offsetBy: cursor)
        let before = text.count
        text.insert(character, at: index)
        // A combining mark merges with the grapheme before it instead of adding one.
        cursor += text.count - before
    }

    public mutating func deleteBackward() {
        guard cursor > 0 else { return }
        text.remove(at: text.index(text.startIndex, offsetBy: cursor - 1))
        cursor -= 1
    }

    public mutating func deleteForward() {
        guard cursor < text.count else { return }
        text.remove(at: text.index(text.startIndex, offsetBy: cursor))
    }

    /// Ctrl-W: the spaces before the cursor and the word before them, as in readline.
    public mutating func deleteWordBackward() {
        let characters = Array(text)
        var start = cursor
        while start > 0, characters[start - 1].isWhitespace { start -= 1 }
        while start > 0, !characters[start - 1].isWhitespace { start -= 1 }
        text = String(characters[..<start] + characters[cursor...])
        cursor = start
    }

    /// Ctrl-U: everything before the cursor (the whole field when the cursor is at its end).
    public mutating func deleteToStart() {
        text = String(text.dropFirst(cursor))
        cursor = 0
    }

    /// The editing keys every one-line field shares: cursor moves and deletions; other actions do nothing.
    mutating func edit(_ action: Action) {
        switch action {
        case .left: moveLeft()
        case .right: moveRight()
        case .top: moveToStart()
        case .bottom: moveToEnd()
        case .deleteBackward: deleteBackward()
        case .deleteForward: deleteForward()
        case .deleteWord: deleteWordBackward()
        case .deleteToLineStart: deleteToStart()
        default: break
        }
    }

    public mutating func moveLeft() { cursor = max(0, cursor - 1) }
    public mutating func moveRight() { cursor = min(text.count, cursor + 1) }
    public mutating func moveToStart() { cursor = 0 }
    public mutating func moveToEnd() { cursor = text.count }

    /// The text with surrounding whitespace removed, as it would be saved.
    public var trimmed: String {
        var result = Substring(text)
        while result.first?.isWhitespace == true { result = result.dropFirst() }
        while result.last?.isWhitespace == true { result = result.dropLast() }
        return String(result)
    }

    /// Draws the field in `width` columns, scrolled so the cursor stays visible; returns the cursor column.
    public func render(into buffer: inout ScreenBuffer, x: Int, y: Int, width: Int, style: Style) -> Int {
        guard width > 0 else { return x }
        let characters = Array(text)
        // Scroll: start far enough right that the text up to the cursor (plus the cursor cell) fits.
        var start = 0
        var used = characters[..<cursor].reduce(0) { $0 + $1.terminalWidth }
        while used + 1 > width, start < cursor {
            used -= characters[start].terminalWidth
            start += 1
        }
        buffer.fill(Rect(x: x, y: y, width: width, height: 1), style: style)
        buffer.put(String(characters[start...]), x: x, y: y, style: style, limit: width)
        return x + used
    }
}
