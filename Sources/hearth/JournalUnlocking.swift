import HearthDomain
import HearthUI

/// Opens a sealed journal with a passphrase. The store side implements it with encryption (issue 12);
/// until then the UI runs without one and no journal is sealed.
protocol JournalUnlocking: Sendable {
    /// Who the sealed journal in the folder belongs to, as far as can be read without the passphrase; nil when
    /// the journal is not sealed (the usual load opens it).
    func lockedJournal() -> LockedJournal?
    /// Opens the journal with `passphrase`, which it must not keep; throws an error whose description is one
    /// line for the user (a wrong passphrase says so, and that another try is fine).
    func unlock(with passphrase: Passphrase) throws -> (journal: Journal, problems: [String])
    /// `unlock`, and the access to read and write the opened journal through from then on (nil: the same as before).
    func open(with passphrase: Passphrase) throws -> (journal: Journal, problems: [String], access: (any JournalAccess)?)
}

extension JournalUnlocking {
    func open(with passphrase: Passphrase) throws -> (journal: Journal, problems: [String], access: (any JournalAccess)?) {
        let opened = try unlock(with: passphrase)
        return (opened.journal, opened.problems, nil)
    }
}
