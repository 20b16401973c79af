import HearthDomain

/// Settling one merge conflict by keeping one side's value: the file read through the one door, the choice
/// made by `JournalMerge.resolve`, and the result written by the usual atomic save under the writer lock.
extension Store {
    /// Keeps `side` of a conflict as `mergeConflicts(after:)` listed it, and removes its entry. Refuses
    /// (`.changedOnDisk`) when the file is no longer the version listed, and (`.unresolvable`) when the
    /// conflict is not in it or the file would not read afterwards; nothing is written then.
    @discardableResult
    public func resolve(_ listed: ListedMergeConflict, keeping side: JournalMergeSide) throws(StoreError) -> Revision {
        try resolve(listed.conflict, keeping: side, expected: listed.revision)
    }

    /// `resolve(_:keeping:)` for a conflict read from the version `expected` of its file (a session's load).
    @discardableResult
    public func resolve(_ conflict: JournalMergeConflict, keeping side: JournalMergeSide,
                        expected: Revision) throws(StoreError) -> Revision {
        let path = conflict.path
        guard let kind = JournalFileKind(path: path), JournalMerge.mergesByMeaning(relativePath: path) else {
            throw .unresolvable(path, "it is not a journal file Hearth merges")
        }
        let current: FileContents?
        do {
            current = try files.read(files.file(path, kind: kind))
        } catch {
            throw .io(path, error.message)
        }
        guard let current, Revision(current.bytes) == expected else { throw .changedOnDisk(path) }
        let resolved: [UInt8]
        do {
            resolved = try JournalMerge.resolve(conflict, keeping: side, in: current.bytes, relativePath: path)
        } catch {
            throw .unresolvable(path, error.message)
        }
        // A choice must leave a file the journal reads; one that would not is refused rather than written.
        do {
            _ = try JournalMerge.conflicts(in: resolved, relativePath: path)
        } catch {
            throw .unresolvable(path, "the file would not read afterwards (\(error.message))")
        }
        // The write checks again, under the lock, that the file is still the version the choice was made on.
        return try replace(path, expected: expected) { _ in resolved }
    }
}
