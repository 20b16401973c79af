extension JournalSearch {
    /// What a search needs of a check-in: its week, partner and preserved lines, and of its texts only those
    /// that mention `query` (the fields `hits` looks in, private reflections only when asked for). `hits` finds
    /// the same in a journal of such check-ins as in the whole one; the store applies this as it reads each
    /// file, so a search of a long journal never holds every word of it at once.
    public static func keepingMatches(of query: String, includePrivate: Bool) -> @Sendable (CheckIn) -> CheckIn {
        let needle = SearchNeedle(query)
        return { checkIn in
            var kept = CheckIn(week: checkIn.week, partner: checkIn.partner, preserved: checkIn.preserved)
            guard let needle else { return kept }
            func mentions(_ text: String) -> Bool { needle.firstMatch(in: text) != nil }
            func ifMentioned(_ text: String) -> String { mentions(text) ? text : "" }
            kept.appreciations = checkIn.appreciations.filter(mentions)
            kept.howWeAreDoing = ifMentioned(checkIn.howWeAreDoing)
            kept.moreOf = ifMentioned(checkIn.moreOf)
            kept.lessOf = ifMentioned(checkIn.lessOf)
            kept.intention = ifMentioned(checkIn.intention)
            kept.notes = ifMentioned(checkIn.notes)
            if includePrivate { kept.reflection = ifMentioned(checkIn.reflection) }
            kept.moments = checkIn.moments.filter { mentions($0.text) || mentions($0.landed) }
            kept.rituals = checkIn.rituals.filter { mentions($0.reason) }
            kept.answers = checkIn.answers.filter { mentions($0.value) }
            return kept
        }
    }
}
