import HearthDomain

/// The week view as a screen model: scrolling, the weeks either side, the go-to prompt and private reflections.
extension WeekViewState: ScreenModel {
    var keymap: Keymap { goTo != nil ? .goToWeek : .week }
    /// Only the go-to prompt takes text; the view's letters are keys.
    var takesText: Bool { goTo != nil }

    /// Opens `week` over the screen on show (with `match` highlighted and scrolled into view).
    static func opening(_ week: Week, at match: SearchHit? = nil, in context: ScreenContext) -> ScreenOutcome {
        guard let journal = context.journal else { return ScreenOutcome() }
        var view = WeekViewState(week: week, highlight: match)
        view.scrollToHighlight(journal: journal, viewport: context.viewport)
        return ScreenOutcome(navigation: .push(.week(view)))
    }

    mutating func update(_ action: Action, in context: ScreenContext) -> ScreenOutcome {
        guard let journal = context.journal else { return ScreenOutcome() }
        if goTo != nil {
            if let week = GoToPrompt.perform(action, on: &goTo) { show(week) }
            return ScreenOutcome()
        }
        let viewport = context.viewport
        let page = max(1, Self.contentSize(in: viewport).height - 1)
        var outcome = ScreenOutcome()
        switch action {
        case .up: scroll(by: -1, journal: journal, viewport: viewport)
        case .down: scroll(by: 1, journal: journal, viewport: viewport)
        case .pageUp: scroll(by: -page, journal: journal, viewport: viewport)
        case .pageDown: scroll(by: page, journal: journal, viewport: viewport)
        case .top: scroll = 0
        case .bottom: scroll(by: Int.max / 2, journal: journal, viewport: viewport)
        case .nextWeek, .previousWeek:
            let later = action == .nextWeek
            guard let week = journal.neighbour(of: self.week, direction: later ? 1 : -1) else {
                return ScreenOutcome(message: AppState.Message(later ? "This is the newest week." : "This is the oldest week."))
            }
            show(week)
        case .goToWeek: goTo = GoToPrompt()
        case .yearAgo: show(week.yearEarlier)
        case .togglePrivate:
            if showsPrivate {
                showsPrivate = false
                outcome.message = AppState.Message("Private reflections hidden.")
            } else {
                outcome = AppState.showReflectionsQuestion(for: self, journal)
            }
        case .openSearch: return ScreenOutcome(navigation: .push(.search(SearchState())))
        case .back: return ScreenOutcome(navigation: .back)
        case .quit: return ScreenOutcome(effects: [.quit(status: 0)])
        default: break
        }
        keepLayout(journal, viewport: viewport)
        return outcome
    }

    mutating func type(_ text: String, in context: ScreenContext) -> Bool {
        guard goTo != nil else { return false }
        return GoToPrompt.type(text, into: &goTo)
    }

    func render(into buffer: inout ScreenBuffer, in rect: Rect, context: ScreenContext) -> Position? {
        guard let journal = context.journal else { return nil }
        return WeekScreen(journal: journal, state: self).render(into: &buffer, in: rect)
    }

    mutating func journalDidChange(in context: ScreenContext) {
        guard let journal = context.journal else { return }
        scroll(by: 0, journal: journal, viewport: context.viewport)
    }

    /// Shows another week from the top, without the search highlight.
    mutating func show(_ week: Week) {
        self.week = week
        scroll = 0
        highlight = nil
    }
}
