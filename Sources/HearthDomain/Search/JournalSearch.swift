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
        var needleText = FoldedText()
        needleText.fold(query)
        let needle = needleText.scalars
        guard !needle.isEmpty else { return [] }
        let needleBytes = AsciiBytes(folded: needle)
        var buffer = FoldedText()
        var hits: [SearchHit] = []
        func consider(_ text: String, _ field: SearchField, _ week: Week, _ partner: String) {
            guard !text.isEmpty else { return }
            // Folding is the cost of a search; a plain-ASCII field missing a byte of the query can be skipped.
            if let bytes = AsciiBytes(text), !bytes.covers(needleBytes) { return }
            buffer.fold(text)
            guard let start = buffer.firstIndex(of: needle) else { return }
            let utf8 = text.utf8
            let lower = utf8.index(utf8.startIndex, offsetBy: buffer.origins[start])
            let lastOrigin = utf8.index(utf8.startIndex, offsetBy: buffer.origins[start + needle.count - 1])
            // Extend to the end of the character holding the last matched scalar (keeps accents whole).
            let upper = text[lastOrigin...].indices.dropFirst().first ?? text.endIndex
            hits.append(SearchHit(week: week, partner: partner, field: field, text: text, match: lower..<upper))
        }
        for checkIn in journal.checkIns.reversed() {
            let (week, partner) = (checkIn.week, checkIn.partner)
            for appreciation in checkIn.appreciations { consider(appreciation, .appreciation, week, partner) }
            consider(checkIn.howWeAreDoing, .howWeAreDoing, week, partner)
            consider(checkIn.moreOf, .moreOf, week, partner)
            consider(checkIn.lessOf, .lessOf, week, partner)
            consider(checkIn.intention, .intention, week, partner)
            consider(checkIn.notes, .notes, week, partner)
            if includePrivate { consider(checkIn.reflection, .reflection, week, partner) }
            for moment in checkIn.moments {
                consider(moment.text, .moment, week, partner)
                consider(moment.landed, .moment, week, partner)
            }
            for mark in checkIn.rituals { consider(mark.reason, .ritualReason, week, partner) }
            for (id, answer) in checkIn.answers.sorted(by: { $0.key < $1.key }) { consider(answer, .answer(id), week, partner) }
        }
        for moment in journal.moments {
            guard let date = moment.date else { continue }
            consider(moment.text, .moment, Week(containing: date), moment.from)
            consider(moment.landed, .moment, Week(containing: date), moment.from)
        }
        // Stable: within a week, check-in order is kept; loose moments join their week.
        return hits.enumerated().sorted { ($0.element.week, $1.offset) > ($1.element.week, $0.offset) }.map(\.element)
    }
}
