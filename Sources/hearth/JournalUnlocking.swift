import HearthDomain
import HearthUI

/// Opens a sealed journal with a passphrase, and unlocks further partners' keys once it is open.
protocol JournalUnlocking: Sendable {
    /// Who the sealed journal in the folder belongs to, as far as can be read without the passphrase; nil when
    /// nothing is locked (a plain journal, or keys already unlocked: the usual load opens it).
    func lockedJournal() -> LockedJournal?
    /// Opens the journal with `passphrase`, which it must not keep; throws an error whose description is one
    /// line for the user (a wrong passphrase says so, and that another try is fine).
    func unlock(with passphrase: Passphrase) throws -> (journal: Journal, problems: [String])
    /// `unlock`, with the access to read and write the opened journal through from then on, and who is unlocked.
    func open(with passphrase: Passphrase) throws -> UnlockedJournal
}

/// What a passphrase opened.
struct UnlockedJournal {
    var journal: Journal
    var problems: [String]
    /// Reads and writes with the keys unlocked so far (nil: the same access as before).
    var access: (any JournalAccess)?
    /// Every partner (id) unlocked now.
    var partners: [String] = []
    /// Unlocks the next partner on top of these keys (nil: the same unlocker as before).
    var next: (any JournalUnlocking)?
    /// The kept drafts and merge conflicts, read with these keys.
    var drafts: [CheckInDraft] = []
    var conflicts = JournalConflicts()
}

extension JournalUnlocking {
    func open(with passphrase: Passphrase) throws -> UnlockedJournal {
        let opened = try unlock(with: passphrase)
        return UnlockedJournal(journal: opened.journal, problems: opened.problems)
    }
}
