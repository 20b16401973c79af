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

    /// At start: offers to resume or discard the newest unfinished check-in, when there is one.
    public mutating func offerDrafts(_ drafts: [CheckInDraft]) {
        self.drafts = drafts
        guard !drafts.isEmpty, journal != nil else { return }
        showingHelp = false
        reset(to: .checkIn(.continuing(drafts, today: today)))
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

    /// Effects to run before the app exits on a signal: the answer being typed goes into the draft.
    mutating func checkInExitEffects() -> [Effect] {
        guard case .checkIn(var wizard) = screen else { return [] }
        let effects = wizard.draftEffect()
        screen = .checkIn(wizard)
        noteDrafts(effects)
        return effects
    }

    /// A check-in saved or text back from the editor: what it changes in the app comes first (the journal
    /// gains the check-in, its draft is gone), then the screen that asked for it (the wizard) takes it.
    mutating func applyToScreen(_ result: EffectResult) -> [Effect] {
        if case .checkInSaved(let checkIn, _) = result, let current = journal {
            journal = current.inserting(checkIn)
            forgetDraft(week: checkIn.week, partner: checkIn.partner)
        }
        return updateModel { $0.effectDidReturn(result, in: $1) } ?? []
    }
}
