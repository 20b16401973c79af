import HearthDomain

/// The home screen as a model: a key to every other screen, and this week at a glance (HomeView draws it).
/// It keeps nothing of its own: the journal, the drafts `c` offers and the conflicts it lists are read from
/// the context on every key and frame (ScreenContext says why), so `.home` needs no payload.
struct HomeScreen: ScreenModel {
    var keymap: Keymap { .home }
    var takesText: Bool { false }

    /// `m` is bound only while there are fields to choose (home's line names it then).
    func keymap(in context: ScreenContext) -> Keymap { context.conflicts.fields.isEmpty ? .home : .homeWithConflicts }

    func update(_ action: Action, in context: ScreenContext) -> ScreenOutcome {
        if action == .quit { return ScreenOutcome(effects: [.quit(status: 0)]) }
        guard let journal = context.journal else { return ScreenOutcome() }
        switch action {
        case .startCheckIn:
            // The wizard starts over from nothing: leaving it comes home.
            return ScreenOutcome(navigation: .reset(.checkIn(.continuing(context.drafts, today: context.today))))
        case .openRituals: return ScreenOutcome(navigation: .push(.rituals(RitualsState())))
        case .openLoveLanguages: return ScreenOutcome(navigation: .push(.loveLanguages(LoveLanguagesState())))
        case .openHistory: return ScreenOutcome(navigation: .push(.history(HistoryState(journal: journal))))
        case .openSearch: return ScreenOutcome(navigation: .push(.search(SearchState())))
        case .openTrends:
            return ScreenOutcome(navigation: .push(.trends(TrendsView(journal: journal, today: context.today, tier: context.tier))))
        case .sync: return ScreenOutcome(effects: [.sync], working: "Syncing with your partner's laptop…")
        case .unlockPartner: return AppState.unlockAnother(in: context)
        case .openConflicts where !context.conflicts.fields.isEmpty:
            return ScreenOutcome(navigation: .push(.conflicts(ConflictChooser())))
        default: return ScreenOutcome()
        }
    }

    func render(into buffer: inout ScreenBuffer, in rect: Rect, context: ScreenContext) -> Position? {
        if let journal = context.journal {
            HomeView(journal: journal, today: context.today, conflicts: context.conflicts, seal: context.seal)
                .render(into: &buffer, in: rect)
        }
        return nil
    }
}
