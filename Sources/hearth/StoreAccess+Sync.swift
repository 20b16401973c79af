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

    /// The copies beside the files and the fields kept both ways, as the session's last load found them: only
    /// the files holding a `conflicts:` entry are read again, and no year folder is listed again.
    func conflicts() -> JournalConflicts {
        // Every caller has just loaded: that load's listing of the year folders holds their copies already.
        conflicts(after: session.revisions.loaded ?? session.load())
    }

    /// The conflicts `loaded` (a load with moments) found.
    func conflicts(after loaded: LoadResult) -> JournalConflicts {
        let fields = store.mergeConflicts(after: loaded).conflicts.map { listed in
            FieldConflict(path: listed.path, line: listed.line, record: listed.conflict.record, field: listed.conflict.field,
                          here: listed.conflict.kept, other: listed.conflict.other)
        }
        return JournalConflicts(copies: store.conflictCopies(after: loaded).count, fields: fields)
    }

    func resolve(_ conflict: FieldConflict, keeping side: ConflictSide) throws -> String {
        let merge = JournalMergeConflict(path: conflict.path, record: conflict.record, field: conflict.field,
                                         kept: conflict.here, other: conflict.other)
        try session.resolve(merge, keeping: side == .here ? .kept : .other)
        let kept = side == .here ? "this machine's" : "the other machine's"
        return "Kept \(kept) value of \(conflict.record) \(conflict.field) in \(conflict.path)"
    }
}
