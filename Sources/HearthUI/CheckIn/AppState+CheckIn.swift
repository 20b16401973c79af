import HearthDomain

extension AppState {
    /// Opens the check-in wizard for `week` (default: this week). With a partner id it starts answering at
    /// once; drafts of that week are offered for resuming first. `drafts` replaces the drafts the app knows of.
    public mutating func startCheckIn(week: Week? = nil, partner: String? = nil, drafts: [CheckInDraft]) {
        self.drafts = drafts
        guard let journal else { return }
        let week = week ?? Week(containing: today)
        let pending = drafts.filter { $0.checkIn.week == week && (partner == nil || $0.session.contains(partner ?? "")) }
        var wizard = CheckInWizard(week: week)
        wizard.keptDrafts = drafts
        if !pending.isEmpty {
            wizard.offer(CheckInWizard.draftsToOffer(pending))
        } else if let partner, journal.profile.partner(id: partner) != nil {
            wizard.begin(session: [partner], journal: journal)
        }
        showingHelp = false
        reset(to: .checkIn(wizard))
    }

    /// `c` on the home screen: goes on with a kept draft when there is one (the one "Not now" left for
    /// later), else starts this week's check-in.
    mutating func startCheckIn() {
        let offered = CheckInWizard.draftsToOffer(drafts)
        guard journal != nil else { return }
        var wizard = CheckInWizard(week: offered.first?.checkIn.week ?? Week(containing: today))
        wizard.keptDrafts = drafts
        if !offered.isEmpty { wizard.offer(offered) }
        showingHelp = false
        reset(to: .checkIn(wizard))
    }

    /// At start: offers to resume or discard the newest unfinished check-in, when there is one.
    public mutating func offerDrafts(_ drafts: [CheckInDraft]) {
        self.drafts = drafts
        guard !drafts.isEmpty else { return }
        startCheckIn()
    }

    /// Keeps the app's list of drafts in step with the draft effects about to run, so that `c` offers
    /// exactly what is on disk.
    mutating func noteDrafts(_ effects: [Effect]) {
        for effect in effects {
            switch effect {
            case .saveDraft(let draft):
                forgetDraft(week: draft.checkIn.week, partner: draft.checkIn.partner)
                drafts.append(draft)
            case .discardDrafts(let gone):
                for draft in gone { forgetDraft(week: draft.checkIn.week, partner: draft.checkIn.partner) }
            default:
                break
            }
        }
    }

    /// Drops the draft of one partner's week: it was discarded, or the check-in it led to is saved.
    private mutating func forgetDraft(week: Week, partner: String) {
        drafts.removeAll { $0.checkIn.week == week && $0.checkIn.partner == partner }
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
            if wizard.focused(journal) == .summary, let offset = reviewOffset(after: action, wizard: wizard, journal: journal) {
                wizard.offset = offset
                screen = .checkIn(wizard)
                return []
            }
            // Text fields span the content area: the window less a column each side.
            outcome = wizard.perform(action, journal: journal, today: today, fieldWidth: max(1, viewport.width - 2))
        } else if case .character(let character) = key, let typed = wizard.type(character, journal: journal) {
            outcome = typed
        } else {
            screen = .checkIn(wizard)
            message = unusedKeyMessage(key, helpKey: "F1")
            return []
        }
        if outcome.leave { screen = .home } else { screen = .checkIn(wizard) }
        if let text = outcome.message { message = Message(text) }
        noteDrafts(outcome.effects)
        return outcome.effects
    }

    /// Where the review page scrolls to for a scrolling key, kept inside the page as it is drawn now;
    /// nil for any other key, and for PgUp at the top.
    private func reviewOffset(after action: Action, wizard: CheckInWizard, journal: Journal) -> Int? {
        let content = Rect(x: 1, y: 0, width: max(1, viewport.width - 2), height: max(0, viewport.height - 1))
        let (lines, visible) = CheckInScreen(wizard: wizard, journal: journal, today: today).reviewRows(in: content)
        let last = max(0, lines - visible), page = max(1, visible - 1)
        let current = min(max(0, wizard.offset), last)
        switch action {
        case .up: return max(0, current - 1)
        case .down: return min(last, current + 1)
        // At the top PgUp is what it is on every page, the previous step.
        case .pageUp: return current == 0 ? nil : max(0, current - page)
        case .pageDown: return min(last, current + page)
        case .top: return 0
        case .bottom: return last
        default: return nil
        }
    }

    /// Effects to run before the app exits on a signal: the answer being typed goes into the draft.
    mutating func checkInExitEffects() -> [Effect] {
        guard case .checkIn(var wizard) = screen else { return [] }
        let effects = wizard.draftEffect()
        screen = .checkIn(wizard)
        noteDrafts(effects)
        return effects
    }

    /// Applies a saved check-in or text back from the editor to the open wizard; returns the draft of the
    /// edited answer.
    mutating func applyCheckIn(_ result: EffectResult) -> [Effect] {
        guard case .checkIn(var wizard) = screen, let current = journal else { return [] }
        var effects: [Effect] = []
        switch result {
        case .checkInSaved(let checkIn, let path):
            journal = current.inserting(checkIn)
            forgetDraft(week: checkIn.week, partner: checkIn.partner)
            wizard.didSave(checkIn, path: path)
            message = Message("Saved \(path)")
        case .editorReturned(let text):
            wizard.replaceFocusedText(with: text, journal: current)
            effects = wizard.draftEffect()
        default:
            return []
        }
        screen = .checkIn(wizard)
        noteDrafts(effects)
        return effects
    }
}
