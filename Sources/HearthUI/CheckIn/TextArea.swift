/// Text being edited in a field of one or more lines, held as grapheme clusters so the cursor, Backspace
/// and Delete always move over whole characters (an emoji with its skin tone, a letter with its accent).
public struct TextArea: Hashable, Sendable {
    /// The text, one grapheme cluster per element: indexing is O(1) however long a paste gets.
    public private(set) var characters: [Character]
    /// Each grapheme's terminal columns, kept beside it so wrapping a long answer on every keystroke is a walk
    /// over bytes (comparing `Character`s is a Unicode-aware and much slower affair).
    private(set) var cells: [UInt8]
    /// Cursor position in graphemes from the start (0 ... count).
    public private(set) var cursor: Int
    /// Whether Enter starts a new line (otherwise the text stays on one logical line and only wraps).
    public let multiline: Bool
    /// The most characters the field takes (a short answer such as a number of minutes); a paste stops there.
    public let limit: Int

    public init(_ text: String = "", multiline: Bool = true, limit: Int = .max) {
        self.multiline = multiline
        self.limit = limit
        characters = []
        cells = []
        cursor = 0
        insert(text)
    }

    /// `cells` marks a line break and a space with values no real width takes.
    static let lineBreakCell: UInt8 = 0xFF
    static let spaceCell: UInt8 = 0xFE

    static func cell(of character: Character) -> UInt8 {
        if character == "\n" { return lineBreakCell }
        if character == " " { return spaceCell }
        return UInt8(character.terminalWidth)
    }

    public var text: String { String(characters) }

    /// True when the field holds all it can take, so the screen can say why more typing does nothing.
    public var isFull: Bool { characters.count >= limit }

    /// The text with surrounding whitespace removed, as it is saved.
    public var trimmed: String {
        var result = characters[...]
        while result.first?.isWhitespace == true { result = result.dropFirst() }
        while result.last?.isWhitespace == true { result = result.dropLast() }
        return String(result)
    }

    /// Replaces everything (text back from an editor); the cursor goes to the end.
    public mutating func replaceAll(with text: String) {
        characters = []
        cells = []
        cursor = 0
        insert(text)
    }

    /// Inserts typed or pasted text at the cursor.
    public mutating func insert(_ text: String) {
        // CR LF and lone CR from a paste or an editor are line breaks too.
        let normalized = text.unicodeScalars.contains("\r") ? text.replacingCRs() : text
        for character in normalized { insert(character) }
    }

    /// Inserts one grapheme; a combining mark, skin tone or joiner merges with the grapheme before it, as the
    /// terminal sends such sequences one scalar at a time.
    public mutating func insert(_ character: Character) {
        if character == "\n", !multiline {
            // A line break pasted or written in an editor still parts two words: it becomes a space.
            if cursor > 0, characters[cursor - 1].isWhitespace { return }
            insert(" ")
            return
        }
        if character != "\n", character.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) { return }
        if cursor > 0, character != "\n", characters[cursor - 1] != "\n" {
            let merged = String(characters[cursor - 1]) + String(character)
            if merged.count == 1, let joined = merged.first {
                characters[cursor - 1] = joined
                cells[cursor - 1] = Self.cell(of: joined)
                return
            }
        }
        guard characters.count < limit else { return }
        characters.insert(character, at: cursor)
        cells.insert(Self.cell(of: character), at: cursor)
        cursor += 1
    }

    public mutating func deleteBackward() {
        guard cursor > 0 else { return }
        characters.remove(at: cursor - 1)
        cells.remove(at: cursor - 1)
        cursor -= 1
    }

    public mutating func deleteForward() {
        guard cursor < characters.count else { return }
        characters.remove(at: cursor)
        cells.remove(at: cursor)
    }

    /// Ctrl-W: the word before the cursor and the spaces after it, as shells do.
    public mutating func deleteWordBackward() {
        var start = cursor
        while start > 0, characters[start - 1].isWhitespace, characters[start - 1] != "\n" { start -= 1 }
        while start > 0, !characters[start - 1].isWhitespace { start -= 1 }
        if start == cursor, start > 0 { start -= 1 }  // only a line break before the cursor: join the lines
        characters.removeSubrange(start..<cursor)
        cells.removeSubrange(start..<cursor)
        cursor = start
    }

    /// Alt-d: the spaces after the cursor and the word after them, as readline does.
    public mutating func deleteWordForward() {
        let end = wordEnd(after: cursor)
        characters.removeSubrange(cursor..<end)
        cells.removeSubrange(cursor..<end)
    }

    /// Alt-b: to the start of this word, or of the word before when the cursor is already at one.
    public mutating func moveWordLeft() {
        while cursor > 0, characters[cursor - 1].isWhitespace { cursor -= 1 }
        while cursor > 0, !characters[cursor - 1].isWhitespace { cursor -= 1 }
    }

    /// Alt-f: to the end of this word, or of the word after when the cursor is already at one.
    public mutating func moveWordRight() { cursor = wordEnd(after: cursor) }

    private func wordEnd(after index: Int) -> Int {
        var end = index
        while end < characters.count, characters[end].isWhitespace { end += 1 }
        while end < characters.count, !characters[end].isWhitespace { end += 1 }
        return end
    }

    /// Ctrl-U: from the start of the cursor's line to the cursor.
    public mutating func deleteToLineStart() {
        let start = lineStart(of: cursor)
        characters.removeSubrange(start..<cursor)
        cells.removeSubrange(start..<cursor)
        cursor = start
    }

    public mutating func moveLeft() { cursor = max(0, cursor - 1) }
    public mutating func moveRight() { cursor = min(characters.count, cursor + 1) }
    /// Home: the start of the cursor's line.
    public mutating func moveToLineStart() { cursor = lineStart(of: cursor) }
    /// End: the end of the cursor's line.
    public mutating func moveToLineEnd() {
        while cursor < characters.count, characters[cursor] != "\n" { cursor += 1 }
    }

    /// Up and Down (`delta` -1 or 1) by rows as drawn in a field `width` columns wide, so a long wrapped answer
    /// is walked a screen row at a time; the cursor keeps its screen column where the row allows (never landing
    /// inside a wide character). Returns false on the first or last row, so the caller can move to another field.
    public mutating func moveRow(by delta: Int, width: Int) -> Bool {
        let rows = rows(width: width)
        var row = 0
        while row + 1 < rows.count, rows[row + 1].lowerBound <= cursor { row += 1 }
        let target = row + delta
        guard rows.indices.contains(target) else { return false }
        let column = columns(rows[row].lowerBound..<max(rows[row].lowerBound, cursor))
        let range = rows[target]
        var index = range.lowerBound, used = 0
        while index < range.upperBound {
            let width = columns(index..<index + 1)
            if used + width > column { break }
            used += width
            index += 1
        }
        // The end of a row that wraps without a line break is the next row's start: stay on this one.
        if index == range.upperBound, index > range.lowerBound, target + 1 < rows.count, rows[target + 1].lowerBound == index {
            index -= 1
        }
        cursor = index
        return true
    }

    private func lineStart(of index: Int) -> Int {
        var start = index
        while start > 0, characters[start - 1] != "\n" { start -= 1 }
        return start
    }
}

private extension String {
    func replacingCRs() -> String {
        var out = ""
        var previousCR = false
        for scalar in unicodeScalars {
            if scalar == "\r" {
                out.append("\n")
                previousCR = true
                continue
            }
            if scalar == "\n", previousCR { previousCR = false; continue }
            previousCR = false
            out.unicodeScalars.append(scalar)
        }
        return out
    }
}
