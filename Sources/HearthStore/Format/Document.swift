import HearthDomain

/// One Hearth file as read: front matter and Markdown sections over the file's bytes.
struct Document {
    /// The format version this Hearth reads and writes (`hearth: 1`).
    static let version = 1

    let frontMatter: FrontMatter
    let body: MarkdownBody

    /// Checks the text, parses the front matter and cuts the body into sections.
    init(_ text: UnsafeBufferPointer<UInt8>) throws(SyntaxError) {
        try checkText(text)
        var parser = FrontMatterParser(text: text)
        try parser.parse()
        frontMatter = FrontMatter(text: text, nodes: parser.nodes)
        body = MarkdownBody(text: text, from: parser.bodyStart)
        try checkVersion(firstLine: parser.lines.first?.start ?? 0)
    }

    private func checkVersion(firstLine: Int) throws(SyntaxError) {
        for child in frontMatter.children(of: FrontMatter.root) where frontMatter.key(of: child, is: "hearth") {
            let node = frontMatter[child]
            guard let version = frontMatter.nodes[child].kind == .scalar && node.style == .plain
                    ? frontMatter.parseInt(start: node.start, end: node.end) : nil, version >= 1 else {
                throw SyntaxError(at: node.start, "`hearth:` must be the format version, a whole number",
                                  hint: "write `hearth: \(Self.version)`")
            }
            if version > Self.version {
                throw SyntaxError(at: node.start, "written by a newer Hearth (format version \(version); this one reads \(Self.version))",
                                  hint: "update Hearth to read this file; it is left untouched")
            }
            return
        }
        throw SyntaxError(at: firstLine, "the format version `hearth: \(Self.version)` is missing",
                          hint: "add the line `hearth: \(Self.version)` as the first key")
    }

    /// The whole body kept as it is, for files whose body Hearth does not interpret.
    func preservedBody() -> [RawEntry] { body.preservedWhole() }

    /// The offset of a dotted field path (`ratings.emotional`, `moments[1].from`) for error messages:
    /// its value when present, else the nearest enclosing entry.
    func offset(ofField path: String) -> Int {
        var current = FrontMatter.root
        var found = frontMatter.nodes.count > 1 ? frontMatter[1].entryStart : 0
        var rest = Substring(path)
        while !rest.isEmpty {
            // A key may itself hold dots or brackets (`ratings.x.y` for the key `x.y`): the rest whole comes first.
            if let child = frontMatter.children(of: current).first(where: { (try? frontMatter.key(of: $0)) == String(rest) }) {
                return frontMatter[child].start
            }
            let component = rest.prefix { $0 != "." }
            rest = rest.dropFirst(component.count + 1)
            var name = component
            var position: Int?
            // Only a trailing `[N]` is a position: a hand-written key may hold brackets in any order (`a]b[c`).
            if component.hasSuffix("]"), let open = component.lastIndex(of: "[") {
                name = component[..<open]
                position = Int(component[component.index(after: open)..<component.index(before: component.endIndex)])
            }
            guard let child = frontMatter.children(of: current).first(where: { (try? frontMatter.key(of: $0)) == String(name) }) else {
                return found
            }
            current = child
            found = frontMatter[child].start
            if let position {
                guard let item = Array(frontMatter.children(of: current)).dropFirst(position).first else { return found }
                current = item
                found = frontMatter[item].start
            }
        }
        return found
    }
}
