import HearthDomain
import HearthSeal
import HearthStore
import HearthUI

/// The UI's unlock of an encrypted journal: the passphrase is tried against each partner's key still locked
/// (the screen does not ask whose it is), and the journal is then read and written with every key unlocked.
struct StoreUnlocker: JournalUnlocking {
    /// The journal, not yet able to open its files.
    let store: Store
    /// The files of `keys/`, by name.
    let keyFiles: [String: [UInt8]]
    /// Keys unlocked before (an earlier passphrase, `--identity`): a passphrase now adds another partner's.
    var keyring: Keyring?

    func lockedJournal() -> LockedJournal? {
        guard keyring?.unlockedPartners.isEmpty ?? true else { return nil }
        return LockedJournal(partners: partnerIDs.map(name(of:)))
    }

    /// The partners with a public key, by id.
    private var partnerIDs: [String] { keyFiles.keys.compactMap(KeyFolder.partner(ofRecipientFile:)).sorted() }

    /// The name `keys/<id>.pub` gives (the profile with the names is sealed), else the id.
    func name(of partner: String) -> String {
        keyFiles["\(partner).pub"].flatMap { KeyFolder.partnerName(inRecipientFile: $0, partner: partner) } ?? partner
    }

    func unlock(with passphrase: Passphrase) throws -> (journal: Journal, problems: [String]) {
        let opened = try open(with: passphrase)
        return (opened.journal, opened.problems)
    }

    func open(with passphrase: Passphrase) throws -> UnlockedJournal {
        var keyring = try self.keyring ?? Keyring(keyFolder: keyFiles)
        let before = keyring.unlockedPartners
        let locked = keyring.recipients.keys.sorted().filter { !before.contains($0) }
        CoreDumps.forbid()
        for partner in locked where (try? JournalUnlock.open(&keyring, partner: partner, passphrase: passphrase.text,
                                                              files: keyFiles, source: "the locked screen")) != nil {
            break
        }
        guard keyring.unlockedPartners.count > before.count else {
            let names = locked.map(name(of:)).joined(separator: ", ")
            throw CommandFailure(before.isEmpty ? "Wrong passphrase: it opens no partner's key (\(names)); try again"
                                                : "Wrong passphrase: it opens no key still locked (\(names)); try again")
        }
        let access = StoreAccess(store: store.with(keyring: keyring))
        let loaded = access.load()
        guard let journal = loaded.journal else {
            throw CommandFailure("Unlocked, but the profile cannot be read: " + (loaded.problems.first ?? "it is missing"))
        }
        return UnlockedJournal(journal: journal, problems: loaded.problems, access: access, partners: keyring.unlockedPartners,
                               next: StoreUnlocker(store: store, keyFiles: keyFiles, keyring: keyring),
                               drafts: access.loadDrafts(), conflicts: access.conflicts())
    }
}
