import HearthDomain

/// The Markdown after the front matter, cut into `## ` sections, read straight from the bytes.
///
/// A prose line that would read as a section heading is written with a leading backslash
/// (`\## not a heading`), and one backslash is removed on reading, so any text round-trips.
/// Blank lines at the start and end of a section are not part of its text.
struct MarkdownBody {
    struct Section {
        /// The heading text after `## `, trailing blanks cut.
        var heading: Range<Int>
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
        sections.reserveCapacity(8)
        var lineStart = start
        while lineStart < text.count {
            let lineEnd = nextNewline(in: text, from: lineStart)
            let next = lineEnd < text.count ? lineEnd + 1 : lineEnd
            if Self.isHeading(text, from: lineStart, to: lineEnd) {
                if sections.isEmpty { preamble = start..<lineStart } else { sections[sections.count - 1].end = lineStart }
                var contentEnd = lineEnd
                while contentEnd > lineStart + 2, Self.isBlank(text[contentEnd - 1]) { contentEnd -= 1 }
                var contentStart = lineStart + 2
                while contentStart < contentEnd, text[contentStart] == 0x20 { contentStart += 1 }
                sections.append(Section(heading: contentStart..<contentEnd, headingOffset: lineStart, start: next, end: text.count))
            }
            lineStart = next
        }
    }

    /// `## ` at the start of a line (or `##` alone); `###` is an ordinary line inside a section.
    static func isHeading(_ text: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Bool {
        guard end - start >= 2, text[start] == 0x23, text[start + 1] == 0x23 else { return false }
        return end - start == 2 || isBlank(text[start + 2])
    }

    private static func isBlank(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0D }

    func heading(of section: Section) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: text[section.heading]), as: UTF8.self)
    }

    /// Whether a heading is `name`, ignoring ASCII case; `name` is lower-case.
    func heading(of section: Section, is name: StaticString) -> Bool {
        guard section.heading.count == name.utf8CodeUnitCount else { return false }
        let expected = name.utf8Start
        for offset in 0..<section.heading.count {
            var byte = text[section.heading.lowerBound + offset]
            if byte >= 0x41 && byte <= 0x5A { byte |= 0x20 }
            if byte != expected[offset] { return false }
        }
        return true
    }

    /// An unknown `## ` section, kept as it is under its heading.
    func preserved(_ section: Section) -> RawEntry {
        RawEntry(key: heading(of: section), text: raw(section.start..<section.end))
    }

    /// Text before the first heading, kept under an empty key when there is any.
    func preservedPreamble() -> RawEntry? {
        let text = raw(preamble)
        return text.isEmpty ? nil : RawEntry(key: "", text: text)
    }

    /// The whole body kept as it is, for files whose body Hearth does not interpret.
    func preservedWhole() -> [RawEntry] {
        (preservedPreamble().map { [$0] } ?? []) + sections.map(preserved)
    }

    /// A prose section's text, heading escapes undone.
    func prose(_ range: Range<Int>) -> String {
        let trimmed = trimmingBlankLines(range)
        if !contains(trimmed, where: { $0 == 0x0D || $0 == 0x5C }) {
            return String(decoding: UnsafeBufferPointer(rebasing: text[trimmed]), as: UTF8.self)
        }
        var out: [UInt8] = []
        out.reserveCapacity(trimmed.count)
        forEachLine(in: trimmed) { line in
            if line.lowerBound > trimmed.lowerBound { out.append(0x0A) }
            appendUnescaped(line, to: &out)
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// The items of a `- ` (or `* `) list; indented lines continue the item above.
    func listItems(_ range: Range<Int>) -> [String] {
        var items: [String] = []
        // Most items are one line that needs no unescaping: their text is made straight from the file's
        // bytes. Only an item that goes on for more lines is gathered in `item` first.
        var single: Range<Int>?
        var item: [UInt8] = []
        var hasItem = false
        var pendingBlankLines = 0
        func finish() {
            if let line = single {
                items.append(String(decoding: UnsafeBufferPointer(rebasing: text[line]), as: UTF8.self))
            } else {
                items.append(String(decoding: item, as: UTF8.self))
            }
        }
        forEachLine(in: trimmingBlankLines(range)) { line in
            if !contains(line, where: { !Self.isBlank($0) }) {
                pendingBlankLines += 1
                return
            }
            let first = text[line.lowerBound]
            let isBullet = (first == 0x2D || first == 0x2A) && (line.count == 1 || text[line.lowerBound + 1] == 0x20)
            if isBullet || !hasItem {
                if hasItem { finish() }
                hasItem = true
                let content = isBullet ? min(line.lowerBound + 2, line.upperBound)..<line.upperBound : line
                if content.isEmpty || text[content.lowerBound] != 0x5C {
                    single = content
                } else {
                    single = nil
                    item.removeAll(keepingCapacity: true)
                    appendUnescaped(content, to: &item)
                }
            } else {
                if let line = single {
                    item.removeAll(keepingCapacity: true)
                    item.append(contentsOf: UnsafeBufferPointer(rebasing: text[line]))
                    single = nil
                }
                item.append(contentsOf: repeatElement(0x0A, count: pendingBlankLines + 1))
                let indented = line.count >= 2 && text[line.lowerBound] == 0x20 && text[line.lowerBound + 1] == 0x20
                appendUnescaped(indented ? line.lowerBound + 2..<line.upperBound : line, to: &item)
            }
            pendingBlankLines = 0
        }
        if hasItem { finish() }
        return items
    }

    /// Raw text of a range, kept as written apart from line ends and surrounding blank lines.
    func raw(_ range: Range<Int>) -> String {
        let trimmed = trimmingBlankLines(range)
        var out: [UInt8] = []
        out.reserveCapacity(trimmed.count)
        forEachLine(in: trimmed) { line in
            if line.lowerBound > trimmed.lowerBound { out.append(0x0A) }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: text[line]))
        }
        return String(decoding: out, as: UTF8.self)
    }

    // MARK: Lines

    /// The range without whole blank lines at either end; the last kept line keeps its own blanks.
    private func trimmingBlankLines(_ range: Range<Int>) -> Range<Int> {
        var start = range.lowerBound
        var cursor = start
        while cursor < range.upperBound {
            let byte = text[cursor]
            if byte == 0x0A { start = cursor + 1 } else if !Self.isBlank(byte) { break }
            cursor += 1
        }
        if cursor == range.upperBound { return range.upperBound..<range.upperBound }
        var end = range.upperBound
        cursor = end
        while cursor > start {
            let byte = text[cursor - 1]
            if byte == 0x0A { end = cursor - 1 } else if !Self.isBlank(byte) { break }
            cursor -= 1
        }
        return start..<end
    }

    /// Calls `body` with each line of `range`, line ends (LF or CR LF) excluded.
    private func forEachLine(in range: Range<Int>, _ body: (Range<Int>) -> Void) {
        var start = range.lowerBound
        while start < range.upperBound {
            var end = start
            while end < range.upperBound, text[end] != 0x0A { end += 1 }
            let next = end + 1
            if end > start, text[end - 1] == 0x0D { end -= 1 }
            body(start..<end)
            start = next
        }
    }

    private func contains(_ range: Range<Int>, where predicate: (UInt8) -> Bool) -> Bool {
        for offset in range where predicate(text[offset]) { return true }
        return false
    }

    /// Appends a line, removing the backslash that kept it from reading as a heading.
    private func appendUnescaped(_ line: Range<Int>, to out: inout [UInt8]) {
        var start = line.lowerBound
        var cursor = start
        while cursor < line.upperBound, text[cursor] == 0x5C { cursor += 1 }
        if cursor > start, Self.isHeading(text, from: cursor, to: line.upperBound) { start += 1 }
        out.append(contentsOf: UnsafeBufferPointer(rebasing: text[start..<line.upperBound]))
    }

    /// Adds a backslash to any line that would otherwise read as a heading.
    static func escape(_ text: String) -> String {
        guard text.utf8.contains(0x23) else { return text }
        let bytes = Array(text.utf8)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + 8)
        bytes.withUnsafeBufferPointer { buffer in
            var lineStart = 0
            while lineStart <= buffer.count {
                var lineEnd = lineStart
                while lineEnd < buffer.count, buffer[lineEnd] != 0x0A { lineEnd += 1 }
                var cursor = lineStart
                while cursor < lineEnd, buffer[cursor] == 0x5C { cursor += 1 }
                if isHeading(buffer, from: cursor, to: lineEnd) { out.append(0x5C) }
                out.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[lineStart..<min(lineEnd + 1, buffer.count)]))
                lineStart = lineEnd + 1
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
}
