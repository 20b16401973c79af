/// Where in a check-in a search matched.
public enum SearchField: Hashable, Sendable, CustomStringConvertible {
    case appreciation, howWeAreDoing, moreOf, lessOf, intention, notes, reflection
    case moment, ritualReason, answer(String)

    /// `How we are doing`.
    public var description: String {
        switch self {
        case .appreciation: "Appreciation"
        case .howWeAreDoing: "How we are doing"
        case .moreOf: "More of"
        case .lessOf: "Less of"
        case .intention: "Intention"
        case .notes: "Notes"
        case .reflection: "Private reflection"
        case .moment: "Love-language moment"
        case .ritualReason: "Ritual skipped because"
        case .answer(let id): "Answer (\(id))"
        }
    }

    public var isPrivate: Bool { self == .reflection }
}

/// One piece of prose that matched, with the matched range for highlighting.
public struct SearchHit: Hashable, Sendable {
    public var week: Week
    /// The partner who wrote it.
    public var partner: String
    public var field: SearchField
    /// The whole text of the field.
    public var text: String
    /// The matched characters within `text`.
    public var match: Range<String.Index>
}

/// Full-text search over a journal's prose: case- and accent-insensitive, any script, field by field
/// so that a match never spans two answers.
public enum JournalSearch {
    /// Every field matching `query`, newest week first; private reflections only when asked for.
    public static func hits(in journal: Journal, matching query: String, includePrivate: Bool = false) -> [SearchHit] {
        guard let needle = SearchNeedle(query) else { return [] }
        var hits: [SearchHit] = []
        func consider(_ text: String, _ field: SearchField, _ week: Week, _ partner: String) {
            guard let (start, last) = needle.firstMatch(in: text) else { return }
            let utf8 = text.utf8
            let lower = utf8.index(utf8.startIndex, offsetBy: start)
            let lastOrigin = utf8.index(utf8.startIndex, offsetBy: last)
            // Extend to the end of the character holding the last matched scalar (keeps accents whole).
            let rest = text[lastOrigin...]
            let upper = rest.index(after: rest.startIndex)
            hits.append(SearchHit(week: week, partner: partner, field: field, text: text, match: lower..<upper))
        }
        for moment in journal.moments {
            guard let date = moment.date else { continue }
            let week = Week(containing: date)
            consider(moment.text, .moment, week, moment.from)
            consider(moment.landed, .moment, week, moment.from)
        }
        let loose = stablyNewestFirst(hits)
        hits = []
        // Check-ins come in week order (as loaded), so loose moments join as their week comes up and nothing
        // needs sorting: sorting thousands of hits was a good part of a one-letter query.
        let checkIns = journal.checkIns
        let inWeekOrder = checkIns.indices.dropFirst().allSatisfy { checkIns[$0 - 1].week <= checkIns[$0].week }
        var nextLoose = loose.startIndex
        // By index rather than `for checkIn in`, which copied every check-in (and retained all its strings).
        for index in checkIns.indices.reversed() {
            let (week, partner) = (checkIns[index].week, checkIns[index].partner)
            while inWeekOrder, nextLoose < loose.endIndex, loose[nextLoose].week > week {
                hits.append(loose[nextLoose])
                nextLoose += 1
            }
            for appreciation in checkIns[index].appreciations { consider(appreciation, .appreciation, week, partner) }
            consider(checkIns[index].howWeAreDoing, .howWeAreDoing, week, partner)
            consider(checkIns[index].moreOf, .moreOf, week, partner)
            consider(checkIns[index].lessOf, .lessOf, week, partner)
            consider(checkIns[index].intention, .intention, week, partner)
            consider(checkIns[index].notes, .notes, week, partner)
            if includePrivate { consider(checkIns[index].reflection, .reflection, week, partner) }
            for moment in checkIns[index].moments {
                consider(moment.text, .moment, week, partner)
                consider(moment.landed, .moment, week, partner)
            }
            for mark in checkIns[index].rituals { consider(mark.reason, .ritualReason, week, partner) }
            for (id, answer) in checkIns[index].answers.sorted(by: { $0.key < $1.key }) {
                consider(answer, .answer(id), week, partner)
            }
        }
        // Within a week, check-in order is kept and loose moments come after the check-ins.
        hits.append(contentsOf: loose[nextLoose...])
        return inWeekOrder ? hits : stablyNewestFirst(hits)
    }

    /// Newest week first, ties in their original order; hits already in that order are returned as they are.
    private static func stablyNewestFirst(_ hits: [SearchHit]) -> [SearchHit] {
        if hits.indices.dropFirst().allSatisfy({ hits[$0 - 1].week >= hits[$0].week }) { return hits }
        return hits.enumerated().sorted { ($0.element.week, $1.offset) > ($1.element.week, $0.offset) }.map(\.element)
    }
}
