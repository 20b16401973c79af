import HearthDomain

/// A journal can change under an open screen (a sync, the other laptop's check-in, an unlock): every screen
/// on the navigation stack then works out again what it kept from the old one.
extension AppState {
    /// Puts a journal read afresh in place of the open one and refreshes every screen from it.
    public mutating func replaceJournal(_ journal: Journal, problems: [String]) {
        self.journal = journal
        self.problems = problems
        journalDidChange()
    }

    /// Refreshes what the open screens cached from the journal: history rows, search hits, trends numbers,
    /// and the cursors and scrolling that depend on how many rows there are.
    public mutating func journalDidChange() {
        guard let journal else { return }
        screen = refreshed(screen, journal)
        backStack = backStack.map { refreshed($0, journal) }
    }

    private func refreshed(_ screen: Screen, _ journal: Journal) -> Screen {
        if var model = Self.model(of: screen) {
            model.journalDidChange(in: screenContext)
            return Self.screen(showing: model) ?? screen
        }
        switch screen {
        case .history(var history):
            // Keeps the cursor on the same week when the new journal still lists it.
            history.refilter(journal, to: history.filter)
            history.list.scrollToSelection(height: HistoryState.listHeight(in: viewport))
            return .history(history)
        case .search(var search):
            search.journalDidChange(journal)
            search.list.scrollToSelection(height: SearchState.visibleHits(in: viewport))
            return .search(search)
        case .week(var view):
            view.scroll(by: 0, journal: journal, viewport: viewport)
            return .week(view)
        case .welcome, .locked, .rituals, .loveLanguages, .trends, .setup, .home, .checkIn:
            // Nothing cached: these draw from the journal on every frame, and the wizard's answers are the
            // couple's own until saved.
            return screen
        }
    }
}
