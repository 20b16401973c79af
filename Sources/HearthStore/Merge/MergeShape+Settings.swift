import HearthDomain

/// The shared files as records: partners and types by id, agenda steps by id, rituals by id.
extension MergeShape {
    static func records(_ profile: Profile, path: String) throws(SyntaxError) -> MergeDocument {
        var document = try records(profile.preserved, path: path)
        let partners = profile.partners.map { partner in
            MergeRecord("partner", partner.id, [MergeField("name", partner.name)]
                        + MergeRecord.optional("love_languages.primary", partner.primaryLanguage?.rawValue)
                        + MergeRecord.optional("love_languages.secondary", partner.secondaryLanguage?.rawValue))
        }
        let types = profile.extraTypes.map { type in
            MergeRecord("type", type.id, [MergeField("name", type.name), MergeField("summary", type.summary)])
        }
        document.records.insert(contentsOf: partners + types, at: 0)
        return document
    }

    static func profile(_ document: MergeDocument, path: String) throws(JournalMergeError) -> Profile {
        var profile = Profile(partners: [], preserved: preserved(document))
        for record in group("partner", in: document) {
            profile.partners.append(Partner(
                id: record.id, name: record["name"] ?? "",
                primaryLanguage: try record.parsed("love_languages.primary", path: path, word(LoveLanguage.self)),
                secondaryLanguage: try record.parsed("love_languages.secondary", path: path, word(LoveLanguage.self))))
        }
        for record in group("type", in: document) {
            profile.extraTypes.append(IntimacyType(id: record.id, name: record["name"] ?? "", summary: record["summary"] ?? ""))
        }
        return profile
    }

    static func records(_ agenda: Agenda, path: String) throws(SyntaxError) -> MergeDocument {
        var document = try records(agenda.preserved, path: path)
        let steps = agenda.steps.map { step in
            MergeRecord("step", step.id, [MergeField("kind", step.kind.rawValue), MergeField("title", step.title),
                                          MergeField("prompt", step.prompt)])
        }
        document.records.insert(contentsOf: steps, at: 0)
        return document
    }

    static func agenda(_ document: MergeDocument, path: String) throws(JournalMergeError) -> Agenda {
        var steps: [AgendaStep] = []
        for record in group("step", in: document) {
            let kind = try record.parsed("kind", path: path, word(AgendaStep.Kind.self)) ?? .notes
            steps.append(AgendaStep(kind: kind, title: record["title"] ?? "", prompt: record["prompt"] ?? "", id: record.id))
        }
        return Agenda(steps: steps, preserved: preserved(document))
    }

    static func records(_ contents: RitualsFile.Contents, path: String) throws(SyntaxError) -> MergeDocument {
        var document = try records(contents.preserved, path: path)
        let rituals = contents.rituals.map { ritual in
            var fields = [MergeField("name", ritual.name), MergeField("cadence", ritual.cadence.description),
                          MergeField("feeds", ritual.feeds.joined(separator: ", ")), MergeField("status", ritual.status.rawValue)]
            fields += MergeRecord.optional("since", ritual.since?.description)
            // Keys Hearth does not know inside a ritual stay with it, each a field of its own.
            fields += ritual.preserved.frontMatter.map { MergeField("+" + $0.key, $0.text) }
            return MergeRecord("ritual", ritual.id, fields)
        }
        document.records.insert(contentsOf: rituals, at: 0)
        return document
    }

    static func rituals(_ document: MergeDocument, path: String) throws(JournalMergeError) -> RitualsFile.Contents {
        var rituals: [Ritual] = []
        for record in group("ritual", in: document) {
            let cadence = try record.parsed("cadence", path: path) { Cadence($0) }
            guard let cadence else { throw JournalMergeError(path: path, message: "\(record.label) has no cadence") }
            let feeds = (record["feeds"] ?? "").split(separator: ",").map { String($0.drop { $0 == " " }) }.filter { !$0.isEmpty }
            let extras = record.fields.filter { $0.name.hasPrefix("+") }.map { RawEntry(key: String($0.name.dropFirst()), text: $0.value) }
            rituals.append(Ritual(id: record.id, name: record["name"] ?? "", cadence: cadence, feeds: feeds,
                                  status: try record.parsed("status", path: path, word(Ritual.Status.self)) ?? .active,
                                  since: try record.parsed("since", path: path) { Week($0) },
                                  preserved: PreservedContent(frontMatter: extras)))
        }
        return RitualsFile.Contents(rituals: rituals, preserved: preserved(document))
    }
}
