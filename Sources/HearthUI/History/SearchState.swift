import HearthDomain

/// The search screen: the query being typed, its matches (newest first) and the filter narrowing them.
public struct SearchState: Hashable, Sendable {
    public var query: TextField
    /// Whether private reflections are searched too (off until asked for, like everywhere else).
    public var includesPrivate: Bool
    public private(set) var filter: WeekFilter
    public private(set) var hits: [SearchHit]
    public var list: ListState
    /// The filter overlay, when open.
    public var filterPanel: FilterPanel?
    /// The screen Esc returns to.
    var origin: [AppState.Screen]

    init(filter: WeekFilter = WeekFilter(), origin: AppState.Screen?) {
        query = TextField("", capacity: 80)
        includesPrivate = false
        self.filter = filter
        hits = []
        list = ListState()
        filterPanel = nil
        self.origin = origin.map { [$0] } ?? []
    }

    /// The match under the cursor.
    public var selectedHit: SearchHit? { hits.indices.contains(list.selected) ? hits[list.selected] : nil }

    /// Runs the query again (after a keystroke, a filter change or the private toggle); the cursor goes back
    /// to the newest match.
    mutating func refresh(_ journal: Journal, filter: WeekFilter? = nil) {
        if let filter { self.filter = filter }
        var hits = JournalSearch.hits(in: journal, matching: query.text, includePrivate: includesPrivate)
        if let partner = self.filter.partner { hits.removeAll { $0.partner != partner } }
        if !self.filter.onlyPartner {
            // Hits come week by week: decide each week once.
            var verdicts: [Week: Bool] = [:]
            let filter = self.filter
            hits.removeAll { hit in
                if let verdict = verdicts[hit.week] { return !verdict }
                let verdict = filter.matches(journal.checkInSlice(of: hit.week))
                verdicts[hit.week] = verdict
                return !verdict
            }
        }
        self.hits = hits
        list = ListState()
    }

    /// Matches that fit in a terminal of `viewport`: two rows each under the query and note rows.
    static func visibleHits(in viewport: Size) -> Int { max(1, (viewport.height - 3) / 2) }
}
