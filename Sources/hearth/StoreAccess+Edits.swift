import HearthDomain
import HearthStore

extension StoreAccess {
    /// Reads the files afresh (another device may have written since the UI loaded), applies the edit to
    /// them with the revisions just read, and reads the journal back so the screen shows what is on disk.
    func apply(_ edit: JournalEdit) throws -> (journal: Journal, problems: [String], message: String) {
        let loaded = store.load()
        let summary = loaded.journal.map(edit.summary(in:)) ?? ""
        do {
            _ = try JournalEditor(store: store).apply(edit, to: loaded)
        } catch let failure as CommandFailure {
            // The status bar has one line: the hint follows the message on it.
            throw CommandFailure(failure.hint.isEmpty ? failure.message : "\(failure.message); \(failure.hint)")
        }
        let result = load()
        guard let journal = result.journal else {
            throw CommandFailure("saved, but \(store.root) could not be read back: " + (result.problems.first ?? "no profile"))
        }
        return (journal, result.problems, summary)
    }
}
