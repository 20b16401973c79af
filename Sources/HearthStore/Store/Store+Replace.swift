#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension Store {
    /// Replaces one file atomically: temp file in the same folder (O_EXCL, 0600), fsync, rename, fsync folder.
    ///
    /// `expected` nil means the file must not exist; otherwise it must still be the version that was read.
    /// `bytes` sees the current contents, so callers can carry over what they do not model.
    @discardableResult
    func replace(_ relativePath: String, expected: Revision?,
                 bytes makeBytes: (FileContents?) -> [UInt8]) throws(StoreError) -> Revision {
        let lock = try acquireLock()
        defer { fileSystem.unlock(lock) }
        try makeParentFolders(of: relativePath)
        let target = absolute(relativePath)
        let current: FileContents?
        do {
            current = try fileSystem.readFile(at: target)
        } catch {
            throw .io(relativePath, error.message)
        }
        switch (expected, current) {
        case (nil, .some): throw .alreadyExists(relativePath)
        case (.some, nil): throw .changedOnDisk(relativePath)
        case (.some(let expected), .some(let current)) where Revision(current.bytes) != expected: throw .changedOnDisk(relativePath)
        default: break
        }
        let bytes = makeBytes(current)
        let folder = Self.parent(of: target)
        let temporary = folder + "/." + Self.name(of: target) + ".tmp-\(getpid())-\(Self.uniqueNumber())"
        do {
            try fileSystem.createFile(at: temporary, bytes: bytes, mode: Self.fileMode)
            try fileSystem.syncFile(at: temporary)
            try fileSystem.rename(temporary, to: target)
        } catch {
            // The old file was never touched; only the half-written temporary needs to go.
            try? fileSystem.removeFile(at: temporary)
            throw .io(relativePath, error.message + " (the previous version is untouched)")
        }
        do {
            try fileSystem.syncDirectory(at: folder)
        } catch {
            throw .io(relativePath, "saved, but the folder could not be flushed to disk (\(error.message))")
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
                throw .io(Self.lockPath, error.message)
            }
            guard waited < lockPatience else { throw .locked(path) }
            usleep(20_000)
            waited += 20
        }
    }

    /// Creates the folders between the root and a file (0700); the root itself must exist.
    func makeParentFolders(of relativePath: String) throws(StoreError) {
        var folder = root
        for component in relativePath.split(separator: "/").dropLast() {
            folder += "/" + component
            do {
                try fileSystem.makeDirectory(at: folder, mode: Self.directoryMode)
            } catch {
                throw .io(String(folder.dropFirst(root.count + 1)), error.message)
            }
        }
    }

    static func parent(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }

    static func name(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return path }
        return String(path[path.index(after: slash)...])
    }

    /// Distinguishes temporary files of saves in the same process and nanosecond.
    private static func uniqueNumber() -> UInt64 {
        var time = timespec()
        clock_gettime(CLOCK_MONOTONIC, &time)
        return UInt64(time.tv_sec) &* 1_000_000_000 &+ UInt64(time.tv_nsec) &+ UInt64(UInt32.random(in: 0...UInt32.max))
    }
}
