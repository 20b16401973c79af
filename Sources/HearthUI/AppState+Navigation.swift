/// The navigation stack: the screen on show is `screen`, and the screens it was opened from wait under it
/// in `backStack`, so Esc returns to each as it was left (cursor, filter, chart choices).
extension AppState {
    /// Opens `next` over the screen on show; going back returns to this one.
    mutating func push(_ next: Screen) {
        backStack.append(screen)
        screen = next
    }

    /// Shows `next` in place of the screen on show; going back skips the replaced one.
    mutating func replaceTop(with next: Screen) {
        screen = next
    }

    /// Starts over from `root` (home, the welcome screen, the check-in): nothing is left to go back to.
    mutating func reset(to root: Screen) {
        backStack.removeAll()
        screen = root
    }

    /// Closes the screen on show and returns to the one under it (home when there is none). The history
    /// list puts its cursor on the week last shown by a week view opened from it.
    mutating func goBack() {
        let leaving = screen
        screen = backStack.popLast() ?? .home
        if case .week(let view) = leaving, case .history(var history) = screen {
            history.select(view.week)
            history.list.scrollToSelection(height: HistoryState.listHeight(in: viewport))
            screen = .history(history)
        }
    }

    /// The screen going back would return to; nil when going back leads home by default.
    public var screenBelow: Screen? { backStack.last }
}
