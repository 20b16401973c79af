import HearthDomain

/// Search as a screen model: printable keys type into the query, named keys move through the matches.
extension SearchState: ScreenModel {
    var keymap: Keymap { filterPanel != nil ? .searchFilters : .search }
    /// True with the filter panel open too, so a letter typed there says it was not typed.
    var takesText: Bool { true }

    mutating func update(_ action: Action, in context: ScreenContext) -> ScreenOutcome {
        guard let journal = context.journal else { return ScreenOutcome() }
        if filterPanel != nil {
            if let filter = FilterPanel.perform(action, on: &filterPanel, filter, journal) { refresh(journal, filter: filter) }
            return ScreenOutcome()
        }
        let page = Self.visibleHits(in: context.viewport), count = hits.count
        switch action {
        case _ where list.move(for: action, page: page, count: count): break
        case .left, .right, .top, .bottom: query.edit(action)
        case .deleteBackward, .deleteForward, .deleteWord, .deleteToLineStart:
            query.edit(action)
            refresh(journal)
        case .togglePrivate:
            if includesPrivate {
                includesPrivate = false
                refresh(journal)
            } else if let question = AppState.searchReflectionsQuestion(journal) {
                return ScreenOutcome(question: question)
            } else {
                // Nobody has written a reflection: nothing private to warn about.
                includesPrivate = true
                refresh(journal)
            }
        case .openFilters: filterPanel = FilterPanel()
        case .confirm:
            guard let hit = selectedHit else { return ScreenOutcome() }
            return WeekViewState.opening(hit.week, at: hit, in: context)
        case .back: return ScreenOutcome(navigation: .back)
        default: break
        }
        list.scrollToSelection(height: page)
        return ScreenOutcome()
    }

    mutating func type(_ text: String, in context: ScreenContext) -> Bool {
        guard filterPanel == nil, let journal = context.journal else { return false }
        for character in AppState.pasteText(text, multiline: false) { query.insert(character) }
        refresh(journal)
        return true
    }

    func render(into buffer: inout ScreenBuffer, in rect: Rect, context: ScreenContext) -> Position? {
        guard let journal = context.journal else { return nil }
        return SearchScreen(journal: journal, state: self).render(into: &buffer, in: rect)
    }

    mutating func journalDidChange(in context: ScreenContext) {
        guard let journal = context.journal else { return }
        journalDidChange(journal)
        list.scrollToSelection(height: Self.visibleHits(in: context.viewport))
    }
}
