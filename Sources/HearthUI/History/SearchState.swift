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
    /// Each query searched while typing, shortest first, with everything it found before filtering: see `refresh`.
    private var trail: [Narrowing] = []

    /// A query and its unfiltered hits.
    struct Narrowing: Hashable, Sendable {
        var query: String
        var includesPrivate: Bool
        var hits: [SearchHit]
    }

    init(filter: WeekFilter = WeekFilter()) {
        query = TextField("", capacity: 80)
        includesPrivate = false
        self.filter = filter
        hits = []
        list = ListState()
        filterPanel = nil
    }

    /// The match under the cursor.
    public var selectedHit: SearchHit? { hits.indices.contains(list.selected) ? hits[list.selected] : nil }

    /// Runs the query again (after a keystroke, a filter change or the private toggle); the cursor goes back
    /// to the newest match.
    mutating func refresh(_ journal: Journal, filter: WeekFilter? = nil) {
        if let filter { self.filter = filter }
        let text = query.text
        // Typing on at the end can only narrow the matches (a field holding "cafe" holds "caf"), so only the
        // check-ins that matched the shorter query are searched again, and Backspace finds the shorter
        // query's matches kept: a keystroke stays quick on 20 years.
        if trail.first?.includesPrivate != includesPrivate { trail = [] }
        while let last = trail.last, !text.unicodeScalars.starts(with: last.query.unicodeScalars) { trail.removeLast() }
        var hits: [SearchHit]
        if let last = trail.last, last.query == text {
            hits = last.hits
        } else {
            var source = journal
            // A query that folds to nothing (spaces, a lone accent) found nothing yet rules nothing out.
            if let last = trail.last, !TextFolding.folded(last.query).isEmpty { source.checkIns = Self.checkIns(of: last.hits, in: journal) }
            hits = JournalSearch.hits(in: source, matching: text, includePrivate: includesPrivate)
            trail.append(Narrowing(query: text, includesPrivate: includesPrivate, hits: hits))
        }
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

    /// Searches a changed journal again: what was found in the old one no longer counts. The cursor stays on
    /// the same row as far as the new hits reach.
    mutating func journalDidChange(_ journal: Journal) {
        let selected = list.selected
        trail = []
        refresh(journal)
        list.select(selected, count: hits.count)
    }

    /// The check-ins the hits came from, in journal order (loose moments stay in the journal's own list).
    private static func checkIns(of hits: [SearchHit], in journal: Journal) -> [CheckIn] {
        var writers: [Week: Set<String>] = [:]
        for hit in hits { writers[hit.week, default: []].insert(hit.partner) }
        return writers.keys.sorted().flatMap { week in
            journal.checkInSlice(of: week).filter { writers[week]?.contains($0.partner) == true }
        }
    }

    /// Matches that fit in a terminal of `viewport`: two rows each under the query and note rows.
    static func visibleHits(in viewport: Size) -> Int { max(1, (viewport.height - 3) / 2) }
}
