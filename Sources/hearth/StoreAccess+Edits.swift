import HearthDomain
import HearthStore

extension StoreAccess {
    /// Applies the edit to the files as they are now and returns the journal read back (see `JournalSession.apply`).
    func apply(_ edit: JournalEdit) throws -> (journal: Journal, problems: [String], message: String) {
        let applied: (loaded: LoadResult, message: String)
        do {
            applied = try session.apply(edit)
        } catch {
            // The status bar has one line: the hint follows the message on it.
            throw CommandFailure(error.description)
        }
        guard let journal = applied.loaded.journal else {
            throw CommandFailure("saved, but \(store.root) could not be read back: "
                + (applied.loaded.problems.first.map(String.init(describing:)) ?? "no profile"))
        }
        return (journal, applied.loaded.problems.map(String.init(describing:)), applied.message)
    }
}
