import HearthDomain

/// The merge conflicts of a session's journal, and settling one against what the session read.
extension JournalSession {
    /// The unresolved merge conflicts as of this session's last load (which it makes first when there was none).
    public func mergeConflicts() -> MergeConflictListing {
        store.mergeConflicts(after: revisions.loaded ?? load())
    }

    /// Keeps `side` of `conflict`, provided its file is still as this session last read or wrote it. The
    /// caller loads again to show the result (and list what is left).
    public func resolve(_ conflict: JournalMergeConflict, keeping side: JournalMergeSide) throws(StoreError) {
        guard let expected = revisions.revision(of: conflict.path) else { throw .changedOnDisk(conflict.path) }
        let revision = try store.resolve(conflict, keeping: side, expected: expected)
        revisions.recordWrite(conflict.path, revision)
    }
}
