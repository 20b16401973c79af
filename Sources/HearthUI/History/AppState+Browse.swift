import HearthDomain

/// The week view: opening it from elsewhere (home opens history and search itself). Their keys are their own (the ScreenModel
/// conformances beside this file).
extension AppState {
    /// Shows one week with every partner side by side, from any screen (history, search, a chart point):
    /// Esc returns to the screen that was showing. With `match`, that search hit is highlighted and
    /// scrolled into view (a private reflection's match reveals private reflections).
    public mutating func openWeek(_ week: Week, at match: SearchHit? = nil) {
        guard journal != nil else { return }
        let opening = WeekViewState.opening(week, at: match, in: screenContext)
        guard case .push(let next)? = opening.navigation else { return }
        // Another week opened from a week view returns where that one would have.
        if case .week = screen { replaceTop(with: next) } else { push(next) }
    }
}
