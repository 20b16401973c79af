import HearthDomain

/// Reads an export written by `JournalJSON` back into a journal, checking every value on the way in.
///
/// The first problem found is thrown with its JSON path; nothing partial comes out, so an import that
/// fails has nothing to write.
public enum JournalReader {
    /// What an export holds: the journal, and whether private reflections were in it.
    public struct Contents: Sendable {
        public var journal: Journal
        public var includesPrivate: Bool
    }

    /// Parses and checks an export's bytes.
    public static func read(_ bytes: [UInt8]) throws(ImportFailure) -> Contents {
        let root: JSON
        do {
            root = try JSONReader.parse(bytes)
        } catch {
            throw ImportFailure(path: "", message: "not JSON: \(error)")
        }
        return try read(JSONCursor(value: root, path: ""))
    }

    static func read(_ root: JSONCursor) throws(ImportFailure) -> Contents {
        _ = try root.members()
        let format = try root.member("format")
        guard try format.string() == JournalJSON.format else {
            throw format.failure("'\(try format.string())' is not a Hearth journal export (expected \"\(JournalJSON.format)\")")
        }
        let version = try root.member("version")
        guard try version.int() == JournalJSON.version else {
            throw version.failure("version \(try version.int()) is not one this Hearth reads (it reads \(JournalJSON.version)); use a matching Hearth")
        }
        try root.onlyMembers(["format", "version", "includes_private", "profile", "agenda", "rituals", "checkins", "moments"])
        let profile = try profile(root.member("profile"))
        let agenda = try root.optionalMember("agenda").map(agenda) ?? .standard
        let rituals = try (root.optionalMember("rituals")?.items() ?? []).map(ritual)
        try checkUnique(rituals.map(\.id), in: root, list: "rituals", what: "ritual id")
        let context = CheckInContext(profile: profile)
        var checkIns: [CheckIn] = []
        var seen = Set<String>()
        for cursor in try root.optionalMember("checkins")?.items() ?? [] {
            let checkIn = try context.checkIn(cursor)
            guard seen.insert("\(checkIn.week)-\(checkIn.partner)").inserted else {
                throw cursor.failure("a second check-in for \(checkIn.partner) in \(checkIn.week)")
            }
            checkIns.append(checkIn)
        }
        let order = Dictionary(uniqueKeysWithValues: profile.partners.enumerated().map { ($1.id, $0) })
        checkIns.sort { ($0.week, order[$0.partner] ?? Int.max) < ($1.week, order[$1.partner] ?? Int.max) }
        var moments: [Moment] = []
        for cursor in try root.optionalMember("moments")?.items() ?? [] {
            let moment = try context.moment(cursor)
            guard moment.date != nil else { throw cursor.failure("a moment logged outside a check-in needs a date") }
            moments.append(moment)
        }
        let journal = Journal(profile: profile, checkIns: checkIns, rituals: rituals, agenda: agenda, moments: moments)
        return Contents(journal: journal, includesPrivate: try root.optionalMember("includes_private")?.bool() ?? false)
    }

    static func profile(_ cursor: JSONCursor) throws(ImportFailure) -> Profile {
        try cursor.onlyMembers(["partners", "extra_types", "preserved"])
        var partners: [Partner] = []
        for item in try cursor.member("partners").items() {
            try item.onlyMembers(["id", "name", "primary", "secondary"])
            let id = try item.member("id")
            guard Partner.isValidID(try id.string()) else {
                throw id.failure("'\(try id.string())' is not a partner id (lower-case ASCII letters, digits and '-', up to 40)")
            }
            partners.append(Partner(id: try id.string(), name: try item.member("name").string(),
                                    primaryLanguage: try item.optionalMember("primary")?.choice(LoveLanguage.self, what: "love language"),
                                    secondaryLanguage: try item.optionalMember("secondary")?.choice(LoveLanguage.self, what: "love language")))
        }
        var extraTypes: [IntimacyType] = []
        for item in try cursor.optionalMember("extra_types")?.items() ?? [] {
            try item.onlyMembers(["id", "name", "summary"])
            extraTypes.append(IntimacyType(id: try item.member("id").string(), name: try item.member("name").string(),
                                           summary: try item.text("summary")))
        }
        let profile = Profile(partners: partners, extraTypes: extraTypes, preserved: try preserved(cursor))
        if let problem = profile.validate().first {
            // The domain names fields as profile.md does (`partners[1].id`, `types[0].id`); the export calls types extra_types.
            let field = problem.field.hasPrefix("types") ? "extra_types" + problem.field.dropFirst(5) : problem.field
            throw ImportFailure(path: "profile.\(field)", message: problem.message)
        }
        return profile
    }

    static func agenda(_ cursor: JSONCursor) throws(ImportFailure) -> Agenda {
        try cursor.onlyMembers(["steps", "preserved"])
        var steps: [AgendaStep] = []
        for item in try cursor.member("steps").items() {
            try item.onlyMembers(["kind", "id", "title", "prompt"])
            steps.append(AgendaStep(kind: try item.member("kind").choice(AgendaStep.Kind.self, what: "kind of agenda step"),
                                    title: try item.text("title"), prompt: try item.text("prompt"), id: try item.text("id")))
        }
        return Agenda(steps: steps, preserved: try preserved(cursor))
    }

    static func ritual(_ cursor: JSONCursor) throws(ImportFailure) -> Ritual {
        try cursor.onlyMembers(["id", "name", "cadence", "feeds", "status", "since", "preserved"])
        let id = try cursor.member("id")
        guard Partner.isValidID(try id.string()) else {
            throw id.failure("'\(try id.string())' is not a ritual id (lower-case ASCII letters, digits and '-')")
        }
        let cadenceCursor = try cursor.member("cadence")
        guard let cadence = Cadence(try cadenceCursor.string()) else {
            throw cadenceCursor.failure("'\(try cadenceCursor.string())' is not a cadence (daily, weekly sunday, every 2 weeks saturday)")
        }
        return Ritual(id: try id.string(), name: try cursor.text("name"), cadence: cadence,
                      feeds: try (cursor.optionalMember("feeds")?.items() ?? []).map { item throws(ImportFailure) in try item.string() },
                      status: try cursor.optionalMember("status")?.choice(Ritual.Status.self, what: "ritual status") ?? .active,
                      since: try cursor.optionalMember("since").map(week), preserved: try preserved(cursor))
    }

    static func week(_ cursor: JSONCursor) throws(ImportFailure) -> Week {
        let text = try cursor.string()
        guard let week = Week(text) else { throw cursor.failure("'\(text)' is not an ISO week like 2026-W47") }
        return week
    }

    /// Unknown front-matter keys and sections the files held, carried back verbatim.
    static func preserved(_ cursor: JSONCursor) throws(ImportFailure) -> PreservedContent {
        guard let preserved = try cursor.optionalMember("preserved") else { return PreservedContent() }
        try preserved.onlyMembers(["front_matter", "sections"])
        func entries(_ key: String) throws(ImportFailure) -> [RawEntry] {
            try (preserved.optionalMember(key)?.items() ?? []).map { item throws(ImportFailure) in
                try item.onlyMembers(["key", "text"])
                return RawEntry(key: try item.member("key").string(), text: try item.member("text").string())
            }
        }
        return PreservedContent(frontMatter: try entries("front_matter"), sections: try entries("sections"))
    }

    static func checkUnique(_ ids: [String], in root: JSONCursor, list: String, what: String) throws(ImportFailure) {
        var seen = Set<String>()
        for (index, id) in ids.enumerated() where !seen.insert(id).inserted {
            throw ImportFailure(path: "\(list)[\(index)].id", message: "the \(what) '\(id)' is used twice")
        }
    }
}
