#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The offset of the next line feed at or after `offset`, or `text.count` when there is none.
func nextNewline(in text: UnsafeBufferPointer<UInt8>, from offset: Int) -> Int {
    guard offset < text.count, let base = text.baseAddress,
          let found = memchr(base + offset, 0x0A, text.count - offset) else { return text.count }
    return base.distance(to: found.assumingMemoryBound(to: UInt8.self))
}

/// Reads the strict YAML subset Hearth writes (block mappings and sequences, plain and quoted
/// scalars, one-line `[a, b]` lists, comments) straight from bytes; anything else is a `SyntaxError`.
struct FrontMatterParser {
    /// One non-blank, non-comment line: where its content starts and ends (trailing blanks cut).
    struct Line {
        var start: Int
        var end: Int
        var indent: Int
        var lineStart: Int
    }

    let text: UnsafeBufferPointer<UInt8>
    var lines: [Line] = []
    var nodes: [FrontMatterNode] = []
    var index = 0
    /// Where the body (after the closing `---`) begins.
    var bodyStart = 0
    /// Key and entry start for the next node appended, so a node is written once instead of patched.
    var pendingKey = (start: -1, end: -1, quoted: false)
    var pendingEntryStart = -1
    /// How many blocks enclose the one being read: the parser recurses once per level, so the file
    /// must not choose how deep the stack goes.
    var depth = 0

    /// The deepest nesting read: Hearth's own files use three levels, a hand-edited extra key a few more.
    static let maximumDepth = 16

    init(text: UnsafeBufferPointer<UInt8>) {
        self.text = text
    }

    /// Splits off the front matter and parses it; the root mapping is node 0.
    mutating func parse() throws(SyntaxError) {
        try splitLines()
        nodes.reserveCapacity(lines.count + 16)
        nodes.append(FrontMatterNode(kind: .mapping, start: 0, end: 0))
        guard let first = lines.first else { return }
        if first.indent != 0 {
            throw SyntaxError(at: first.start, "the first key is indented",
                              hint: "start top-level keys at the beginning of the line")
        }
        try parseMappingEntries(into: 0, indent: 0)
        if index < lines.count {
            throw SyntaxError(at: lines[index].start, "this line is less indented than the keys above it",
                              hint: "line it up with the key it belongs to")
        }
    }

    // MARK: Lines

    private mutating func splitLines() throws(SyntaxError) {
        var offset = 0
        if text.count >= 3, text[0] == 0xEF, text[1] == 0xBB, text[2] == 0xBF { offset = 3 }
        let firstEnd = lineEnd(from: offset)
        guard isMarker(from: offset, to: firstEnd.content, marker: 0x2D) else {
            throw SyntaxError(at: offset, "the file does not start with `---`",
                              hint: "Hearth files begin with a `---` line, then keys, then another `---` line")
        }
        offset = firstEnd.next
        lines.reserveCapacity(48)
        while offset < text.count {
            let end = lineEnd(from: offset)
            if isMarker(from: offset, to: end.content, marker: 0x2D) || isMarker(from: offset, to: end.content, marker: 0x2E) {
                bodyStart = end.next
                return
            }
            var start = offset
            while start < end.content, text[start] == 0x20 { start += 1 }
            var contentEnd = end.content
            while contentEnd > start, text[contentEnd - 1] == 0x20 || text[contentEnd - 1] == 0x09 { contentEnd -= 1 }
            if start < contentEnd, text[start] != 0x23 {
                if text[start] == 0x09 {
                    throw SyntaxError(at: start, "a tab in the indentation", hint: "indent with spaces only")
                }
                lines.append(Line(start: start, end: contentEnd, indent: start - offset, lineStart: offset))
            }
            offset = end.next
        }
        throw SyntaxError(at: text.count, "the front matter never ends (no closing `---`); the file may be cut short",
                          hint: "add a `---` line after the last key, or restore the file from a backup")
    }

    /// End of the line's content (before CR LF) and start of the next line.
    private func lineEnd(from offset: Int) -> (content: Int, next: Int) {
        let cursor = nextNewline(in: text, from: offset)
        let next = cursor < text.count ? cursor + 1 : cursor
        if cursor > offset, text[cursor - 1] == 0x0D { return (cursor - 1, next) }
        return (cursor, next)
    }

    /// `---` or `...` alone on a line, trailing blanks allowed.
    private func isMarker(from start: Int, to end: Int, marker: UInt8) -> Bool {
        guard end - start >= 3, text[start] == marker, text[start + 1] == marker, text[start + 2] == marker else { return false }
        var cursor = start + 3
        while cursor < end {
            guard text[cursor] == 0x20 || text[cursor] == 0x09 else { return false }
            cursor += 1
        }
        return true
    }

    // MARK: Blocks

    func isSequenceItem(_ line: Line) -> Bool {
        text[line.start] == 0x2D && (line.start + 1 == line.end || text[line.start + 1] == 0x20)
    }

    mutating func append(_ node: FrontMatterNode, to parent: Int, after previous: inout Int) -> Int {
        var node = node
        if pendingEntryStart >= 0 {
            node.keyStart = pendingKey.start
            node.keyEnd = pendingKey.end
            node.keyQuoted = pendingKey.quoted
            node.entryStart = pendingEntryStart
            pendingKey = (-1, -1, false)
            pendingEntryStart = -1
        }
        nodes.append(node)
        let child = nodes.count - 1
        if previous < 0 { nodes[parent].firstChild = child } else { nodes[previous].nextSibling = child }
        previous = child
        return child
    }

    /// Appends a mapping or sequence for the block starting on the current line, then fills it.
    mutating func appendBlock(to parent: Int, after previous: inout Int, indent: Int) throws(SyntaxError) -> Int {
        let line = lines[index]
        guard depth < Self.maximumDepth else {
            throw SyntaxError(at: line.start, "nested more than \(Self.maximumDepth) levels deep",
                              hint: "Hearth's files nest a few levels at most: flatten this value, or remove it")
        }
        depth += 1
        defer { depth -= 1 }
        let isSequence = isSequenceItem(line)
        let child = append(FrontMatterNode(kind: isSequence ? .sequence : .mapping, start: line.start, end: line.start),
                           to: parent, after: &previous)
        if isSequence {
            try parseSequenceItems(into: child, indent: indent)
        } else {
            try parseMappingEntries(into: child, indent: indent)
        }
        return child
    }
}
