#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What a write expects to find on disk before it replaces a file.
enum OnDisk: Sendable {
    /// No file: a new one is being made.
    case absent
    /// Exactly the version that was read.
    case version(Revision)
    /// Whatever is there (Hearth's own scratch files, such as drafts).
    case anyVersion
}

extension Store {
    /// Replaces one file atomically, through the one writer (`JournalFiles.write`).
    ///
    /// `expected` nil means the file must not exist; otherwise it must still be the version that was read,
    /// unless `onChange` can fold the version on disk into the save (it returns the bytes to write instead,
    /// or nil to refuse). `bytes` sees the current contents, so callers can carry over what they do not model.
    /// Nothing is written through a symbolic link that leaves the journal.
    @discardableResult
    func replace(_ relativePath: String, expected: Revision?, onChange: ((FileContents) -> [UInt8]?)? = nil,
                 bytes makeBytes: (FileContents?) -> [UInt8]) throws(StoreError) -> Revision {
        try replace(relativePath, onDisk: expected.map(OnDisk.version) ?? .absent, onChange: onChange, bytes: makeBytes)
    }

    /// `replace`, expecting `onDisk`.
    @discardableResult
    func replace(_ relativePath: String, onDisk: OnDisk, onChange: ((FileContents) -> [UInt8]?)? = nil,
                 bytes makeBytes: (FileContents?) -> [UInt8]) throws(StoreError) -> Revision {
        let lock = try acquireLock()
        defer { fileSystem.unlock(lock) }
        Self.reached(.afterLock)
        let journal = try resolvedRoot()
        keepUp(journal: journal, lock: lock)
        return try replaceLocked(relativePath, journal: journal, lock: lock, onDisk: onDisk, onChange: onChange, bytes: makeBytes)
    }

    /// `replace` for a caller that holds the writer lock `lock`; `journal` is the resolved root.
    /// `kind` names a file Hearth does not know by name (sync carries it); by default its name decides.
    func replaceLocked(_ relativePath: String, journal: String, lock: FileLock, onDisk: OnDisk, kind named: JournalFileKind? = nil,
                       onChange: ((FileContents) -> [UInt8]?)? = nil,
                       bytes makeBytes: (FileContents?) -> [UInt8]) throws(StoreError) -> Revision {
        guard let kind = named ?? JournalFileKind(path: relativePath), kind != .lock else {
            throw .io(relativePath, "not a file Hearth writes")
        }
        let folder = try makeParentFolders(of: relativePath, journal: journal)
        // A file that is a link inside the journal is written where it leads, so the link stays a link.
        let file = JournalFile(kind: kind, path: try resolvedInside(relativePath, journal: journal) ?? folder + "/" + Self.name(of: relativePath))
        files.removeStaleTemporaries(inFolder: file.folder.path)
        let current: FileContents?
        do {
            current = try files.read(file)
        } catch {
            throw .io(relativePath, error.message)
        }
        var merged: [UInt8]?
        switch (onDisk, current) {
        case (.absent, .some): throw .alreadyExists(relativePath)
        case (.version, nil): throw .changedOnDisk(relativePath)
        case (.version(let expected), .some(let current)) where Revision(current.bytes) != expected:
            guard let resolved = onChange?(current) else { throw .changedOnDisk(relativePath) }
            merged = resolved
        default: break
        }
        let bytes = merged ?? makeBytes(current)
        // Until the rename, a kill leaves the temporary behind: the mark tells the next save to look for it.
        try? fileSystem.markLock(lock, saving: true)
        defer { try? fileSystem.markLock(lock, saving: false) }
        do {
            try files.write(bytes, to: file, durability: .flushed)
        } catch {
            switch error {
            case .notWritten(let failure): throw .io(relativePath, failure.message + " (the previous version is untouched)")
            case .notFlushed(let failure): throw .io(relativePath, "saved, but the folder could not be flushed to disk (\(failure.message))")
            }
        }
        return Revision(bytes)
    }

    /// Takes the writer lock, waiting up to `lockPatience` for another writer to finish.
    func acquireLock() throws(StoreError) -> FileLock {
        let path = absolute(Self.lockPath)
        var waited = 0
        while true {
            do {
                if let lock = try fileSystem.lock(at: path) { return lock }
            } catch {
                if error.code == ENOENT { throw .notInitialized(root) }
                if error.code == ELOOP {
                    // A link to where no file is yet would have the lock made there: as bad as a link out.
                    let destination = (try? fileSystem.resolvedPath(of: path)) ?? nil
                    if let destination, let journal = try? resolvedRoot(), Self.isInside(destination, journal: journal) {
                        throw .io(Self.lockPath, "it is a symbolic link, and Hearth keeps its lock in a file of its own (remove the link)")
                    }
                    throw .leavesJournal(Self.lockPath, destination ?? "a file that does not exist yet")
                }
                throw .io(Self.lockPath, error.message)
            }
            guard waited < lockPatience else { throw .locked(path) }
            usleep(20_000)
            waited += 20
        }
    }

    /// Creates the folders between the root and a file (0700), refusing any that leads outside the journal and
    /// tightening any (the root too) that others could read; the root itself must exist. Returns the resolved
    /// folder the file goes in. `journal` is the resolved root, when the caller has it.
    @discardableResult
    func makeParentFolders(of relativePath: String, journal: String? = nil) throws(StoreError) -> String {
        let resolvedJournal: String
        if let journal { resolvedJournal = journal } else { resolvedJournal = try resolvedRoot() }
        let journal = resolvedJournal
        tightenFolder(root)
        var relative = ""
        var resolved = journal
        for component in relativePath.split(separator: "/").dropLast() {
            relative += (relative.isEmpty ? "" : "/") + component
            let folder = absolute(relative)
            // Checked before anything is created: a folder made beneath a link out would be made outside.
            if let existing = try resolvedInside(relative, journal: journal) {
                resolved = existing
                tightenFolder(folder)
                continue
            }
            do {
                try fileSystem.makeDirectory(at: folder, mode: Self.directoryMode)
            } catch where error.code == EEXIST {
                throw .io(relative, "something that is not a folder is in its place (a link to a folder that does not exist?)")
            } catch {
                throw .io(relative, error.message)
            }
            resolved += "/" + component
        }
        return resolved
    }

    /// Takes the group's and others' bits off a folder of the journal (writes set modes whatever was there).
    /// A folder whose mode cannot be changed (another owner's) does not stop the save: doctor reports it.
    private func tightenFolder(_ path: String) {
        guard let status = (try? fileSystem.status(at: path)) ?? nil, status.mode & 0o077 != 0 else { return }
        try? fileSystem.setMode(of: path, to: status.mode & 0o700)
    }

    static func parent(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }

    static func name(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return path }
        return String(path[path.index(after: slash)...])
    }
}
