/// The journal while this process holds its writer lock: what sync and `hearth resolve` read and write,
/// so that no save of another Hearth (a check-in being answered in the UI) runs in between.
public struct JournalUnderLock: Sendable {
    let store: Store
    let journal: String
    let lock: FileLock

    /// The bytes of a file of the journal (through links only inside it), or nil when there is none.
    public func read(_ relativePath: String) throws(StoreError) -> [UInt8]? {
        guard let target = try store.resolvedInside(relativePath, journal: journal) else { return nil }
        return try contents(at: target, relativePath)
    }

    private func contents(at path: String, _ relativePath: String) throws(StoreError) -> [UInt8]? {
        do {
            return try store.files.read(JournalFile(kind: .carrying(relativePath), path: path))?.bytes
        } catch {
            throw .io(relativePath, error.message)
        }
    }

    /// Writes `bytes` to a file atomically (temporary, fsync, rename), whatever version is there now: the
    /// caller read it under this same lock.
    public func write(_ relativePath: String, _ bytes: [UInt8]) throws(StoreError) {
        _ = try store.replaceLocked(relativePath, journal: journal, lock: lock, onDisk: .anyVersion,
                                    kind: .carrying(relativePath)) { _ in bytes }
    }

    /// Removes a file of the journal; nothing happens when it is already gone.
    public func remove(_ relativePath: String) throws(StoreError) {
        guard try store.exists(relativePath) else { return }
        do {
            try store.files.remove(JournalFile(kind: .carrying(relativePath), path: store.absolute(relativePath)))
            try store.fileSystem.syncDirectory(at: Store.parent(of: store.absolute(relativePath)))
        } catch {
            throw .io(relativePath, error.message)
        }
    }
}

extension Store {
    /// Runs `body` holding the writer lock, waiting up to `lockPatience` for another writer; throws
    /// `.locked` when another process keeps it (a save, or a sync, in progress there).
    public func withWriterLock<Result>(_ body: (JournalUnderLock) throws -> Result) throws -> Result {
        let lock = try acquireLock()
        defer { fileSystem.unlock(lock) }
        let journal = try resolvedRoot()
        // As before a save: what an interrupted save (or sync) left is cleared first.
        keepUp(journal: journal, lock: lock)
        return try body(JournalUnderLock(store: self, journal: journal, lock: lock))
    }
}
