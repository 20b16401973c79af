import HearthDomain
import HearthSeal
import HearthStore
import HearthUI

/// The UI's unlock of an encrypted journal: the locked screen's passphrase is tried against each partner's
/// key in turn (the screen does not ask whose it is), and the journal is then read and written with it.
struct StoreUnlocker: JournalUnlocking {
    /// The journal, not yet able to open its files.
    let store: Store
    /// The files of `keys/`, by name.
    let keyFiles: [String: [UInt8]]

    func lockedJournal() -> LockedJournal? {
        LockedJournal(partners: keyFiles.keys.compactMap(KeyFolder.partner(ofRecipientFile:)).sorted())
    }

    func unlock(with passphrase: Passphrase) throws -> (journal: Journal, problems: [String]) {
        let opened = try open(with: passphrase)
        return (opened.journal, opened.problems)
    }

    func open(with passphrase: Passphrase) throws -> (journal: Journal, problems: [String], access: (any JournalAccess)?) {
        var keyring = try Keyring(keyFolder: keyFiles)
        let partners = keyring.recipients.keys.sorted()
        CoreDumps.forbid()
        for partner in partners where (try? JournalUnlock.open(&keyring, partner: partner, passphrase: passphrase.text,
                                                                files: keyFiles, source: "the locked screen")) != nil {
            break
        }
        guard !keyring.unlockedPartners.isEmpty else {
            throw CommandFailure("Wrong passphrase: it opens no partner's key (\(partners.joined(separator: ", "))); try again")
        }
        let access = StoreAccess(store: store.with(keyring: keyring))
        let loaded = access.load()
        guard let journal = loaded.journal else {
            throw CommandFailure("Unlocked, but the profile cannot be read: " + (loaded.problems.first ?? "it is missing"))
        }
        return (journal, loaded.problems, access)
    }
}
