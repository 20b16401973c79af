import HearthDomain

extension FrontMatter {
    /// The items of a list (`- a` lines or `[a, b]`); an empty value is an empty list.
    func list(_ node: Int) throws(SyntaxError) -> Children {
        let entry = nodes[node]
        if entry.kind == .sequence || isNull(node) { return children(of: node) }
        throw SyntaxError(at: entry.start, "expected a list", hint: "write `[a, b]`, or one `- item` per line below the key")
    }

    /// The entries of a nested mapping; an empty value has none.
    func map(_ node: Int) throws(SyntaxError) -> Children {
        let entry = nodes[node]
        if entry.kind == .mapping || isNull(node) { return children(of: node) }
        throw SyntaxError(at: entry.start, "expected `key: value` lines indented below",
                          hint: "put each entry on its own line, indented two spaces under this key")
    }

    /// One of a fixed set of words, such as a status or a love language.
    func choice<Choice: FileWord>(_ node: Int, _ type: Choice.Type, what: String) throws(SyntaxError) -> Choice {
        // Compared as bytes against a table built once: this runs for every status and sign in every file.
        let entry = nodes[node]
        if entry.kind == .scalar, entry.style != .null, !entry.hasEscapes {
            let length = entry.end - entry.start
            for word in Choice.words where word.bytes.count == length {
                let same = word.bytes.withUnsafeBufferPointer { expected in
                    var offset = 0
                    while offset < length, expected[offset] == text[entry.start + offset] { offset += 1 }
                    return offset == length
                }
                if same { return word.value }
            }
        }
        let word = try string(node)
        if let value = Choice(rawValue: word) { return value }
        let known = Choice.allCases.map(\.rawValue).joined(separator: ", ")
        throw SyntaxError(at: nodes[node].start, "`\(word)` is not a known \(what)", hint: "use one of: \(known)")
    }

    /// A required key that is not there, reported at the entry that should hold it.
    func missing(_ key: String, example: String, at node: Int = FrontMatter.root) -> SyntaxError {
        let offset = node == FrontMatter.root ? (nodes.count > 1 ? nodes[1].entryStart : 0) : nodes[node].entryStart
        return SyntaxError(at: offset, "the key `\(key)` is missing", hint: "add a line like `\(example)`")
    }

    /// A key Hearth does not know inside a structure it does; refusing it beats silently dropping it on save.
    func unknownKey(_ node: Int, in place: String, known: String) throws(SyntaxError) -> SyntaxError {
        let name = try key(of: node)
        return SyntaxError(at: nodes[node].keyStart, "unknown key `\(name)` in \(place)",
                           hint: "known keys here: \(known); unknown keys are kept only at the top level")
    }

    /// An ISO week such as `2026-W47`, read from the bytes (this runs for every file).
    func week(_ node: Int) throws(SyntaxError) -> Week {
        let entry = nodes[node]
        let s = entry.start
        if entry.kind == .scalar, !entry.hasEscapes, entry.end - s == 8, let week = isoWeek(in: text, at: s, lowercaseW: true) {
            return week
        }
        throw SyntaxError(at: entry.start, "not an ISO week", hint: "write it like 2026-W47 (weeks run 01 to 52 or 53)")
    }

    /// A calendar date such as `2026-11-18`.
    func date(_ node: Int) throws(SyntaxError) -> CivilDate {
        let entry = nodes[node]
        let s = entry.start
        if entry.kind == .scalar, !entry.hasEscapes, entry.end - s == 10, let date = civilDate(in: text, at: s) {
            return date
        }
        throw SyntaxError(at: entry.start, "not a date", hint: "write it like 2026-11-18")
    }

    /// A top-level entry Hearth does not know, kept verbatim to be written back.
    func rawEntry(_ node: Int) throws(SyntaxError) -> RawEntry {
        RawEntry(key: try key(of: node), text: rawText(of: node))
    }
}
