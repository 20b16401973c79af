/// The `keys/` folder: each partner's identity sealed under their passphrase (`keys/<id>.age`) and their public
/// recipient (`keys/<id>.pub`). These files are age's own formats, made and checked by HearthSeal; the store
/// only moves their bytes, through the one door, and never seals them again.
extension Store {
    /// The folder of the partners' keys, relative to the root.
    public static let keysFolder = "keys"

    /// Every key file in `keys/`, by its name there (`alex.pub`), as `Keyring(keyFolder:)` takes them; other
    /// files in the folder are passed over. An absent folder gives none; one that cannot be read is a problem.
    public func loadKeyFiles() -> (files: [String: [UInt8]], problems: [StoreProblem]) {
        if let problem = folderProblem(Self.keysFolder) { return ([:], [problem]) }
        let entries: [DirectoryEntry]
        do {
            entries = try fileSystem.listDirectory(at: absolute(Self.keysFolder)) ?? []
        } catch {
            return ([:], [StoreProblem(path: Self.keysFolder, message: "cannot list this folder: \(error.message)",
                                       hint: "check the folder's permissions")])
        }
        var found: [String: [UInt8]] = [:]
        var problems: [StoreProblem] = []
        for entry in entries.sorted(by: { $0.name < $1.name }) where JournalFileKind.isKeyFile(Substring(entry.name)) {
            let path = Self.keysFolder + "/" + entry.name
            if entry.isDirectory {
                problems.append(Self.folderInPlaceOfFile(path))
                continue
            }
            do {
                if let contents = try files.read(files.file(path, kind: .key)) { found[entry.name] = contents.bytes }
            } catch {
                problems.append(Self.problem(reading: error, path: path, kind: .key))
            }
        }
        return (found, problems)
    }

    /// The bytes of one key file (`keys/alex.age`), nil when there is none.
    public func readKeyFile(_ relativePath: String) throws(StoreError) -> [UInt8]? {
        guard JournalFileKind(path: relativePath) == .key else { throw .io(relativePath, "not a key file of the journal") }
        do {
            return try files.read(files.file(relativePath, kind: .key))?.bytes
        } catch {
            throw .io(relativePath, error.message)
        }
    }

    /// Writes key files (paths relative to the root, `keys/alex.age`), each atomically, all under one hold of
    /// the writer lock, in the order given: whatever is there is replaced. The journal folder is made when it is
    /// not there yet: a journal that starts encrypted (`init --encrypt`) has its keys before its first file.
    public func writeKeyFiles(_ keyFiles: [(path: String, bytes: [UInt8])]) throws(StoreError) {
        for file in keyFiles where JournalFileKind(path: file.path) != .key {
            throw .io(file.path, "not a key file of the journal (keys/<partner>.age or keys/<partner>.pub)")
        }
        try makeRoot()
        let lock = try acquireLock()
        defer { fileSystem.unlock(lock) }
        let journal = try resolvedRoot()
        keepUp(journal: journal, lock: lock)
        for file in keyFiles {
            _ = try replaceLocked(file.path, journal: journal, lock: lock, onDisk: .anyVersion, kind: .key) { _ in file.bytes }
        }
    }

    /// Removes one key file (`keys/zoe.next.age` once a rotation is done) under the writer lock; absent is fine.
    public func removeKeyFile(_ relativePath: String) throws(StoreError) {
        guard JournalFileKind(path: relativePath) == .key else { throw .io(relativePath, "not a key file of the journal") }
        let lock = try acquireLock()
        defer { fileSystem.unlock(lock) }
        guard let path = try resolvedInside(relativePath, journal: try resolvedRoot()) else { return }
        do {
            if try files.remove(JournalFile(kind: .key, path: path)) { try fileSystem.syncDirectory(at: Self.parent(of: path)) }
        } catch {
            throw .io(relativePath, error.message)
        }
    }
}
