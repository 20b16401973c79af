import HearthDomain

/// Reads check-ins and moments against the profile already read, so ids and ratings are checked as they come.
struct CheckInContext {
    let profile: Profile
    let partnerIDs: Set<String>
    let typeIDs: Set<String>

    init(profile: Profile) {
        self.profile = profile
        partnerIDs = Set(profile.partners.map(\.id))
        typeIDs = Set(profile.intimacyTypes.map(\.id))
    }

    static let checkInFields: Set<String> = [
        "week", "partner", "name", "ratings", "appreciations", "how_we_are_doing", "more_of", "less_of", "warning_signs",
        "rituals", "device_free_minutes", "moments", "last_intention_review", "intention", "notes", "answers",
        "private_reflection", "preserved",
    ]

    func checkIn(_ cursor: JSONCursor) throws(ImportFailure) -> CheckIn {
        try cursor.onlyMembers(Self.checkInFields)
        var checkIn = CheckIn(week: try JournalReader.week(cursor.member("week")), partner: try partner(cursor.member("partner")))
        if let ratings = try cursor.optionalMember("ratings") {
            for (type, _) in try ratings.members() {
                let rating = try ratings.member(type)
                guard typeIDs.contains(type) else {
                    throw rating.failure("'\(type)' is not an intimacy type of this profile (\(profile.intimacyTypes.map(\.id).joined(separator: ", ")))")
                }
                if case .string("skipped") = rating.value {
                    checkIn.ratings[type] = .skipped
                    continue
                }
                guard case .number(let score) = rating.value, Rating.range.contains(score) else {
                    if case .number(let score) = rating.value { throw rating.failure("\(score) is not 1-5") }
                    throw rating.failure("expected 1-5 or \"skipped\", found \(rating.value.kindName)")
                }
                checkIn.ratings[type] = .score(score)
            }
        }
        checkIn.appreciations = try (cursor.optionalMember("appreciations")?.items() ?? []).map { item throws(ImportFailure) in try item.string() }
        checkIn.howWeAreDoing = try cursor.text("how_we_are_doing")
        checkIn.moreOf = try cursor.text("more_of")
        checkIn.lessOf = try cursor.text("less_of")
        checkIn.warningSigns = try (cursor.optionalMember("warning_signs")?.items() ?? []).map { item throws(ImportFailure) in
            try item.choice(WarningSign.self, what: "warning sign")
        }
        checkIn.rituals = try (cursor.optionalMember("rituals")?.items() ?? []).map { item throws(ImportFailure) in
            try item.onlyMembers(["ritual", "status", "reason"])
            return RitualMark(ritual: try item.member("ritual").string(),
                              status: try item.member("status").choice(RitualMark.Status.self, what: "ritual mark"),
                              reason: try item.text("reason"))
        }
        if let minutes = try cursor.optionalMember("device_free_minutes") {
            let value = try minutes.int()
            guard (0...7 * 24 * 60).contains(value) else { throw minutes.failure("\(value) is not a number of minutes in a week (0-10080)") }
            checkIn.deviceFreeMinutes = value
        }
        checkIn.moments = try (cursor.optionalMember("moments")?.items() ?? []).map(moment)
        checkIn.lastIntentionReview = try cursor.optionalMember("last_intention_review")?.choice(IntentionReview.self, what: "intention review")
        checkIn.intention = try cursor.text("intention")
        checkIn.notes = try cursor.text("notes")
        checkIn.reflection = try cursor.text("private_reflection")
        if let answers = try cursor.optionalMember("answers") {
            for (key, _) in try answers.members() { checkIn.answers[key] = try answers.member(key).string() }
        }
        checkIn.preserved = try JournalReader.preserved(cursor)
        return checkIn
    }

    func moment(_ cursor: JSONCursor) throws(ImportFailure) -> Moment {
        try cursor.onlyMembers(["id", "date", "from", "to", "language", "text", "landed"])
        // Exports from before moments had ids leave it out: the id is then derived from the contents, as
        // the store does for files from before ids.
        let id = try cursor.optionalMember("id").map { cursor throws(ImportFailure) in try cursor.string() }
        var date: CivilDate?
        if let dateCursor = try cursor.optionalMember("date") {
            guard let parsed = CivilDate(try dateCursor.string()) else {
                throw dateCursor.failure("'\(try dateCursor.string())' is not a date like 2026-11-18")
            }
            date = parsed
        }
        return Moment(id: id, date: date, from: try partner(cursor.member("from")), to: try partner(cursor.member("to")),
                      language: try cursor.member("language").choice(LoveLanguage.self, what: "love language"),
                      text: try cursor.text("text"), landed: try cursor.text("landed"))
    }

    private func partner(_ cursor: JSONCursor) throws(ImportFailure) -> String {
        let id = try cursor.string()
        guard partnerIDs.contains(id) else {
            throw cursor.failure("'\(id)' is not a partner in the profile (\(profile.partners.map(\.id).joined(separator: ", ")))")
        }
        return id
    }
}
