import HearthDomain

/// `profile.md`: the partners and the couple's extra intimacy types.
enum ProfileFile {
    static func decode(_ document: Document) throws(SyntaxError) -> Profile {
        let fm = document.frontMatter
        var profile = Profile(partners: [])
        for child in fm.children(of: FrontMatter.root) {
            if fm.key(of: child, is: "hearth") {
                continue
            } else if fm.key(of: child, is: "partners") {
                for item in try fm.list(child) { profile.partners.append(try partner(fm, item)) }
            } else if fm.key(of: child, is: "types") {
                for item in try fm.list(child) { profile.extraTypes.append(try type(fm, item)) }
            } else {
                profile.preserved.frontMatter.append(try fm.rawEntry(child))
            }
        }
        profile.preserved.sections = document.preservedBody()
        return profile
    }

    static func encode(_ profile: Profile) -> [UInt8] {
        var writer = DocumentWriter()
        writer.open("partners")
        for partner in profile.partners {
            writer.item("id", DocumentWriter.word(partner.id), indent: 2)
            writer.field("name", DocumentWriter.quoted(partner.name), indent: 4)
            if partner.primaryLanguage != nil || partner.secondaryLanguage != nil {
                writer.open("love_languages", indent: 4)
                if let primary = partner.primaryLanguage { writer.field("primary", primary.rawValue, indent: 6) }
                if let secondary = partner.secondaryLanguage { writer.field("secondary", secondary.rawValue, indent: 6) }
            }
        }
        if !profile.extraTypes.isEmpty {
            writer.open("types")
            for type in profile.extraTypes {
                writer.item("id", DocumentWriter.word(type.id), indent: 2)
                writer.field("name", DocumentWriter.quoted(type.name), indent: 4)
                if !type.summary.isEmpty { writer.field("summary", DocumentWriter.quoted(type.summary), indent: 4) }
            }
        }
        writer.finish(keeping: profile.preserved)
        return writer.bytes
    }

    private static func partner(_ fm: FrontMatter, _ node: Int) throws(SyntaxError) -> Partner {
        var id: String?
        var name = ""
        var primary: LoveLanguage?
        var secondary: LoveLanguage?
        for entry in try fm.map(node) {
            if fm.key(of: entry, is: "id") {
                id = try fm.string(entry)
            } else if fm.key(of: entry, is: "name") {
                name = try fm.string(entry)
            } else if fm.key(of: entry, is: "love_languages") {
                for language in try fm.map(entry) {
                    let value = fm.isNull(language) ? nil : try fm.choice(language, LoveLanguage.self, what: "love language")
                    if fm.key(of: language, is: "primary") {
                        primary = value
                    } else if fm.key(of: language, is: "secondary") {
                        secondary = value
                    } else {
                        throw try fm.unknownKey(language, in: "love_languages", known: "primary, secondary")
                    }
                }
            } else {
                throw try fm.unknownKey(entry, in: "a partner", known: "id, name, love_languages")
            }
        }
        guard let id else { throw fm.missing("id", example: "- id: alex", at: node) }
        return Partner(id: id, name: name, primaryLanguage: primary, secondaryLanguage: secondary)
    }

    private static func type(_ fm: FrontMatter, _ node: Int) throws(SyntaxError) -> IntimacyType {
        var id: String?
        var name = ""
        var summary = ""
        for entry in try fm.map(node) {
            if fm.key(of: entry, is: "id") {
                id = try fm.string(entry)
            } else if fm.key(of: entry, is: "name") {
                name = try fm.string(entry)
            } else if fm.key(of: entry, is: "summary") {
                summary = try fm.string(entry)
            } else {
                throw try fm.unknownKey(entry, in: "an intimacy type", known: "id, name, summary")
            }
        }
        guard let id else { throw fm.missing("id", example: "- id: sexual", at: node) }
        return IntimacyType(id: id, name: name, summary: summary)
    }
}
