extension FrontMatterParser {
    /// `key: value` lines at exactly `indent`, until a line indented less.
    mutating func parseMappingEntries(into parent: Int, indent: Int) throws(SyntaxError) {
        var previous = -1
        var keys = KeySet()
        while index < lines.count {
            let line = lines[index]
            if line.indent < indent { break }
            if line.indent > indent {
                throw SyntaxError(at: line.start, "unexpected indentation",
                                  hint: "line this up with the key above it, or end the line above with `:` to nest it")
            }
            if isSequenceItem(line) {
                throw SyntaxError(at: line.start, "a `- ` list item where a `key: value` line was expected",
                                  hint: "indent the list under the key it belongs to")
            }
            let key = try parseKey(line)
            try checkDuplicate(key, in: parent, keys: &keys)
            pendingKey = (key.start, key.end, key.quoted)
            pendingEntryStart = line.start
            let child: Int
            if key.valueStart >= line.end || text[key.valueStart] == 0x23 {
                index += 1
                if index < lines.count, lines[index].indent > indent {
                    child = try appendBlock(to: parent, after: &previous, indent: lines[index].indent)
                } else if index < lines.count, lines[index].indent == indent, isSequenceItem(lines[index]) {
                    child = try appendBlock(to: parent, after: &previous, indent: indent)
                } else {
                    var empty = FrontMatterNode(kind: .scalar, start: key.valueStart, end: key.valueStart)
                    empty.style = .null
                    child = append(empty, to: parent, after: &previous)
                }
            } else {
                child = try appendInline(from: key.valueStart, to: line.end, parent: parent, after: &previous)
                index += 1
            }
            nodes[child].entryEnd = lines[index - 1].end
        }
    }

    /// `- item` lines at exactly `indent`; an item may itself open a mapping (`- key: value`).
    mutating func parseSequenceItems(into parent: Int, indent: Int) throws(SyntaxError) {
        var previous = -1
        while index < lines.count {
            let line = lines[index]
            if line.indent < indent || (line.indent == indent && !isSequenceItem(line)) { break }
            if line.indent > indent {
                throw SyntaxError(at: line.start, "unexpected indentation",
                                  hint: "line this up with the `- ` items above it")
            }
            var content = line.start + 1
            while content < line.end, text[content] == 0x20 { content += 1 }
            pendingEntryStart = content
            let child: Int
            if content >= line.end || text[content] == 0x23 {
                index += 1
                if index < lines.count, lines[index].indent > indent {
                    child = try appendBlock(to: parent, after: &previous, indent: lines[index].indent)
                } else {
                    var empty = FrontMatterNode(kind: .scalar, start: content, end: content)
                    empty.style = .null
                    child = append(empty, to: parent, after: &previous)
                }
            } else {
                // The rest of the line is read as if it were its own line, indented to where it starts.
                lines[index].start = content
                lines[index].indent = content - line.lineStart
                let rest = lines[index]
                if isSequenceItem(rest) || looksLikeKey(rest) {
                    child = try appendBlock(to: parent, after: &previous, indent: rest.indent)
                } else {
                    child = try appendInline(from: content, to: line.end, parent: parent, after: &previous)
                    index += 1
                }
            }
            nodes[child].entryEnd = lines[index - 1].end
        }
    }

    /// A key, its closing colon, and where its value starts.
    func parseKey(_ line: Line) throws(SyntaxError) -> (start: Int, end: Int, quoted: Bool, valueStart: Int) {
        let first = text[line.start]
        var colon: Int
        var start = line.start
        var end: Int
        var quoted = false
        if first == 0x22 || first == 0x27 {
            let close = try scanQuoted(from: line.start, to: line.end).close
            start = line.start + 1
            end = close
            colon = close + 1
            quoted = true
            guard colon < line.end, text[colon] == 0x3A, colon + 1 == line.end || isSpace(text[colon + 1]) else {
                throw SyntaxError(at: colon, "expected `:` right after the quoted key",
                                  hint: "write it as `\"key\": value`")
            }
        } else {
            if Self.isIndicator(first) {
                throw SyntaxError(at: line.start, "a key cannot start with `\(Character(Unicode.Scalar(first)))`",
                                  hint: "write `key: value`, or put the key in double quotes")
            }
            colon = line.start
            // One load per byte, and only `:` or `#` look further: this loop runs over every key of every file.
            while true {
                guard colon < line.end else { throw Self.expectedKeyValue(at: line.start) }
                let byte = text[colon]
                if byte == 0x3A {
                    if colon + 1 == line.end || isSpace(text[colon + 1]) { break }
                } else if byte == 0x23, text[colon - 1] == 0x20 {
                    throw Self.expectedKeyValue(at: line.start)
                }
                colon += 1
            }
            end = colon
            while end > start, text[end - 1] == 0x20 { end -= 1 }
        }
        var valueStart = colon + 1
        while valueStart < line.end, isSpace(text[valueStart]) { valueStart += 1 }
        return (start, end, quoted, valueStart)
    }

    private static func expectedKeyValue(at offset: Int) -> SyntaxError {
        SyntaxError(at: offset, "expected `key: value`",
                    hint: "add `: ` after the key, or join this line to the value above (long text goes in double quotes with \\n for line breaks)")
    }

    /// Whether a line (or the rest of a `- ` line) opens a mapping: a key followed by `: `.
    func looksLikeKey(_ line: Line) -> Bool {
        let first = text[line.start]
        if first == 0x22 || first == 0x27 {
            guard let close = try? scanQuoted(from: line.start, to: line.end).close else { return false }
            return close + 1 < line.end && text[close + 1] == 0x3A && (close + 2 == line.end || isSpace(text[close + 2]))
        }
        if Self.isIndicator(first) { return false }
        var cursor = line.start
        while cursor < line.end {
            let byte = text[cursor]
            if byte == 0x23, cursor > line.start, text[cursor - 1] == 0x20 { return false }
            if byte == 0x3A, cursor + 1 == line.end || isSpace(text[cursor + 1]) { return true }
            cursor += 1
        }
        return false
    }

    /// Refuses a key given twice in one mapping. A handful of keys are compared directly; past that, a set
    /// of the keys seen keeps a mapping of thousands of keys linear instead of comparing each with all before it.
    private func checkDuplicate(_ key: (start: Int, end: Int, quoted: Bool, valueStart: Int), in parent: Int,
                                keys: inout KeySet) throws(SyntaxError) {
        if keys.count >= KeySet.directLimit {
            if keys.seen.isEmpty {
                for sibling in FrontMatter.Children(nodes: nodes, upcoming: nodes[parent].firstChild) {
                    keys.seen[bytes(nodes[sibling].keyStart, nodes[sibling].keyEnd)] = nodes[sibling].keyStart
                }
            }
            let name = bytes(key.start, key.end)
            if let first = keys.seen[name] { throw duplicate(key, firstAt: first) }
            keys.seen[name] = key.start
            keys.count += 1
            return
        }
        keys.count += 1
        var sibling = nodes[parent].firstChild
        let length = key.end - key.start
        while sibling >= 0 {
            let node = nodes[sibling]
            if node.keyEnd - node.keyStart == length {
                var same = true
                var offset = 0
                while offset < length {
                    if text[node.keyStart + offset] != text[key.start + offset] { same = false; break }
                    offset += 1
                }
                if same { throw duplicate(key, firstAt: node.keyStart) }
            }
            sibling = node.nextSibling
        }
    }

    private func bytes(_ start: Int, _ end: Int) -> [UInt8] { Array(UnsafeBufferPointer(rebasing: text[start..<end])) }

    private func duplicate(_ key: (start: Int, end: Int, quoted: Bool, valueStart: Int), firstAt first: Int) -> SyntaxError {
        let name = String(decoding: UnsafeBufferPointer(rebasing: text[key.start..<key.end]), as: UTF8.self)
        let firstLine = position(of: first, in: text).line
        return SyntaxError(at: key.start, "duplicate key `\(name)` (first on line \(firstLine))",
                           hint: "keep one of the two and delete the other")
    }

    /// A space or a tab: YAML allows either between a key's colon and its value.
    func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 }

    /// Characters YAML reserves at the start of a plain value or key.
    static func isIndicator(_ byte: UInt8) -> Bool {
        switch byte {
        case 0x2D, 0x3F, 0x3A, 0x2C, 0x5B, 0x5D, 0x7B, 0x7D, 0x23, 0x26, 0x2A, 0x21, 0x7C, 0x3E, 0x27, 0x22, 0x25, 0x40, 0x60:
            return true
        default:
            return false
        }
    }
}

/// The keys of one mapping seen so far, for `checkDuplicate`.
struct KeySet {
    /// Up to this many keys are compared one by one (Hearth's own mappings have at most a dozen).
    static let directLimit = 16
    var count = 0
    /// Each key's bytes and where it first appears; filled only once a mapping outgrows `directLimit`.
    var seen: [[UInt8]: Int] = [:]
}
