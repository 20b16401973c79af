import HearthDomain

/// Prose broken into lines by display columns, each line a range of UTF-8 offsets into the text, so a
/// highlighted match can be drawn across line breaks and only the lines on screen ever become strings.
/// Wrapping is one pass over the bytes (ASCII without building a `Character`), so a 10 MB answer is
/// wrapped once, in well under a second, and drawing a screenful of it costs that screenful.
struct WrappedText: Sendable {
    let text: String
    /// UTF-8 offsets of each line; spaces at a break are dropped, newlines always break.
    let lines: [Range<Int>]

    init(_ text: String, width: Int) {
        self.text = text
        let width = max(1, width)
        var lines: [Range<Int>] = []
        var start = 0, used = 0, lastSpace: Int?
        let units = GraphemeWalk(text)
        var offset = 0
        while offset < units.count {
            let (next, columns, isNewline) = units.step(at: offset)
            defer { offset = next }
            if isNewline {
                lines.append(start..<offset)
                start = next; used = 0; lastSpace = nil
                continue
            }
            let isSpace = next == offset + 1 && units.byte(at: offset) == 0x20
            if isSpace, offset == start {
                start = next  // no line starts with a space
                continue
            }
            if used + columns > width, offset > start {
                if let space = lastSpace, space > start {
                    lines.append(start..<space)
                    start = space + 1
                } else {
                    lines.append(start..<offset)
                    start = offset
                }
                used = units.columns(start..<offset)
                lastSpace = nil
            }
            if isSpace { lastSpace = offset }
            used += columns
        }
        if start < units.count || lines.isEmpty { lines.append(start..<units.count) }
        self.lines = lines
    }

    /// The text of one line.
    func string(_ range: Range<Int>) -> String {
        let utf8 = text.utf8
        let lower = utf8.index(utf8.startIndex, offsetBy: range.lowerBound)
        let upper = utf8.index(utf8.startIndex, offsetBy: range.upperBound)
        return String(text[lower..<upper])
    }

    /// The spans of one line from `column`, with the bytes in `highlight` (UTF-8 offsets) in `.selected`.
    func spans(line: Int, at column: Int, style: Style, highlight: Range<Int>?) -> [Span] {
        let range = lines[line]
        guard let highlight, highlight.overlaps(range) else {
            return [Span(string(range), style, at: column)]
        }
        let lower = max(range.lowerBound, highlight.lowerBound), upper = min(range.upperBound, highlight.upperBound)
        var spans = [Span(string(range.lowerBound..<lower), style, at: column),
                     Span(string(lower..<upper), .selected)]
        if upper < range.upperBound { spans.append(Span(string(upper..<range.upperBound), style)) }
        return spans
    }

    /// The line holding a UTF-8 offset (binary search: a huge answer has hundreds of thousands of lines).
    func line(containing offset: Int) -> Int {
        var low = 0, high = lines.count
        while low < high {
            let middle = (low + high) / 2
            if lines[middle].lowerBound <= offset { low = middle + 1 } else { high = middle }
        }
        return max(0, low - 1)
    }
}

/// Steps through a string's characters by UTF-8 offset: an ASCII byte followed by another ASCII byte is a
/// character on its own (CR aside, which may pair with LF), so most prose never builds a `Character`.
private struct GraphemeWalk {
    let text: String
    let bytes: [UInt8]
    var count: Int { bytes.count }

    init(_ text: String) {
        self.text = text
        bytes = Array(text.utf8)
    }

    func byte(at offset: Int) -> UInt8 { bytes[offset] }

    /// The offset after the character at `offset`, its columns, and whether it breaks the line.
    func step(at offset: Int) -> (next: Int, columns: Int, isNewline: Bool) {
        let byte = bytes[offset]
        if byte < 0x80, byte != 0x0D, offset + 1 == bytes.count || bytes[offset + 1] < 0x80 {
            let isNewline = byte == 0x0A || byte == 0x0B || byte == 0x0C
            return (offset + 1, byte < 0x20 || byte == 0x7F ? 0 : 1, isNewline)
        }
        let utf8 = text.utf8
        let index = utf8.index(utf8.startIndex, offsetBy: offset)
        let character = text[index]
        let next = offset + character.utf8.count
        return (next, character.isNewline ? 0 : character.terminalWidth, character.isNewline)
    }

    /// The columns of the characters in `range`.
    func columns(_ range: Range<Int>) -> Int {
        var total = 0, offset = range.lowerBound
        while offset < range.upperBound {
            let (next, columns, _) = step(at: offset)
            total += columns
            offset = next
        }
        return total
    }
}

extension SearchHit {
    /// The match as UTF-8 offsets into `text`, for drawing it in wrapped lines.
    var matchOffsets: Range<Int> {
        let utf8 = text.utf8
        return utf8.distance(from: utf8.startIndex, to: match.lowerBound)..<utf8.distance(from: utf8.startIndex, to: match.upperBound)
    }
}
