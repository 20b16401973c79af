import HearthDomain
import HearthSeal
import HearthStore
import HearthUI

extension StoreAccess {
    /// The setup screen's encrypted journal: keys made and written exactly as `hearth init --encrypt` makes them
    /// (InitCommand.keyedStore), each under the passphrase typed for that partner, then the journal's files
    /// sealed with them. Returns it opened with every partner's key, as both have just typed their passphrase.
    func createSealed(_ journal: Journal, passphrases: [Passphrase]) throws -> UnlockedJournal {
        let partners = journal.profile.partners
        let plain = store.with(keyring: nil)
        let keyed = try InitCommand.keyedStore(plain, partners: partners) { partner in
            guard let index = partners.firstIndex(where: { $0.id == partner.id }), index < passphrases.count else {
                throw CommandFailure("no passphrase was typed for \(partner.name)")
            }
            return passphrases[index].text
        }
        guard var keyring = keyed.store.keyring else { throw CommandFailure("the keys of \(store.root) were not made") }
        for key in keyed.keys { keyring.add(key.identity) }
        let files = plain.loadKeyFiles().files
        // A key an interrupted setup left was reused, its passphrase checked: open it the slow way.
        for (index, partner) in partners.enumerated() where !keyring.unlockedPartners.contains(partner.id) {
            try JournalUnlock.open(&keyring, partner: partner.id, passphrase: passphrases[index].text, files: files, source: "setup")
        }
        let sealed = plain.with(keyring: keyring)
        do {
            try sealed.initialize(profile: journal.profile, agenda: journal.agenda, rituals: journal.rituals)
        } catch {
            throw CommandFailure("\(error)")
        }
        let access = StoreAccess(store: sealed)
        let loaded = access.load()
        guard let opened = loaded.journal else {
            throw CommandFailure("the new journal cannot be read back: " + (loaded.problems.first ?? "its profile is missing"))
        }
        return UnlockedJournal(journal: opened, problems: loaded.problems, access: access, partners: keyring.unlockedPartners,
                               next: StoreUnlocker(store: plain, keyFiles: files, keyring: keyring))
    }
}
