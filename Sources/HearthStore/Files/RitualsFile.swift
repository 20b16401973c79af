import HearthDomain

/// `rituals.md`: the rituals the couple keeps. Unknown keys inside a ritual stay with that ritual.
enum RitualsFile {
    struct Contents {
        var rituals: [Ritual]
        var preserved: PreservedContent
    }

    static func decode(_ document: Document) throws(SyntaxError) -> Contents {
        let fm = document.frontMatter
        var contents = Contents(rituals: [], preserved: PreservedContent())
        for child in fm.children(of: FrontMatter.root) {
            if fm.key(of: child, is: "hearth") {
                continue
            } else if fm.key(of: child, is: "rituals") {
                for item in try fm.list(child) { contents.rituals.append(try ritual(fm, item)) }
            } else {
                contents.preserved.frontMatter.append(try fm.rawEntry(child))
            }
        }
        contents.preserved.sections = document.preservedBody()
        return contents
    }

    static func encode(_ contents: Contents) -> [UInt8] {
        var writer = DocumentWriter()
        if contents.rituals.isEmpty {
            writer.field("rituals", "[]")
        } else {
            writer.open("rituals")
        }
        for ritual in contents.rituals {
            writer.item("id", DocumentWriter.word(ritual.id), indent: 2)
            writer.field("name", DocumentWriter.quoted(ritual.name), indent: 4)
            writer.field("cadence", DocumentWriter.word(ritual.cadence.description), indent: 4)
            if !ritual.feeds.isEmpty {
                writer.field("feeds", "[" + ritual.feeds.map(DocumentWriter.word).joined(separator: ", ") + "]", indent: 4)
            }
            writer.field("status", ritual.status.rawValue, indent: 4)
            if let since = ritual.since { writer.field("since", since.description, indent: 4) }
            writer.preserved(ritual.preserved.frontMatter, indent: 4)
        }
        writer.finish(keeping: contents.preserved)
        return writer.bytes
    }

    private static func ritual(_ fm: FrontMatter, _ node: Int) throws(SyntaxError) -> Ritual {
        var id: String?
        var name = ""
        var cadence: Cadence?
        var feeds: [String] = []
        var status = Ritual.Status.active
        var since: Week?
        var preserved = PreservedContent()
        for entry in try fm.map(node) {
            if fm.key(of: entry, is: "id") {
                id = try fm.string(entry)
            } else if fm.key(of: entry, is: "name") {
                name = try fm.string(entry)
            } else if fm.key(of: entry, is: "cadence") {
                guard let value = Cadence(try fm.string(entry)) else {
                    throw SyntaxError(at: fm[entry].start, "not a cadence Hearth understands",
                                      hint: "write `daily`, `weekly sunday` or `every 2 weeks saturday`")
                }
                cadence = value
            } else if fm.key(of: entry, is: "feeds") {
                for item in try fm.list(entry) { feeds.append(try fm.string(item)) }
            } else if fm.key(of: entry, is: "status") {
                status = try fm.choice(entry, Ritual.Status.self, what: "ritual status")
            } else if fm.key(of: entry, is: "since") {
                if fm.isNull(entry) { continue }
                since = try fm.week(entry)
            } else {
                preserved.frontMatter.append(try fm.rawEntry(entry))
            }
        }
        guard let id else { throw fm.missing("id", example: "- id: date-night", at: node) }
        guard let cadence else { throw fm.missing("cadence", example: "cadence: weekly friday", at: node) }
        return Ritual(id: id, name: name, cadence: cadence, feeds: feeds, status: status,
                      since: since, preserved: preserved)
    }
}
