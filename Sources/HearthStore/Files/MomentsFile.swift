import HearthDomain

/// Moments logged outside a check-in, by their giver: `moments/2026/2026-W47-alex.md`.
enum MomentsFile {
    /// What a moments file holds besides its moments.
    struct Contents {
        var week: Week
        var partner: String
        var moments: [Moment]
        var preserved: PreservedContent
    }

    static func decode(_ document: Document) throws(SyntaxError) -> Contents {
        let fm = document.frontMatter
        var week: Week?
        var partner: String?
        var contents = Contents(week: Week(containing: CivilDate(daysSinceEpoch: 0)), partner: "", moments: [], preserved: PreservedContent())
        for child in fm.children(of: FrontMatter.root) {
            if fm.key(of: child, is: "hearth") {
                continue
            } else if fm.key(of: child, is: "week") {
                week = try fm.week(child)
            } else if fm.key(of: child, is: "partner") {
                partner = try fm.string(child)
            } else if fm.key(of: child, is: "moments") {
                for item in try fm.list(child) { contents.moments.append(try moment(fm, item)) }
            } else {
                contents.preserved.frontMatter.append(try fm.rawEntry(child))
            }
        }
        guard let week else { throw fm.missing("week", example: "week: 2026-W47") }
        guard let partner else { throw fm.missing("partner", example: "partner: alex") }
        contents.week = week
        contents.partner = partner
        contents.preserved.sections = document.preservedBody()
        return contents
    }

    static func encode(_ contents: Contents) -> [UInt8] {
        var writer = DocumentWriter()
        writer.field("week", contents.week.description)
        writer.field("partner", DocumentWriter.word(contents.partner))
        if !contents.moments.isEmpty {
            writer.open("moments")
            for moment in contents.moments { encode(moment, into: &writer, indent: 2) }
        }
        writer.finish(keeping: contents.preserved)
        return writer.bytes
    }

    /// One `- id: ...` item of a `moments:` list.
    static func moment(_ fm: FrontMatter, _ node: Int) throws(SyntaxError) -> Moment {
        var moment = Moment(id: "", from: "", to: "", language: .words, text: "")
        var seen = (from: false, to: false, language: false)
        for entry in try fm.map(node) {
            if fm.key(of: entry, is: "id") {
                moment.id = try fm.string(entry)
            } else if fm.key(of: entry, is: "date") {
                if fm.isNull(entry) { continue }
                moment.date = try fm.date(entry)
            } else if fm.key(of: entry, is: "from") {
                moment.from = try fm.string(entry)
                seen.from = true
            } else if fm.key(of: entry, is: "to") {
                moment.to = try fm.string(entry)
                seen.to = true
            } else if fm.key(of: entry, is: "language") {
                moment.language = try fm.choice(entry, LoveLanguage.self, what: "love language")
                seen.language = true
            } else if fm.key(of: entry, is: "text") {
                moment.text = try fm.string(entry)
            } else if fm.key(of: entry, is: "landed") {
                moment.landed = try fm.string(entry)
            } else {
                throw try fm.unknownKey(entry, in: "a moment", known: "id, date, from, to, language, text, landed")
            }
        }
        if !seen.from { throw fm.missing("from", example: "from: alex", at: node) }
        if !seen.to { throw fm.missing("to", example: "to: sam", at: node) }
        if !seen.language { throw fm.missing("language", example: "language: words", at: node) }
        // A moment written before moments had ids gets the id its contents give, the same on every machine;
        // the next save writes it down.
        if moment.id.isEmpty {
            moment.id = Moment.derivedID(date: moment.date, from: moment.from, to: moment.to, language: moment.language, text: moment.text)
        }
        return moment
    }

    static func encode(_ moment: Moment, into writer: inout DocumentWriter, indent: Int) {
        let inner = indent + 2
        writer.item("id", DocumentWriter.word(moment.id), indent: indent)
        if let date = moment.date { writer.field("date", date.description, indent: inner) }
        writer.field("from", DocumentWriter.word(moment.from), indent: inner)
        writer.field("to", DocumentWriter.word(moment.to), indent: inner)
        writer.field("language", moment.language.rawValue, indent: inner)
        writer.field("text", DocumentWriter.quoted(moment.text), indent: inner)
        if !moment.landed.isEmpty { writer.field("landed", DocumentWriter.quoted(moment.landed), indent: inner) }
    }
}
