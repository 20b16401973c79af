import HearthDomain

extension AppState {
    /// Opens the check-in wizard for `week` (default: this week). With a partner id it starts answering at
    /// once; drafts of that week are offered for resuming first.
    public mutating func startCheckIn(week: Week? = nil, partner: String? = nil, drafts: [CheckInDraft] = []) {
        guard let journal else { return }
        let week = week ?? Week(containing: today)
        var wizard = CheckInWizard(week: week)
        let pending = drafts.filter { $0.checkIn.week == week && (partner == nil || $0.session.contains(partner ?? "")) }
        if !pending.isEmpty {
            wizard.drafts = pending
            wizard.phase = .resume(ListState())
        } else if let partner, journal.profile.partner(id: partner) != nil {
            wizard.begin(session: [partner], journal: journal)
        }
        showingHelp = false
        screen = .checkIn(wizard)
    }

    /// At start: offers to resume or discard the newest unfinished check-in, when there is one.
    public mutating func offerDrafts(_ drafts: [CheckInDraft]) {
        let offered = CheckInWizard.draftsToOffer(drafts)
        guard let week = offered.first?.checkIn.week, journal != nil else { return }
        startCheckIn(week: week, drafts: offered)
    }

    /// The wizard's keymap for what has the focus.
    func checkInKeymap(_ wizard: CheckInWizard) -> Keymap {
        guard let journal else { return .checkInFinished }
        switch wizard.phase {
        case .who: return .checkInWho
        case .resume: return .checkInResume
        case .handover: return .checkInHandover
        case .done, .reveal: return .checkInFinished
        case .answering:
            switch wizard.focused(journal) {
            case .text?: return .checkInText
            case .ratings?: return .checkInRatings
            case .language?: return .checkInLanguage
            case .summary?, nil: return .checkInReview
            case .intentionReview?, .warningSigns?, .rituals?: return .checkInList
            }
        }
    }

    /// Handles a key on the wizard (help and the overlay come first); nil on any other screen.
    mutating func checkInKey(_ key: Key) -> [Effect]? {
        guard case .checkIn(var wizard) = screen, let journal else { return nil }
        // Let go of the screen's copy so the wizard's answers are not copied on every keystroke.
        screen = .home
        let outcome: CheckInOutcome
        if var action = checkInKeymap(wizard).action(for: key) {
            if case .help = action {
                screen = .checkIn(wizard)
                return nil
            }
            if case .redraw = action {
                screen = .checkIn(wizard)
                return [.redraw]
            }
            // One binding covers the five digits; the key says which.
            if case .rate = action, case .character(let digit) = key, let score = digit.wholeNumberValue { action = .rate(score) }
            outcome = wizard.perform(action, journal: journal, today: today)
        } else if case .character(let character) = key, let typed = wizard.type(character, journal: journal) {
            outcome = typed
        } else {
            screen = .checkIn(wizard)
            message = Message("\(key.label) does nothing here; press F1 for this screen's keys")
            return []
        }
        if outcome.leave { screen = .home } else { screen = .checkIn(wizard) }
        if let text = outcome.message { message = Message(text) }
        return outcome.effects
    }

    /// Effects to run before the app exits on a signal: the answer being typed goes into the draft.
    mutating func checkInExitEffects() -> [Effect] {
        guard case .checkIn(var wizard) = screen else { return [] }
        let effects = wizard.draftEffect()
        screen = .checkIn(wizard)
        return effects
    }

    /// Applies a saved check-in or text back from the editor to the open wizard.
    mutating func applyCheckIn(_ result: EffectResult) {
        guard case .checkIn(var wizard) = screen, let current = journal else { return }
        switch result {
        case .checkInSaved(let checkIn, let path):
            journal = current.inserting(checkIn)
            wizard.didSave(checkIn, path: path)
            message = Message("Saved \(path)")
        case .editorReturned(let text):
            wizard.replaceFocusedText(with: text, journal: current)
        default:
            return
        }
        screen = .checkIn(wizard)
    }
}
