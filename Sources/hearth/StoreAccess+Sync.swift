import HearthStore
import HearthUI

/// The home screen's sync key: the same `JournalSync` as `hearth sync`, its lines made into one outcome.
extension StoreAccess {
    func sync() -> SyncOutcome {
        let sync = JournalSync(store: store, partner: nil)
        do {
            try Git.requireInstalled()
            do {
                try sync.requireRepository()
            } catch {
                return SyncOutcome(.notSetUp)
            }
            guard sync.git.run(["remote", "get-url", JournalSync.remote]).succeeded else { return SyncOutcome(.notSetUp) }
            let lines = try sync.run()
            if lines.contains(where: { $0.hasPrefix(JournalSync.offlineLead) }) { return SyncOutcome(.offline) }
            // The lines a terminal prints one under the other, on one status line; the lock files git left
            // are `hearth sync`'s business, not news here.
            let news = lines.filter { !$0.hasPrefix("Removed ") }
            return SyncOutcome(.synced, detail: news.joined(separator: " "))
        } catch let failure as CommandFailure {
            return SyncOutcome(.failed, detail: failure.hint.isEmpty ? failure.message : "\(failure.message); \(failure.hint)")
        } catch {
            return SyncOutcome(.failed, detail: String(describing: error))
        }
    }

    func conflicts() -> JournalConflicts {
        JournalConflicts(copies: store.conflictCopies().count, merges: store.mergeConflictProblems().count)
    }
}
