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
        guard journal != nil else { return }
        screen = refreshed(screen)
        backStack = backStack.map(refreshed)
    }

    private func refreshed(_ screen: Screen) -> Screen {
        // Home draws from the journal on every frame, and the wizard's answers are the couple's own until saved:
        // both keep the default, which changes nothing.
        var model = Self.model(of: screen)
        model.journalDidChange(in: screenContext)
        return Self.screen(showing: model) ?? screen
    }
}
