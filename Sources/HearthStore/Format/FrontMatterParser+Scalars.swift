extension FrontMatterParser {
    /// A value written on the key's own line: a scalar, `[a, b]`, or `{}`.
    mutating func appendInline(from start: Int, to end: Int, parent: Int, after previous: inout Int) throws(SyntaxError) -> Int {
        let first = text[start]
        switch first {
        case 0x22, 0x27:
            let node = try quotedScalar(from: start, to: end)
            try expectNothing(after: node.end + 1, before: end)
            return append(node, to: parent, after: &previous)
        case 0x5B:
            return try appendFlowSequence(from: start, to: end, parent: parent, after: &previous)
        case 0x7B:
            var cursor = start + 1
            while cursor < end, text[cursor] == 0x20 { cursor += 1 }
            guard cursor < end, text[cursor] == 0x7D else {
                throw SyntaxError(at: start, "`{...}` mappings on one line are not supported",
                                  hint: "write one `key: value` per line, indented under this key")
            }
            try expectNothing(after: cursor + 1, before: end)
            return append(FrontMatterNode(kind: .mapping, start: start, end: cursor + 1), to: parent, after: &previous)
        case 0x7C, 0x3E:
            throw SyntaxError(at: start, "block text (`|` or `>`) is not supported here",
                              hint: "write the text in double quotes on one line, with \\n for line breaks, or move it to a `## ` section")
        case 0x26, 0x2A, 0x21:
            throw SyntaxError(at: start, "YAML anchors, aliases and tags (`&`, `*`, `!`) are not supported",
                              hint: "write the value out in full")
        case 0x25, 0x40, 0x60, 0x2C, 0x5D, 0x7D:
            throw SyntaxError(at: start, "a value cannot start with `\(Character(Unicode.Scalar(first)))`",
                              hint: "put the value in double quotes")
        case 0x2D where start + 1 == end || text[start + 1] == 0x20,
             0x3F where start + 1 == end || text[start + 1] == 0x20,
             0x3A where start + 1 == end || text[start + 1] == 0x20:
            throw SyntaxError(at: start, "`\(Character(Unicode.Scalar(first)))` cannot follow a key on the same line",
                              hint: "put list items on their own lines below the key, indented")
        default:
            return append(try plainScalar(from: start, to: end, inFlow: false), to: parent, after: &previous)
        }
    }

    /// A plain (unquoted) scalar up to a comment, or up to `,` / `]` inside `[...]`.
    func plainScalar(from start: Int, to end: Int, inFlow: Bool) throws(SyntaxError) -> FrontMatterNode {
        var cursor = start
        while cursor < end {
            let byte = text[cursor]
            if byte == 0x23, cursor > start, text[cursor - 1] == 0x20 || text[cursor - 1] == 0x09 { break }
            if byte == 0x3A, cursor + 1 == end || isSpace(text[cursor + 1]) {
                throw SyntaxError(at: cursor, "`: ` inside a value that is not in quotes",
                                  hint: "put the whole value in double quotes")
            }
            if inFlow, byte == 0x2C || byte == 0x5D || byte == 0x5B || byte == 0x7B || byte == 0x7D { break }
            cursor += 1
        }
        var last = cursor
        while last > start, text[last - 1] == 0x20 || text[last - 1] == 0x09 { last -= 1 }
        var node = FrontMatterNode(kind: .scalar, start: start, end: last)
        if isNullWord(from: start, to: last) { node.style = .null }
        return node
    }

    /// `"..."` or `'...'` on one line; `end` of the node is the closing quote's offset.
    func quotedScalar(from start: Int, to end: Int) throws(SyntaxError) -> FrontMatterNode {
        let scan = try scanQuoted(from: start, to: end)
        var node = FrontMatterNode(kind: .scalar, start: start + 1, end: scan.close)
        node.style = text[start] == 0x22 ? .doubleQuoted : .singleQuoted
        node.hasEscapes = scan.hasEscapes
        node.entryStart = start
        node.entryEnd = scan.close + 1
        return node
    }

    /// Finds the closing quote of a quoted scalar that opens at `start`.
    func scanQuoted(from start: Int, to end: Int) throws(SyntaxError) -> (close: Int, hasEscapes: Bool) {
        let quote = text[start]
        var cursor = start + 1
        var hasEscapes = false
        while cursor < end {
            let byte = text[cursor]
            if quote == 0x22, byte == 0x5C {
                hasEscapes = true
                cursor += 2
                continue
            }
            if byte == quote {
                if quote == 0x27, cursor + 1 < end, text[cursor + 1] == 0x27 {
                    hasEscapes = true
                    cursor += 2
                    continue
                }
                return (cursor, hasEscapes)
            }
            cursor += 1
        }
        throw SyntaxError(at: start, "the quoted text is not closed on this line",
                          hint: "end it with \(quote == 0x22 ? "\"" : "'") on the same line; write line breaks as \\n inside double quotes")
    }

    private mutating func appendFlowSequence(from start: Int, to end: Int, parent: Int, after previous: inout Int) throws(SyntaxError) -> Int {
        let list = append(FrontMatterNode(kind: .sequence, start: start, end: start), to: parent, after: &previous)
        var last = -1
        var cursor = start + 1
        while true {
            while cursor < end, text[cursor] == 0x20 { cursor += 1 }
            guard cursor < end else {
                throw SyntaxError(at: start, "the `[` list is not closed on this line",
                                  hint: "end it with `]` on the same line")
            }
            if text[cursor] == 0x5D, last < 0 { break }
            var item: FrontMatterNode
            if text[cursor] == 0x22 || text[cursor] == 0x27 {
                item = try quotedScalar(from: cursor, to: end)
                cursor = item.end + 1
            } else {
                item = try plainScalar(from: cursor, to: end, inFlow: true)
                guard item.end > item.start else {
                    throw SyntaxError(at: cursor, "an empty item in the `[...]` list", hint: "remove the extra comma")
                }
                cursor = item.end
            }
            _ = append(item, to: list, after: &last)
            while cursor < end, text[cursor] == 0x20 { cursor += 1 }
            guard cursor < end else { continue }
            if text[cursor] == 0x2C { cursor += 1; continue }
            if text[cursor] == 0x5D { break }
            throw SyntaxError(at: cursor, "expected `,` or `]` in the list", hint: "separate items with commas; quote items that contain them")
        }
        nodes[list].end = cursor + 1
        try expectNothing(after: cursor + 1, before: end)
        return list
    }

    /// Only blanks or a comment may follow a complete value.
    func expectNothing(after start: Int, before end: Int) throws(SyntaxError) {
        var cursor = start
        while cursor < end, text[cursor] == 0x20 || text[cursor] == 0x09 { cursor += 1 }
        if cursor < end, text[cursor] != 0x23 {
            throw SyntaxError(at: cursor, "unexpected text after the value",
                              hint: "put the whole value in double quotes, or start a comment with ` #`")
        }
    }

    private func isNullWord(from start: Int, to end: Int) -> Bool {
        switch end - start {
        case 1: return text[start] == 0x7E
        case 4:
            let word = (text[start], text[start + 1], text[start + 2], text[start + 3])
            return word == (0x6E, 0x75, 0x6C, 0x6C) || word == (0x4E, 0x75, 0x6C, 0x6C) || word == (0x4E, 0x55, 0x4C, 0x4C)
        default: return false
        }
    }
}
