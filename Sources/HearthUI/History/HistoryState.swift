import HearthDomain

/// The history list: weeks with check-ins, newest first, narrowed by a filter.
public struct HistoryState: Hashable, Sendable {
    public private(set) var filter: WeekFilter
    /// The weeks the list shows, newest first.
    public private(set) var weeks: [Week]
    public var list: ListState
    /// The filter overlay, when open.
    public var filterPanel: FilterPanel?
    /// The go-to-week prompt, when open.
    public var goTo: GoToPrompt?

    public init(journal: Journal, filter: WeekFilter = WeekFilter()) {
        self.filter = filter
        weeks = []
        list = ListState()
        refilter(journal, to: filter)
    }

    /// The week under the cursor, if the list is not empty.
    public var selectedWeek: Week? { weeks.indices.contains(list.selected) ? weeks[list.selected] : nil }

    /// Applies a new filter, keeping the cursor on the same week when it is still listed.
    mutating func refilter(_ journal: Journal, to filter: WeekFilter) {
        let keep = selectedWeek
        self.filter = filter
        var weeks: [Week] = []
        journal.forEachWeekNewestFirst { week, checkIns in
            if filter.isEmpty || filter.matches(checkIns) { weeks.append(week) }
        }
        self.weeks = weeks
        list = ListState()
        if let keep { select(keep) }
    }

    /// Puts the cursor on `week`, or on the nearest listed week before it.
    mutating func select(_ week: Week) {
        // Newest first: the first listed week not after `week`.
        let index = weeks.firstIndex { $0 <= week } ?? max(0, weeks.count - 1)
        list.select(index, count: weeks.count)
    }

    /// Rows of the list in a terminal of `viewport` (status bar, title and column header take three).
    static func listHeight(in viewport: Size) -> Int { max(1, viewport.height - 3) }
}
