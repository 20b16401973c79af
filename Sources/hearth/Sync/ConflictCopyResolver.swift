import HearthStore

/// Merges one conflict copy into its original under the writer lock, removing the copy only after the
/// merged file is saved.
struct ConflictCopyResolver {
    let store: Store

    /// What was done, in one line; throws, leaving both files as they were, when the merge cannot be made.
    func resolve(_ copy: ConflictCopy) throws -> String {
        let base = commonVersion(of: copy.original)
        return try JournalSync(store: store, partner: nil).holdingLock { journal in
            guard let theirs = try journal.read(copy.path) else { return "\(copy.path): already gone" }
            guard let ours = try journal.read(copy.original) else {
                try journal.write(copy.original, theirs)
                try journal.remove(copy.path)
                return "\(copy.path): \(copy.original) was missing, so the copy took its place"
            }
            switch FileMerge.merge(relativePath: copy.original, base: base, ours: ours, theirs: theirs) {
            case .refused(let reason):
                throw CommandFailure(reason, hint: "merge it by hand into \(copy.original), then delete the copy")
            case .merged(let bytes, let conflicts):
                if bytes != ours { try journal.write(copy.original, bytes) }
                try journal.remove(copy.path)
                return "\(copy.path): merged into \(copy.original) and removed"
                    + (conflicts > 0 ? " (\(conflicts) field\(conflicts == 1 ? "" : "s") differed: both values kept; see `hearth doctor`)" : "")
            }
        }
    }

    /// The last committed version when the journal is a git repository (what both laptops last shared);
    /// nil otherwise, and the merge then keeps whatever either version holds.
    private func commonVersion(of path: String) -> [UInt8]? {
        let git = Git(folder: store.root)
        guard Git.installedVersion() != nil, git.run(["rev-parse", "--show-toplevel"]).succeeded else { return nil }
        return git.file(path, at: "HEAD")
    }
}
