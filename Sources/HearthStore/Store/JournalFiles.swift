#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import HearthSeal

/// The one door for journal bytes: every read, write and removal of a file in the journal folder goes through
/// here, and nothing else in HearthStore asks the `FileSystem` for a file's bytes (JournalDoorTests checks).
///
/// Where later layers hook in, each in exactly one place:
/// - **Sealing** (age): `withBytes(of:_:)` is the only reader and `write(_:to:durability:)` the only writer, so
///   opening a sealed file and sealing a new one go at the marked lines there; `storedName(of:)` is where a
///   sealed file's name gains `.age`. Only files whose `kind.isJournalData` are sealed.
/// - **The device-local index** (`Store+Index`) needs no hook here: it checks every file's stat data and content
///   on each load, so a change by this process, another one or a sync tool is seen alike; it reads and writes
///   its own file (`.hearth/index`, kind `.index`) through this door too.
/// - **Merging**: `Store.replaceLocked` reads the file on disk through this door and hands it to its
///   `onChange` when it is not the version that was loaded: the one place a three-way merge runs.
struct JournalFiles: Sendable {
    let fileSystem: any FileSystem
    /// The journal folder as the store was given it: links are followed only inside it.
    let root: String
    /// The keys of a sealed journal; nil for a plain one (its files are read and written exactly as before).
    let keyring: Keyring?
    /// Whether journal data is written sealed (`NAME.age`); false with a keyring only while a journal is
    /// converted back to plain files (the keyring then opens what is still sealed).
    let seals: Bool

    init(fileSystem: any FileSystem, root: String, keyring: Keyring?, seals: Bool? = nil) {
        self.fileSystem = fileSystem
        self.root = root
        self.keyring = keyring
        self.seals = seals ?? (keyring != nil)
    }

    /// How a write reaches the disk.
    enum Durability: Sendable {
        /// The file and its folder are flushed (fsync) before the write returns: a save.
        case flushed
        /// Renamed into place without a flush; the caller flushes each folder once (an import of thousands).
        case batched
    }

    /// Why a write failed: before the rename (the previous version is untouched) or after it.
    enum WriteFailure: Error {
        case notWritten(FileSystemError)
        case notFlushed(FileSystemError)
    }

    /// The file at `relativePath` in the journal folder.
    func file(_ relativePath: String, kind: JournalFileKind) -> JournalFile {
        JournalFile(kind: kind, path: root + "/" + relativePath)
    }

    /// The name a file is written under on disk: journal data of a sealing store ends `.age`.
    func storedName(of file: JournalFile) -> String {
        seals && file.kind.isJournalData ? Keyring.sealedPath(file.name) : file.name
    }

    /// The reader: hands the bytes of `file` to `body`, valid only during the call; nil when there is no file.
    /// Refuses what is not a regular file, what is larger than its kind allows, and links out of the journal.
    ///
    /// Journal data is looked for in the form this store writes first, then in the other (a file an
    /// interrupted encrypt or decrypt has not reached yet). A sealed file is opened in memory and its plain
    /// bytes handed to `body`, never written anywhere; one that cannot be opened throws the `sealed` codes.
    func withBytes<Result>(of file: JournalFile, _ body: (UnsafeBufferPointer<UInt8>) -> Result) throws(FileSystemError) -> Result? {
        try withBytesAndIdentity(of: file) { bytes, _ in body(bytes) }
    }

    /// `withBytes`, also handing on the stat identity of the file as opened when it is in the form this store
    /// writes (`storedName`): the index keeps it, and spares a stat of its own.
    func withBytesAndIdentity<Result>(of file: JournalFile,
                                      _ body: (UnsafeBufferPointer<UInt8>, FileIdentity?) -> Result) throws(FileSystemError) -> Result? {
        guard file.kind.isJournalData else { return try stored(file.name, of: file, body) }
        for sealed in seals ? [true, false] : [false, true] {
            let result = try withForm(of: file, sealed: sealed) { bytes, identity in body(bytes, sealed == seals ? identity : nil) }
            if let result { return result }
        }
        return nil
    }

    /// `withBytes` for one form of the file alone: `NAME.age` (`sealed`) or `NAME`.
    func withBytes<Result>(of file: JournalFile, sealed: Bool,
                           _ body: (UnsafeBufferPointer<UInt8>) -> Result) throws(FileSystemError) -> Result? {
        try withForm(of: file, sealed: sealed) { bytes, _ in body(bytes) }
    }

    private func withForm<Result>(of file: JournalFile, sealed: Bool,
                                  _ body: (UnsafeBufferPointer<UInt8>, FileIdentity?) -> Result) throws(FileSystemError) -> Result? {
        guard sealed else { return try stored(file.name, of: file, body) }
        let name = Keyring.sealedPath(file.name)
        guard let keyring else {
            // A plain store opens no sealed file, but says that one is there rather than "absent".
            // Asked by name alone (a stat): a plain store never reads a sealed file's bytes.
            let path = file.folder.path + "/" + name
            if (try? fileSystem.status(at: path)) != nil { throw .sealedWithoutKey(path) }
            return nil
        }
        guard let (opened, identity) = try stored(name, of: file, { (Self.open($0, with: keyring), $1) }) else { return nil }
        switch opened {
        case .success(let plain): return plain.withUnsafeBufferPointer { body($0, identity) }
        case .failure(let error): throw .unopenable(file.folder.path + "/" + name, error)
        }
    }

    /// The one call that reads a file's bytes, by its name on disk.
    private func stored<Result>(_ name: String, of file: JournalFile,
                                _ body: (UnsafeBufferPointer<UInt8>, FileIdentity?) -> Result) throws(FileSystemError) -> Result? {
        let limit = name == file.name ? file.kind.limit : Self.sealedLimit(file.kind.limit)
        return try fileSystem.withContentsAndIdentity(ofFileNamed: name, in: file.folder, rules: ReadRules(limit: limit, journal: root), body)
    }

    /// `withBytes` for the start of a file that is not journal data (never sealed): see `FileSystem.withStart`.
    func withLeadingBytes<Result>(of file: JournalFile, headerSize: Int, length: (UnsafeRawBufferPointer) -> Int,
                           _ body: (UnsafeBufferPointer<UInt8>) -> Result) throws(FileSystemError) -> Result? {
        // Journal data may be sealed, and is read whole.
        guard !file.kind.isJournalData else { return try withBytes(of: file, body) }
        return try fileSystem.withStart(ofFileNamed: file.name, in: file.folder, rules: ReadRules(limit: file.kind.limit, journal: root),
                                        headerSize: headerSize, length: length, body)
    }

    /// `withBytes` for `length` bytes from `offset` of a file that is not journal data (never sealed): the index's
    /// prose, read a batch at a time.
    func withBytes<Result>(of file: JournalFile, offset: Int, length: Int,
                           _ body: (UnsafeBufferPointer<UInt8>) -> Result) throws(FileSystemError) -> Result? {
        // Journal data may be sealed, and is read whole.
        guard !file.kind.isJournalData else {
            return try withBytes(of: file) { buffer in
                let start = min(max(0, offset), buffer.count)
                return body(UnsafeBufferPointer(rebasing: buffer[start..<start + min(max(0, length), buffer.count - start)]))
            }
        }
        return try fileSystem.withRange(ofFileNamed: file.name, in: file.folder, rules: ReadRules(limit: file.kind.limit, journal: root),
                                        offset: offset, length: length, body)
    }

    /// `withBytes` for a file that is not journal data (never sealed by this door), handing the reader's own copy
    /// of its bytes, which `body` may change: the sealed index is opened over them, with no buffer for its plaintext.
    func withOwnedBytes<Result>(of file: JournalFile,
                                _ body: (UnsafeMutableBufferPointer<UInt8>) -> Result) throws(FileSystemError) -> Result? {
        guard !file.kind.isJournalData else {
            return try withBytes(of: file) { buffer in
                var bytes = Array(buffer)
                return bytes.withUnsafeMutableBufferPointer { body($0) }
            }
        }
        return try fileSystem.withOwnedContents(ofFileNamed: file.name, in: file.folder,
                                                rules: ReadRules(limit: file.kind.limit, journal: root), body)
    }

    /// `withBytes` for a caller that keeps the bytes.
    func read(_ file: JournalFile) throws(FileSystemError) -> FileContents? {
        try withBytes(of: file) { FileContents(bytes: Array($0)) }
    }

    /// The writer: replaces `file` with `bytes` atomically. A temporary in the same folder (O_EXCL, 0600) is
    /// written, flushed, and renamed over the file, then the folder is flushed, so a crash at any step leaves
    /// either the old file or the new one whole. The caller holds the writer lock, marked as saving.
    func write(_ bytes: [UInt8], to file: JournalFile, durability: Durability) throws(WriteFailure) {
        // Sealed here, before anything reaches the disk: the temporary already holds the age file.
        let bytes = try sealedIfSealing(bytes, for: file)
        try replace(file, durability: durability) { temporary throws(FileSystemError) in
            try fileSystem.createFile(at: temporary, bytes: bytes, mode: Store.fileMode)
        }
    }

    /// `write` for a file that is not journal data (never sealed: the index), its bytes `runs` in order (see
    /// `FileSystem.createFile(at:runs:mode:)`), so a large file made of parts is never assembled.
    func write(_ runs: [UnsafeRawBufferPointer], to file: JournalFile, durability: Durability) throws(WriteFailure) {
        guard !file.kind.isJournalData else {
            // Journal data may be sealed, which takes its bytes whole.
            return try write(runs.flatMap { $0 }, to: file, durability: durability)
        }
        try replace(file, durability: durability) { temporary throws(FileSystemError) in
            try fileSystem.createFile(at: temporary, runs: runs, mode: Store.fileMode)
        }
    }

    /// Replaces `file` with a temporary that `create` makes, as `write` says.
    private func replace(_ file: JournalFile, durability: Durability, create: (_ temporary: String) throws(FileSystemError) -> Void) throws(WriteFailure) {
        let name = storedName(of: file)
        let target = file.folder.path + "/" + name
        let temporary = file.folder.path + "/" + Store.temporaryName(for: name)
        do {
            try create(temporary)
            Store.reached(.afterWrite)
            if durability == .flushed {
                try fileSystem.syncFile(at: temporary)
                Store.reached(.afterFsync)
            }
            try fileSystem.rename(temporary, to: target)
            Store.reached(.afterRename)
        } catch {
            // The old file was never touched; only the half-written temporary needs to go.
            try? fileSystem.removeFile(at: temporary)
            throw .notWritten(error)
        }
        if durability == .flushed {
            do {
                try fileSystem.syncDirectory(at: file.folder.path)
                Store.reached(.afterFolderSync)
            } catch {
                throw .notFlushed(error)
            }
        }
        // The form this store does not write is older than what was just written: it goes, now that the new
        // form is whole on disk, so a file is never left in both forms by a save.
        if keyring != nil, file.kind.isJournalData {
            var other = file
            other.name = seals ? file.name : Keyring.sealedPath(file.name)
            _ = try? remove(other, exactName: true)
        }
    }

    /// Removes `file`; false when there was none.
    /// With `exactName`, `file.name` is the name on disk as it is (one form of a file, during a conversion).
    @discardableResult
    func remove(_ file: JournalFile, exactName: Bool = false) throws(FileSystemError) -> Bool {
        do {
            try fileSystem.removeFile(at: file.folder.path + "/" + (exactName ? file.name : storedName(of: file)))
        } catch where error.code == ENOENT {
            return false
        }
        return true
    }

    /// Removes the temporaries of writes whose process has ended in one resolved folder (the writer lock is held).
    func removeStaleTemporaries(inFolder folder: String) {
        guard let entries = try? fileSystem.listDirectory(at: folder) else { return }
        for entry in entries where !entry.isDirectory && Store.isStaleTemporary(entry.name) {
            try? fileSystem.removeFile(at: folder + "/" + entry.name)
        }
    }

    /// Removes the whole journal folder and everything in it, never following a link out (a demo journal).
    func removeEverything() throws(FileSystemError) {
        try fileSystem.removeTree(at: root)
    }
}

/// One file as the door sees it: its kind, the folder it is in (opened, or by path) and its name there.
struct JournalFile: Sendable {
    var kind: JournalFileKind
    var folder: FolderHandle
    var name: String

    init(kind: JournalFileKind, folder: FolderHandle, name: String) {
        self.kind = kind
        self.folder = folder
        self.name = name
    }

    /// The file at an absolute (or root-relative) `path`, its folder not opened.
    init(kind: JournalFileKind, path: String) {
        self.init(kind: kind, folder: FolderHandle(path: Store.parent(of: path), descriptor: -1), name: Store.name(of: path))
    }
}
