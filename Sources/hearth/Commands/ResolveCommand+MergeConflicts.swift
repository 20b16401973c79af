import ArgumentParser
import HearthStore

extension JournalMergeSide: ExpressibleByArgument {}

/// `hearth resolve --list-conflicts` and `--keep kept|other FILE:LINE`: the home screen's chooser, for scripts
/// and for a terminal without the UI.
extension ResolveCommand {
    /// Prints each field kept both ways, one line each; exits 0 whether or not there are any.
    static func listConflicts(in store: Store) throws {
        let session = JournalSession(store: store)
        guard session.load().journal != nil else { throw CommandFailure("no journal in \(store.root)", hint: "create one with `hearth init`, or pass --dir") }
        let listing = session.mergeConflicts()
        var out = listing.problems.map { "\($0)\n" }.joined()
        guard !listing.conflicts.isEmpty else {
            StandardOutput.write(out + "No merge conflicts in \(store.root): every field holds one value.\n")
            return
        }
        for listed in listing.conflicts {
            let conflict = listed.conflict
            out += conflict.field == JournalMergeConflict.wholeRecord
                ? "\(listed.path):\(listed.line): \(conflict.record) was edited on one machine and removed on the other: kept keeps it, other removes it\n"
                : "\(listed.path):\(listed.line): \(conflict.record) \(conflict.field): kept \(JournalMergeConflict.quoted(conflict.kept)), other \(JournalMergeConflict.quoted(conflict.other))\n"
        }
        let count = listing.conflicts.count
        out += "\(count) field\(count == 1 ? "" : "s") kept both ways: keep one value with `hearth resolve --keep kept|other FILE:LINE`.\n"
        StandardOutput.write(out)
    }

    /// Settles the conflict listed at `place` (`rituals.md:9`) by keeping `side`.
    static func keep(_ side: JournalMergeSide, of place: String, in store: Store) throws {
        let session = JournalSession(store: store)
        guard session.load().journal != nil else { throw CommandFailure("no journal in \(store.root)", hint: "create one with `hearth init`, or pass --dir") }
        let conflicts = session.mergeConflicts().conflicts
        guard let listed = conflicts.first(where: { "\($0.path):\($0.line)" == place }) else {
            throw CommandFailure("no merge conflict at \(place) in \(store.root); nothing was changed",
                                 hint: conflicts.isEmpty ? "there are none to settle" : "`hearth resolve --list-conflicts` names each one as FILE:LINE")
        }
        do {
            try store.resolve(listed, keeping: side)
        } catch {
            throw CommandFailure("\(error)")
        }
        let value = side == .kept ? listed.conflict.kept : listed.conflict.other
        let whose = side == .kept ? "this machine's" : "the other machine's"
        StandardOutput.write("Kept \(whose) value of \(listed.conflict.record) \(listed.conflict.field) in \(listed.path): \(JournalMergeConflict.quoted(value)).\n")
    }
}
