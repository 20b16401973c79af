import HearthDomain

/// History, week view and search: opening them, and their keys. Each handler works on a copy of the
/// screen's state and stores it back unless it moved to another screen.
extension AppState {
    /// Opens the history list on the newest week.
    mutating func openHistory() {
        guard let journal else { return }
        push(.history(HistoryState(journal: journal)))
    }

    /// Opens search with an empty query; from the history list it keeps that list's filter.
    mutating func openSearch() {
        guard journal != nil else { return }
        let filter = if case .history(let history) = screen { history.filter } else { WeekFilter() }
        push(.search(SearchState(filter: filter)))
    }

    /// Shows one week with every partner side by side, from any screen (history, search, a chart point):
    /// Esc returns to the screen that was showing. With `match`, that search hit is highlighted and
    /// scrolled into view (a private reflection's match reveals private reflections).
    public mutating func openWeek(_ week: Week, at match: SearchHit? = nil) {
        guard let journal else { return }
        var view = WeekViewState(week: week, highlight: match)
        view.scrollToHighlight(journal: journal, viewport: viewport)
        // Another week opened from a week view returns where that one would have.
        if case .week = screen { replaceTop(with: .week(view)) } else { push(.week(view)) }
    }

    /// The keys of the browsing screen on show, or of its open prompt or panel.
    var browseKeymap: Keymap {
        switch screen {
        case .history(let history): history.filterPanel != nil ? .filters : history.goTo != nil ? .goToWeek : .history
        case .week(let view): view.goTo != nil ? .goToWeek : .week
        case .search(let search): search.filterPanel != nil ? .searchFilters : .search
        default: .home
        }
    }

    /// Types a character into the search query or an open go-to prompt; false when nothing takes text.
    mutating func typeIntoBrowsing(_ character: Character) -> Bool {
        switch screen {
        case .history(var history) where history.goTo != nil:
            history.goTo?.field.insert(character)
            history.goTo?.problem = nil
            screen = .history(history)
        case .week(var view) where view.goTo != nil:
            view.goTo?.field.insert(character)
            view.goTo?.problem = nil
            screen = .week(view)
        case .search(var search) where search.filterPanel == nil:
            guard let journal else { return false }
            search.query.insert(character)
            search.refresh(journal)
            screen = .search(search)
        default:
            return false
        }
        return true
    }

    mutating func performBrowsing(_ action: Action) -> [Effect] {
        guard let journal else { return [] }
        switch screen {
        case .history(var history): performHistory(action, &history, journal)
        case .week(var view): performWeek(action, &view, journal)
        case .search(var search): performSearch(action, &search, journal)
        default: break
        }
        return []
    }

    private mutating func performHistory(_ action: Action, _ history: inout HistoryState, _ journal: Journal) {
        if history.filterPanel != nil {
            if let filter = Self.performFilterPanel(action, &history.filterPanel, history.filter, journal) {
                history.refilter(journal, to: filter)
            }
        } else if history.goTo != nil {
            if let week = Self.performPrompt(action, &history.goTo) {
                screen = .history(history)
                return openWeek(week)
            }
        } else {
            let page = HistoryState.listHeight(in: viewport), count = history.weeks.count
            switch action {
            case .up: history.list.move(by: -1, count: count)
            case .down: history.list.move(by: 1, count: count)
            case .pageUp: history.list.move(by: -page, count: count)
            case .pageDown: history.list.move(by: page, count: count)
            case .top: history.list.select(0, count: count)
            case .bottom: history.list.select(count - 1, count: count)
            case .confirm:
                guard let week = history.selectedWeek else { return }
                screen = .history(history)
                return openWeek(week)
            case .goToWeek: history.goTo = GoToPrompt()
            case .yearAgo:
                screen = .history(history)
                return openWeek(Week(containing: today).yearEarlier)
            case .openFilters: history.filterPanel = FilterPanel()
            case .clearFilters: history.refilter(journal, to: WeekFilter())
            case .back: return goBack()
            default: break
            }
            history.list.scrollToSelection(height: page)
        }
        screen = .history(history)
    }

    private mutating func performWeek(_ action: Action, _ view: inout WeekViewState, _ journal: Journal) {
        if view.goTo != nil {
            if let week = Self.performPrompt(action, &view.goTo) { view.show(week) }
            screen = .week(view)
            return
        }
        let page = max(1, WeekViewState.contentSize(in: viewport).height - 1)
        switch action {
        case .up: view.scroll(by: -1, journal: journal, viewport: viewport)
        case .down: view.scroll(by: 1, journal: journal, viewport: viewport)
        case .pageUp: view.scroll(by: -page, journal: journal, viewport: viewport)
        case .pageDown: view.scroll(by: page, journal: journal, viewport: viewport)
        case .top: view.scroll = 0
        case .bottom: view.scroll(by: Int.max / 2, journal: journal, viewport: viewport)
        case .nextWeek, .previousWeek:
            let later = action == .nextWeek
            guard let week = journal.neighbour(of: view.week, direction: later ? 1 : -1) else {
                message = Message(later ? "This is the newest week." : "This is the oldest week.")
                return
            }
            view.show(week)
        case .goToWeek: view.goTo = GoToPrompt()
        case .yearAgo: view.show(view.week.yearEarlier)
        case .togglePrivate:
            if view.showsPrivate {
                view.showsPrivate = false
                message = Message("Private reflections hidden.")
            } else {
                askToShowReflections(in: view, journal)
            }
        case .back:
            return goBack()
        default: break
        }
        view.keepLayout(journal, viewport: viewport)
        screen = .week(view)
    }

    private mutating func performSearch(_ action: Action, _ search: inout SearchState, _ journal: Journal) {
        if search.filterPanel != nil {
            if let filter = Self.performFilterPanel(action, &search.filterPanel, search.filter, journal) {
                search.refresh(journal, filter: filter)
            }
            screen = .search(search)
            return
        }
        let page = SearchState.visibleHits(in: viewport), count = search.hits.count
        switch action {
        case .up: search.list.move(by: -1, count: count)
        case .down: search.list.move(by: 1, count: count)
        case .pageUp: search.list.move(by: -page, count: count)
        case .pageDown: search.list.move(by: page, count: count)
        case .left, .right, .top, .bottom: search.query.edit(action)
        case .deleteBackward, .deleteForward, .deleteWord, .deleteToLineStart:
            search.query.edit(action)
            search.refresh(journal)
        case .togglePrivate:
            if search.includesPrivate {
                search.includesPrivate = false
                search.refresh(journal)
            } else {
                askToSearchReflections(journal)
            }
        case .openFilters: search.filterPanel = FilterPanel()
        case .confirm:
            guard let hit = search.selectedHit else { return }
            screen = .search(search)
            return openWeek(hit.week, at: hit)
        case .back: return goBack()
        default: break
        }
        search.list.scrollToSelection(height: page)
        screen = .search(search)
    }

    /// Keys for an open go-to prompt; returns the week when Enter was given one.
    private static func performPrompt(_ action: Action, _ prompt: inout GoToPrompt?) -> Week? {
        switch action {
        case .back: prompt = nil
        case .left, .right, .top, .bottom, .deleteBackward, .deleteForward, .deleteWord, .deleteToLineStart:
            prompt?.field.edit(action)
        case .confirm:
            let text = prompt?.field.trimmed ?? ""
            guard let week = GoToPrompt.week(from: text) else {
                prompt?.problem = text.isEmpty ? "type a week first" : "not a week; try 2026-W47"
                return nil
            }
            prompt = nil
            return week
        default: break
        }
        return nil
    }

    /// Keys for an open filter panel; returns the new filter when a condition changed.
    private static func performFilterPanel(_ action: Action, _ panel: inout FilterPanel?, _ filter: WeekFilter,
                                           _ journal: Journal) -> WeekFilter? {
        guard var open = panel else { return nil }
        let rows = FilterPanel.rows(for: journal)
        var filter = filter
        switch action {
        case .up: open.focus = max(0, open.focus - 1)
        case .down: open.focus = min(rows.count - 1, open.focus + 1)
        case .left, .right: FilterPanel.cycle(rows[open.focus], of: &filter, by: action == .left ? -1 : 1, in: journal)
        case .clearFilters: filter = WeekFilter()
        case .back, .confirm:
            panel = nil
            return nil
        default: return nil
        }
        panel = open
        return filter
    }
}

extension WeekViewState {
    /// Shows another week from the top, without the search highlight.
    mutating func show(_ week: Week) {
        self.week = week
        scroll = 0
        highlight = nil
    }
}
