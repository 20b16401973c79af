import HearthDomain

/// Prose broken into lines by display columns, remembering where each line sits in the text so a
/// highlighted match can be drawn across line breaks.
struct WrappedText {
    let characters: [Character]
    /// Character offsets of each line; spaces at a break are dropped, newlines always break.
    let lines: [Range<Int>]

    init(_ text: String, width: Int) {
        characters = Array(text)
        var lines: [Range<Int>] = []
        var start = 0, used = 0, lastSpace: Int?
        let width = max(1, width)
        for (index, character) in characters.enumerated() {
            if character.isNewline {
                lines.append(start..<index)
                start = index + 1; used = 0; lastSpace = nil
                continue
            }
            if character == " ", index == start {
                start = index + 1  // no line starts with a space
                continue
            }
            let columns = character.terminalWidth
            if used + columns > width, index > start {
                if let space = lastSpace, space > start {
                    lines.append(start..<space)
                    start = space + 1
                } else {
                    lines.append(start..<index)
                    start = index
                }
                used = characters[start..<index].reduce(0) { $0 + $1.terminalWidth }
                lastSpace = nil
            }
            if character == " " { lastSpace = index }
            used += columns
        }
        if start < characters.count || lines.isEmpty { lines.append(start..<characters.count) }
        self.lines = lines
    }

    /// The spans of one line from `column`, with the characters in `highlight` (offsets) in `.selected`.
    func spans(line: Int, at column: Int, style: Style, highlight: Range<Int>?) -> [Span] {
        let range = lines[line]
        guard let highlight, highlight.overlaps(range) else {
            return [Span(String(characters[range]), style, at: column)]
        }
        let lower = max(range.lowerBound, highlight.lowerBound), upper = min(range.upperBound, highlight.upperBound)
        var spans = [Span(String(characters[range.lowerBound..<lower]), style, at: column),
                     Span(String(characters[lower..<upper]), .selected)]
        if upper < range.upperBound { spans.append(Span(String(characters[upper..<range.upperBound]), style)) }
        return spans
    }

    /// The line holding a character offset.
    func line(containing offset: Int) -> Int {
        lines.lastIndex { $0.lowerBound <= offset } ?? 0
    }
}

extension SearchHit {
    /// The match as character offsets into `text`, for drawing it in wrapped lines.
    var matchOffsets: Range<Int> {
        let lower = text.distance(from: text.startIndex, to: match.lowerBound)
        return lower..<(lower + text[match].count)
    }
}
