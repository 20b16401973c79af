import HearthDomain

/// How much of each check-in a load keeps in memory.
public enum CheckInFields: Sendable {
    /// Everything the load reads.
    case all
    /// The week, partner, ratings, warning signs and preserved lines (which say whether a file holds a merge
    /// conflict): what `hearth list` shows. At 100,000 check-ins, rituals and answers kept for nothing were a
    /// third of its memory.
    case ratingsAndSigns
    /// What `JournalSearch.keepingMatches(of: query, includePrivate:)` leaves of each check-in: a search's. A
    /// check-in taken from the index makes strings only of the texts that may match (see `ProseFilter`).
    case matching(query: String, includePrivate: Bool)

    /// How one load trims the check-ins it reads.
    struct Keeping: Sendable {
        /// What the load keeps of a check-in it read.
        let keep: @Sendable (CheckIn) -> CheckIn
        /// The load's one copy of each ratings decoded from the index.
        let ratings: SharedRatings
        /// Whether the index decodes only what `keep` keeps (`.ratingsAndSigns`).
        let decodesKept: Bool
    }

    /// What a load keeps of each check-in it reads; a new one per load, for a profile rating `types`.
    func keeping(types: [String]) -> Keeping {
        let ratings = SharedRatings(types: types)
        switch self {
        case .all: return Keeping(keep: { $0 }, ratings: ratings, decodesKept: false)
        case .matching(let query, let includePrivate):
            return Keeping(keep: JournalSearch.keepingMatches(of: query, includePrivate: includePrivate), ratings: ratings, decodesKept: false)
        case .ratingsAndSigns:
            return Keeping(keep: { checkIn in
                CheckIn(week: checkIn.week, partner: checkIn.partner, ratings: ratings.shared(checkIn.ratings),
                        warningSigns: checkIn.warningSigns, preserved: checkIn.preserved)
            }, ratings: ratings, decodesKept: true)
        }
    }
}

extension CheckInFields {
    /// Which texts a check-in taken from the index needs as strings; nil when all of them.
    var proseFilter: ProseFilter? {
        guard case .matching(let query, let includePrivate) = self else { return nil }
        return ProseFilter(test: SearchPrefilter(query: query), includePrivate: includePrivate)
    }
}

/// The texts of a cached check-in worth making into strings: those `test` may find a match in (private
/// reflections only with `includePrivate`). Every other text is left empty, as the load's `keep` would leave it.
struct ProseFilter: Sendable {
    let test: SearchPrefilter
    let includePrivate: Bool

    /// Whether `text` mentions the query (exact for one text).
    func mentioned(in text: String) -> Bool {
        guard !text.isEmpty else { return false }
        var text = text
        return text.withUTF8 { test.mayMatch(UnsafeRawBufferPointer($0)) }
    }
}
