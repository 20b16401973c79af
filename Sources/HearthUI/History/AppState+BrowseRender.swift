extension AppState {
    /// Draws the history list, a week or search into the content area, placing the cursor for typing.
    func renderBrowsing(into buffer: inout ScreenBuffer, in rect: Rect) {
        guard let journal else { return }
        switch screen {
        case .history(let history): buffer.cursor = HistoryScreen(journal: journal, state: history).render(into: &buffer, in: rect)
        case .week(let view): buffer.cursor = WeekScreen(journal: journal, state: view).render(into: &buffer, in: rect)
        case .search(let search): buffer.cursor = SearchScreen(journal: journal, state: search).render(into: &buffer, in: rect)
        default: break
        }
    }
}
