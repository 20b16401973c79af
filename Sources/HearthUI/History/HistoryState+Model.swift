import HearthDomain

/// The history list as a screen model: its keys, the go-to prompt and filter panel over it, and its drawing.
extension HistoryState: ScreenModel {
    var keymap: Keymap { filterPanel != nil ? .filters : goTo != nil ? .goToWeek : .history }
    /// Only the go-to prompt takes text; the list's letters are keys.
    var takesText: Bool { goTo != nil }

    mutating func update(_ action: Action, in context: ScreenContext) -> ScreenOutcome {
        guard let journal = context.journal else { return ScreenOutcome() }
        if filterPanel != nil {
            if let filter = FilterPanel.perform(action, on: &filterPanel, filter, journal) { refilter(journal, to: filter) }
            return ScreenOutcome()
        }
        if goTo != nil {
            guard let week = GoToPrompt.perform(action, on: &goTo) else { return ScreenOutcome() }
            return WeekViewState.opening(week, in: context)
        }
        let page = Self.listHeight(in: context.viewport), count = weeks.count
        switch action {
        case _ where list.move(for: action, page: page, count: count): break
        case .top: list.select(0, count: count)
        case .bottom: list.select(count - 1, count: count)
        case .confirm:
            guard let week = selectedWeek else { return ScreenOutcome() }
            return WeekViewState.opening(week, in: context)
        case .goToWeek: goTo = GoToPrompt()
        case .yearAgo: return WeekViewState.opening(Week(containing: context.today).yearEarlier, in: context)
        // Search from the list keeps the list's filter.
        case .openSearch: return ScreenOutcome(navigation: .push(.search(SearchState(filter: filter))))
        case .openFilters: filterPanel = FilterPanel()
        case .clearFilters: refilter(journal, to: WeekFilter())
        case .back: return ScreenOutcome(navigation: .back)
        case .quit: return ScreenOutcome(effects: [.quit(status: 0)])
        default: break
        }
        list.scrollToSelection(height: page)
        return ScreenOutcome()
    }

    mutating func type(_ text: String, in context: ScreenContext) -> Bool {
        guard goTo != nil else { return false }
        return GoToPrompt.type(text, into: &goTo)
    }

    func render(into buffer: inout ScreenBuffer, in rect: Rect, context: ScreenContext) -> Position? {
        guard let journal = context.journal else { return nil }
        return HistoryScreen(journal: journal, state: self).render(into: &buffer, in: rect)
    }

    /// Keeps the cursor on the same week when the new journal still lists it.
    mutating func journalDidChange(in context: ScreenContext) {
        guard let journal = context.journal else { return }
        refilter(journal, to: filter)
        list.scrollToSelection(height: Self.listHeight(in: context.viewport))
    }
}
