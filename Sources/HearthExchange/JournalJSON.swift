import HearthDomain

/// The whole journal as one JSON document (`hearth export --format json`), described by docs/export.schema.json.
///
/// Everything a file holds goes in, unknown keys and sections too (as `preserved`), so that `hearth import`
/// writes back the same files byte for byte.
public enum JournalJSON {
    /// Bumped when a field changes meaning or goes away; new optional fields keep the number.
    public static let version = 1
    /// The value of the `format` member, so an importer can tell a Hearth export from any JSON.
    public static let format = "hearth-journal"

    /// The export document; check-ins carry `private_reflection` only when `includePrivate` is set.
    public static func document(_ journal: Journal, includePrivate: Bool) -> JSON {
        let profile = journal.profile
        return .object([
            ("format", .string(format)),
            ("version", .number(version)),
            ("includes_private", .bool(includePrivate)),
            ("profile", profileJSON(profile)),
            ("agenda", agendaJSON(journal.agenda)),
            ("rituals", .array(journal.rituals.map(ritualJSON))),
            ("checkins", .array(journal.checkIns.map { checkIn in
                withPreserved(checkIn.json(profile: profile, includePrivate: includePrivate), checkIn.preserved)
            })),
            ("moments", .array(journal.moments.map(\.json))),
        ])
    }

    /// The document as text: one line, then a newline, as every `--json` prints.
    public static func text(_ journal: Journal, includePrivate: Bool) -> String {
        document(journal, includePrivate: includePrivate).rendered() + "\n"
    }

    static func profileJSON(_ profile: Profile) -> JSON {
        withPreserved(.object([
            ("partners", .array(profile.partners.map { partner in
                .object([
                    ("id", .string(partner.id)), ("name", .string(partner.name)),
                    ("primary", partner.primaryLanguage.map { .string($0.rawValue) } ?? .null),
                    ("secondary", partner.secondaryLanguage.map { .string($0.rawValue) } ?? .null),
                ])
            })),
            ("extra_types", .array(profile.extraTypes.map { type in
                .object([("id", .string(type.id)), ("name", .string(type.name)), ("summary", .string(type.summary))])
            })),
        ]), profile.preserved)
    }

    static func agendaJSON(_ agenda: Agenda) -> JSON {
        withPreserved(.object([
            ("steps", .array(agenda.steps.map { step in
                .object([("kind", .string(step.kind.rawValue)), ("id", .string(step.id)),
                         ("title", .string(step.title)), ("prompt", .string(step.prompt))])
            })),
        ]), agenda.preserved)
    }

    static func ritualJSON(_ ritual: Ritual) -> JSON {
        withPreserved(.object([
            ("id", .string(ritual.id)), ("name", .string(ritual.name)),
            ("cadence", .string(ritual.cadence.description)),
            ("feeds", .array(ritual.feeds.map(JSON.string))),
            ("status", .string(ritual.status.rawValue)),
            ("since", ritual.since.map { .string($0.description) } ?? .null),
        ]), ritual.preserved)
    }

    /// Adds `preserved` (what Hearth kept without understanding it) to an object, only when there is some.
    static func withPreserved(_ object: JSON, _ preserved: PreservedContent) -> JSON {
        guard case .object(var members) = object, !preserved.isEmpty else { return object }
        func entries(_ list: [RawEntry]) -> JSON {
            .array(list.map { .object([("key", .string($0.key)), ("text", .string($0.text))]) })
        }
        members.append(("preserved", .object([("front_matter", entries(preserved.frontMatter)),
                                              ("sections", entries(preserved.sections))])))
        return .object(members)
    }
}
