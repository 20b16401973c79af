import HearthDomain

/// Unlocking an encrypted journal: the locked screen opens it at home; `u` on home unlocks another partner's
/// key over the open journal, and Esc from there comes back.
extension AppState {
    /// A passphrase opened a partner's key: home after the locked screen (or the kept drafts, offered as on a
    /// plain journal's start), else back where `u` was pressed, with the journal as the fuller keyring reads it
    /// (the new partner's private reflections are in it now).
    mutating func didUnlock(_ journal: Journal, problems: [String], partners: [String], drafts: [CheckInDraft],
                            conflicts: JournalConflicts) -> [Effect] {
        let before = seal?.unlocked ?? []
        seal = JournalSeal(unlocked: partners)
        self.conflicts = conflicts
        guard case .locked(let form) = screen, form.purpose == .another else {
            let effects = apply(.opened(journal, problems: problems, location: nil))
            offerDrafts(drafts)
            return effects
        }
        self.drafts = drafts
        goBack()
        replaceJournal(journal, problems: problems)
        let added = partners.filter { !before.contains($0) }.map { journal.profile.displayName(of: $0) }
        message = Message("Unlocked \(UnlockForm.joined(added)) too, until you quit.")
        return []
    }

    /// Home's `u`: the form for another partner's passphrase, or a line saying why there is none to ask.
    static func unlockAnother(in context: ScreenContext) -> ScreenOutcome {
        guard let seal = context.seal else {
            return ScreenOutcome(message: Message("This journal is not encrypted: there is no key to unlock (see `hearth encrypt --help`)."))
        }
        let locked = (context.journal?.profile.partners ?? []).filter { !seal.unlocked.contains($0.id) }
        guard !locked.isEmpty else { return ScreenOutcome(message: Message("Every partner's key is unlocked already.")) }
        let form = UnlockForm(LockedJournal(partners: locked.map(\.name)), purpose: .another)
        return ScreenOutcome(navigation: .push(.locked(form)))
    }
}
