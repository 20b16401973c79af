/// The Markdown after the front matter, cut into `## ` sections.
///
/// A prose line that would read as a section heading is written with a leading backslash
/// (`\## not a heading`), and one backslash is removed on reading, so any text round-trips.
struct MarkdownBody {
    struct Section {
        var heading: String
        /// Offset of the `## ` line, for error messages.
        var headingOffset: Int
        var start: Int
        var end: Int
    }

    let text: UnsafeBufferPointer<UInt8>
    /// Text before the first heading.
    var preamble: Range<Int>
    var sections: [Section] = []

    init(text: UnsafeBufferPointer<UInt8>, from start: Int) {
        self.text = text
        preamble = start..<text.count
        var lineStart = start
        var open: (heading: String, offset: Int, start: Int)?
        while lineStart < text.count {
            var lineEnd = lineStart
            while lineEnd < text.count, text[lineEnd] != 0x0A { lineEnd += 1 }
            let next = lineEnd < text.count ? lineEnd + 1 : lineEnd
            if Self.isHeading(text, from: lineStart, to: lineEnd) {
                if let current = open {
                    sections.append(Section(heading: current.heading, headingOffset: current.offset, start: current.start, end: lineStart))
                } else {
                    preamble = start..<lineStart
                }
                var contentEnd = lineEnd
                while contentEnd > lineStart + 2, text[contentEnd - 1] == 0x20 || text[contentEnd - 1] == 0x0D || text[contentEnd - 1] == 0x09 {
                    contentEnd -= 1
                }
                var contentStart = lineStart + 2
                while contentStart < contentEnd, text[contentStart] == 0x20 { contentStart += 1 }
                let heading = String(decoding: UnsafeBufferPointer(rebasing: text[contentStart..<contentEnd]), as: UTF8.self)
                open = (heading, lineStart, next)
            }
            lineStart = next
        }
        if let current = open {
            sections.append(Section(heading: current.heading, headingOffset: current.offset, start: current.start, end: text.count))
        }
    }

    /// `## ` at the start of a line (or `##` alone); `###` is an ordinary line inside a section.
    static func isHeading(_ text: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Bool {
        guard end - start >= 2, text[start] == 0x23, text[start + 1] == 0x23 else { return false }
        return end - start == 2 || text[start + 2] == 0x20 || text[start + 2] == 0x0D || text[start + 2] == 0x09
    }

    /// Lines of a range with CR LF undone, trailing blank lines dropped and leading ones too.
    func lines(_ range: Range<Int>) -> [Substring] {
        let whole = String(decoding: UnsafeBufferPointer(rebasing: text[range]), as: UTF8.self)
        // "\r\n" is one Character in Swift, so it has to be named as a separator of its own.
        var result = whole.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" }).map { line -> Substring in
            line.last == "\r" ? line.dropLast() : line
        }
        while let last = result.last, last.allSatisfy({ $0 == " " || $0 == "\t" }) { result.removeLast() }
        while let first = result.first, first.allSatisfy({ $0 == " " || $0 == "\t" }) { result.removeFirst() }
        return result
    }

    /// A prose section's text, heading escapes undone.
    func prose(_ range: Range<Int>) -> String {
        if let simple = simpleProse(range) { return simple }
        var out = ""
        for (number, line) in lines(range).enumerated() {
            if number > 0 { out += "\n" }
            out += Self.unescape(line)
        }
        return out
    }

    /// The common case without CR or backslashes: trim blank lines at both ends on bytes, one String.
    private func simpleProse(_ range: Range<Int>) -> String? {
        var start = range.lowerBound
        var end = range.upperBound
        var cursor = start
        while cursor < end {
            let byte = text[cursor]
            if byte == 0x0D || byte == 0x5C { return nil }
            cursor += 1
        }
        // Drop whole blank lines at the start: advance past each run of blanks that ends in a newline.
        cursor = start
        while cursor < end {
            let byte = text[cursor]
            if byte == 0x0A { start = cursor + 1 } else if byte != 0x20 && byte != 0x09 { break }
            cursor += 1
        }
        if cursor == end { return "" }
        cursor = end
        while cursor > start {
            let byte = text[cursor - 1]
            if byte == 0x0A { end = cursor - 1 } else if byte != 0x20 && byte != 0x09 { break }
            cursor -= 1
        }
        return String(decoding: UnsafeBufferPointer(rebasing: text[start..<end]), as: UTF8.self)
    }

    /// The items of a `- ` list; indented lines continue the item above.
    func listItems(_ range: Range<Int>) -> [String] {
        var items: [String] = []
        var pendingBlankLines = 0
        for line in lines(range) {
            if line.allSatisfy({ $0 == " " || $0 == "\t" }) {
                pendingBlankLines += 1
                continue
            }
            let isBullet = (line.hasPrefix("- ") || line.hasPrefix("* ") || line == "-" || line == "*")
            if isBullet || items.isEmpty {
                items.append(String(Self.unescape(isBullet ? line.dropFirst(2) : line)))
            } else {
                var continued = line
                if continued.hasPrefix("  ") { continued = continued.dropFirst(2) }
                items[items.count - 1] += String(repeating: "\n", count: pendingBlankLines + 1) + Self.unescape(continued)
            }
            pendingBlankLines = 0
        }
        return items
    }

    /// Raw text of a range, kept as written apart from line ends and surrounding blank lines.
    func raw(_ range: Range<Int>) -> String {
        lines(range).joined(separator: "\n")
    }

    private static func unescape(_ line: Substring) -> Substring {
        var cursor = line.startIndex
        while cursor < line.endIndex, line[cursor] == "\\" { cursor = line.index(after: cursor) }
        guard cursor > line.startIndex, line[cursor...].hasPrefix("##") else { return line }
        let rest = line[cursor...].dropFirst(2)
        guard rest.isEmpty || rest.first == " " || rest.first == "\t" else { return line }
        return line.dropFirst()
    }

    /// Adds a backslash to any line that would otherwise read as a heading.
    static func escape(_ text: String) -> String {
        guard text.contains("##") else { return text }
        return text.split(separator: "\n", omittingEmptySubsequences: false).map { line -> String in
            var cursor = line.startIndex
            while cursor < line.endIndex, line[cursor] == "\\" { cursor = line.index(after: cursor) }
            let rest = line[cursor...]
            guard rest.hasPrefix("##") else { return String(line) }
            let after = rest.dropFirst(2)
            guard after.isEmpty || after.first == " " || after.first == "\t" || after.first == "\r" else { return String(line) }
            return "\\" + line
        }.joined(separator: "\n")
    }
}
