import HearthDomain

extension CheckIn {
    /// The check-in as JSON; the private reflection only when asked for.
    public func json(profile: Profile, includePrivate: Bool) -> JSON {
        var members: [(String, JSON)] = [
            ("week", .string(week.description)),
            ("partner", .string(partner)),
            ("name", .string(profile.displayName(of: partner))),
            ("ratings", ratingsJSON(profile: profile)),
            ("appreciations", .array(appreciations.map(JSON.string))),
            ("how_we_are_doing", .string(howWeAreDoing)),
            ("more_of", .string(moreOf)),
            ("less_of", .string(lessOf)),
            ("warning_signs", .array(warningSigns.map { .string($0.rawValue) })),
            ("rituals", .array(rituals.map { mark in
                .object([("ritual", .string(mark.ritual)), ("status", .string(mark.status.rawValue)),
                         ("reason", .string(mark.reason))])
            })),
            ("device_free_minutes", deviceFreeMinutes.map(JSON.number) ?? .null),
            ("moments", .array(moments.map(\.json))),
            ("last_intention_review", lastIntentionReview.map { .string($0.rawValue) } ?? .null),
            ("intention", .string(intention)),
            ("notes", .string(notes)),
        ]
        if !answers.isEmpty {
            members.append(("answers", .object(answers.sorted { $0.key < $1.key }.map { ($0.key, .string($0.value)) })))
        }
        if includePrivate { members.append(("private_reflection", .string(reflection))) }
        return .object(members)
    }

    /// Ratings in profile order: a number, "skipped", or absent when unanswered.
    public func ratingsJSON(profile: Profile) -> JSON {
        .object(profile.intimacyTypes.compactMap { type in
            switch ratings[type.id] {
            case .score(let value)?: (type.id, .number(value))
            case .skipped?: (type.id, .string("skipped"))
            case nil: nil
            }
        })
    }
}

extension Moment {
    /// The moment as JSON: its id (what a merge matches it by), date (or null), giver, receiver, language,
    /// what happened and how it landed.
    public var json: JSON {
        .object([
            ("id", .string(id)),
            ("date", date.map { .string($0.description) } ?? .null),
            ("from", .string(from)), ("to", .string(to)), ("language", .string(language.rawValue)),
            ("text", .string(text)), ("landed", .string(landed)),
        ])
    }
}
