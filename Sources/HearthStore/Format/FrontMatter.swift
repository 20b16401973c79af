/// A parsed front matter: the file bytes and the flat node tree over them, with typed accessors
/// that throw a `SyntaxError` pointing at the offending value.
struct FrontMatter {
    let text: UnsafeBufferPointer<UInt8>
    let nodes: [FrontMatterNode]

    static let root = 0

    subscript(index: Int) -> FrontMatterNode { nodes[index] }

    /// The children of a mapping or sequence, in file order.
    func children(of parent: Int) -> Children { Children(nodes: nodes, upcoming: nodes[parent].firstChild) }

    /// How many children a mapping or sequence has.
    func count(of parent: Int) -> Int {
        var count = 0
        var child = nodes[parent].firstChild
        while child >= 0 {
            count += 1
            child = nodes[child].nextSibling
        }
        return count
    }

    struct Children: Sequence, IteratorProtocol {
        let nodes: [FrontMatterNode]
        var upcoming: Int

        mutating func next() -> Int? {
            guard upcoming >= 0 else { return nil }
            defer { upcoming = nodes[upcoming].nextSibling }
            return upcoming
        }
    }

    /// Whether the node's key is exactly `name` (compared as bytes, no allocation).
    func key(of node: Int, is name: StaticString) -> Bool {
        let entry = nodes[node]
        guard entry.keyEnd - entry.keyStart == name.utf8CodeUnitCount else { return false }
        // A quoted key (`"week":`) is the same key; none of Hearth's key names hold a quote or a backslash,
        // so a quoted key with an escape in it can never match and the bytes compare as they are.
        let expected = name.utf8Start
        var offset = 0
        while offset < name.utf8CodeUnitCount {
            if text[entry.keyStart + offset] != expected[offset] { return false }
            offset += 1
        }
        return true
    }

    /// The node's key as text.
    func key(of node: Int) throws(SyntaxError) -> String {
        let entry = nodes[node]
        return try decode(start: entry.keyStart, end: entry.keyEnd, style: entry.keyQuoted ? styleOfQuote(before: entry.keyStart) : .plain,
                          hasEscapes: entry.keyQuoted)
    }

    private func styleOfQuote(before offset: Int) -> FrontMatterNode.Style {
        text[offset - 1] == 0x22 ? .doubleQuoted : .singleQuoted
    }

    /// The value as text; `~`, `null` and an empty value read as "".
    func string(_ node: Int) throws(SyntaxError) -> String {
        let entry = nodes[node]
        guard entry.kind == .scalar else {
            throw SyntaxError(at: entry.start, "expected a single value here, not a list or a set of keys",
                              hint: "write the value on the key's line, in double quotes if it is text")
        }
        if entry.style == .null { return "" }
        return try decode(start: entry.start, end: entry.end, style: entry.style, hasEscapes: entry.hasEscapes)
    }

    func isNull(_ node: Int) -> Bool { nodes[node].kind == .scalar && nodes[node].style == .null }

    /// A whole number written plainly (`42`, `-3`).
    func int(_ node: Int) throws(SyntaxError) -> Int {
        let entry = nodes[node]
        if entry.kind == .scalar, entry.style == .plain, let value = parseInt(start: entry.start, end: entry.end) { return value }
        throw SyntaxError(at: entry.start, "expected a whole number", hint: "write digits only, without quotes")
    }

    func parseInt(start: Int, end: Int) -> Int? {
        var cursor = start
        var negative = false
        if cursor < end, text[cursor] == 0x2D || text[cursor] == 0x2B {
            negative = text[cursor] == 0x2D
            cursor += 1
        }
        guard cursor < end, end - cursor <= 18 else { return nil }
        var value = 0
        while cursor < end {
            let digit = Int(text[cursor]) - 0x30
            guard digit >= 0 && digit <= 9 else { return nil }
            value = value * 10 + digit
            cursor += 1
        }
        return negative ? -value : value
    }

    /// The column (from 1, in characters) of `offset`, found from the start of its own line: scanning from the
    /// file's start for every kept entry made a file of thousands of unknown keys quadratic.
    func column(of offset: Int) -> Int {
        var lineStart = offset
        while lineStart > 0, text[lineStart - 1] != 0x0A { lineStart -= 1 }
        if lineStart == 0, text.count >= 3, text[0] == 0xEF, text[1] == 0xBB, text[2] == 0xBF { lineStart = min(3, offset) }
        var column = 1
        var index = lineStart
        while index < offset {
            if text[index] & 0xC0 != 0x80 { column += 1 }
            index += 1
        }
        return column
    }

    /// The entry's text as written, key line included, re-based to column 0, for keeping unknown keys.
    func rawText(of node: Int) -> String {
        let entry = nodes[node]
        let column = column(of: entry.entryStart) - 1
        var out: [UInt8] = []
        out.reserveCapacity(entry.entryEnd - entry.entryStart)
        var cursor = entry.entryStart
        var atLineStart = false
        var skipped = 0
        while cursor < entry.entryEnd {
            let byte = text[cursor]
            cursor += 1
            if byte == 0x0D, cursor < text.count, text[cursor] == 0x0A { continue }
            if byte == 0x0A {
                out.append(byte)
                atLineStart = true
                skipped = 0
                continue
            }
            if atLineStart, byte == 0x20, skipped < column {
                skipped += 1
                continue
            }
            atLineStart = false
            out.append(byte)
        }
        return String(decoding: out, as: UTF8.self)
    }
}
