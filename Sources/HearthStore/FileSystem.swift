/// The one seam for every file-system call the store makes.
///
/// Whole files go in and out as bytes, so a wrapper can encrypt on write and decrypt on read,
/// and a fault-injecting implementation can fail any single step of a save.
public protocol FileSystem: Sendable {
    /// The whole file; nil when there is no such file.
    func readFile(at path: String) throws(FileSystemError) -> FileContents?
    /// Size, time and kind of an entry without reading it; nil when absent.
    func status(at path: String) throws(FileSystemError) -> FileStatus?
    /// Creates a file that must not exist yet (O_EXCL) with `mode`, and writes all of `bytes` to it.
    func createFile(at path: String, bytes: [UInt8], mode: UInt32) throws(FileSystemError)
    /// `createFile(at:bytes:mode:)` for a file whose bytes lie in parts: `runs`, in order (valid during the call),
    /// written without being assembled in one buffer.
    func createFile(at path: String, runs: [UnsafeRawBufferPointer], mode: UInt32) throws(FileSystemError)
    /// Flushes a file's content to stable storage (fsync).
    func syncFile(at path: String) throws(FileSystemError)
    /// Atomically replaces `destination` with `source` (rename).
    func rename(_ source: String, to destination: String) throws(FileSystemError)
    /// Flushes a folder's entries to stable storage, so a rename survives a power cut.
    func syncDirectory(at path: String) throws(FileSystemError)
    /// Creates one folder with `mode`; succeeds quietly when it already exists as a folder.
    func makeDirectory(at path: String, mode: UInt32) throws(FileSystemError)
    /// Names of the entries in a folder (without `.` and `..`); nil when the folder is absent.
    func listDirectory(at path: String) throws(FileSystemError) -> [DirectoryEntry]?
    /// Removes a file.
    func removeFile(at path: String) throws(FileSystemError)
    /// Removes an empty folder.
    func removeDirectory(at path: String) throws(FileSystemError)
    /// The path with every symbolic link, `.` and `..` resolved (realpath); nil when it, or a link in it, leads nowhere.
    func resolvedPath(of path: String) throws(FileSystemError) -> String?
    /// True when the entry itself is a symbolic link (lstat); false when it is anything else or absent.
    func isSymbolicLink(at path: String) -> Bool
    /// Sets an entry's permission bits (chmod), whatever the umask.
    func setMode(of path: String, to mode: UInt32) throws(FileSystemError)
    /// Marks a held lock's file as having a save under way (one byte long) or none (empty), so that the
    /// next writer can tell a save was killed before it finished.
    func markLock(_ lock: FileLock, saving: Bool) throws(FileSystemError)
    /// Takes an exclusive advisory lock on `path` (created, or made, 0600; never through a symbolic link) without
    /// waiting; nil when another holder has it.
    func lock(at path: String) throws(FileSystemError) -> FileLock?
    /// Releases a lock taken with `lock(at:)`.
    func unlock(_ lock: FileLock)
    /// Opens a folder whose files will be read by name (saves resolving the whole path per file).
    func openFolder(at path: String) throws(FileSystemError) -> FolderHandle
    /// `readFile(at:)` for a file directly inside an opened folder.
    func readFile(named name: String, in folder: FolderHandle) throws(FileSystemError) -> FileContents?
    /// Closes a folder opened with `openFolder(at:)`.
    func closeFolder(_ folder: FolderHandle)
    /// Hands the bytes of a file in an opened folder to `body`, valid only during the call; nil when
    /// there is no such file. Spares the copy `readFile` makes, for loads that keep only what they decode.
    func withContents<Result>(ofFileNamed name: String, in folder: FolderHandle,
                              _ body: (UnsafeBufferPointer<UInt8>) -> Result) throws(FileSystemError) -> Result?
    /// The stat identity of a regular file directly inside an opened folder, not following a link; nil when it is
    /// absent, not a regular file, or the file system cannot say (the index then reads the file).
    func identity(ofFileNamed name: String, in folder: FolderHandle) -> FileIdentity?
    /// `readFile(at:)` for a journal file: refuses what `rules` does not allow (see ReadRules), never blocks.
    func readFile(at path: String, rules: ReadRules) throws(FileSystemError) -> FileContents?
    /// `withContents(ofFileNamed:in:_:)` for a journal file, held to `rules`.
    func withContents<Result>(ofFileNamed name: String, in folder: FolderHandle, rules: ReadRules,
                              _ body: (UnsafeBufferPointer<UInt8>) -> Result) throws(FileSystemError) -> Result?
    /// Whether `withContentsAndIdentity` gives an identity: the index then stats a file it holds no entry for
    /// only through its read.
    var identifiesOnRead: Bool { get }
    /// `withContents(ofFileNamed:in:rules:_:)`, also handing on the stat identity of the file as opened (nil when
    /// the file system cannot say, or a link was followed).
    func withContentsAndIdentity<Result>(ofFileNamed name: String, in folder: FolderHandle, rules: ReadRules,
                                         _ body: (UnsafeBufferPointer<UInt8>, FileIdentity?) -> Result) throws(FileSystemError) -> Result?
    /// `withContents(ofFileNamed:in:rules:_:)` for the start of a file alone: its first `headerSize` bytes say
    /// (through `length`) how many to hand to `body`, at most the whole file.
    func withStart<Result>(ofFileNamed name: String, in folder: FolderHandle, rules: ReadRules, headerSize: Int,
                           length: (UnsafeRawBufferPointer) -> Int,
                           _ body: (UnsafeBufferPointer<UInt8>) -> Result) throws(FileSystemError) -> Result?
    /// `withContents(ofFileNamed:in:rules:_:)` for `length` bytes from `offset` alone, fewer at the file's end.
    func withRange<Result>(ofFileNamed name: String, in folder: FolderHandle, rules: ReadRules, offset: Int, length: Int,
                           _ body: (UnsafeBufferPointer<UInt8>) -> Result) throws(FileSystemError) -> Result?
    /// `withContents(ofFileNamed:in:rules:_:)` handing the reader's own copy of the bytes, which `body` may change:
    /// a sealed index is opened over them.
    func withOwnedContents<Result>(ofFileNamed name: String, in folder: FolderHandle, rules: ReadRules,
                                   _ body: (UnsafeMutableBufferPointer<UInt8>) -> Result) throws(FileSystemError) -> Result?
}

extension FileSystem {
    public var identifiesOnRead: Bool { false }

    /// By default the runs are joined and written as one file, so a wrapper that checks or fails writes sees them.
    public func createFile(at path: String, runs: [UnsafeRawBufferPointer], mode: UInt32) throws(FileSystemError) {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(runs.reduce(0) { $0 + $1.count })
        for run in runs { bytes.append(contentsOf: run) }
        try createFile(at: path, bytes: bytes, mode: mode)
    }

    /// By default no identity.
    public func withContentsAndIdentity<Result>(ofFileNamed name: String, in folder: FolderHandle, rules: ReadRules,
                                                _ body: (UnsafeBufferPointer<UInt8>, FileIdentity?) -> Result) throws(FileSystemError) -> Result? {
        try withContents(ofFileNamed: name, in: folder, rules: rules) { body($0, nil) }
    }

    /// By default the whole file is read and its start handed on.
    public func withStart<Result>(ofFileNamed name: String, in folder: FolderHandle, rules: ReadRules, headerSize: Int,
                                  length: (UnsafeRawBufferPointer) -> Int,
                                  _ body: (UnsafeBufferPointer<UInt8>) -> Result) throws(FileSystemError) -> Result? {
        try withContents(ofFileNamed: name, in: folder, rules: rules) { buffer in
            let header = UnsafeRawBufferPointer(rebasing: UnsafeRawBufferPointer(buffer).prefix(headerSize))
            return body(UnsafeBufferPointer(rebasing: buffer.prefix(min(buffer.count, max(header.count, length(header))))))
        }
    }

    /// By default the bytes are copied.
    public func withOwnedContents<Result>(ofFileNamed name: String, in folder: FolderHandle, rules: ReadRules,
                                          _ body: (UnsafeMutableBufferPointer<UInt8>) -> Result) throws(FileSystemError) -> Result? {
        try withContents(ofFileNamed: name, in: folder, rules: rules) { buffer in
            var bytes = Array(buffer)
            return bytes.withUnsafeMutableBufferPointer { body($0) }
        }
    }

    /// By default the whole file is read and the range handed on.
    public func withRange<Result>(ofFileNamed name: String, in folder: FolderHandle, rules: ReadRules, offset: Int, length: Int,
                                  _ body: (UnsafeBufferPointer<UInt8>) -> Result) throws(FileSystemError) -> Result? {
        try withContents(ofFileNamed: name, in: folder, rules: rules) { buffer in
            let start = min(max(0, offset), buffer.count)
            return body(UnsafeBufferPointer(rebasing: buffer[start..<start + min(max(0, length), buffer.count - start)]))
        }
    }
}

/// Wrappers (encryption, fault injection) need only `readFile(at:)`: by default reading by name is reading by path.
extension FileSystem {
    public func openFolder(at path: String) throws(FileSystemError) -> FolderHandle { FolderHandle(path: path, descriptor: -1) }

    public func readFile(named name: String, in folder: FolderHandle) throws(FileSystemError) -> FileContents? {
        try readFile(at: folder.path + "/" + name)
    }

    public func closeFolder(_ folder: FolderHandle) {}

    public func withContents<Result>(ofFileNamed name: String, in folder: FolderHandle,
                                     _ body: (UnsafeBufferPointer<UInt8>) -> Result) throws(FileSystemError) -> Result? {
        guard let contents = try readFile(named: name, in: folder) else { return nil }
        return contents.bytes.withUnsafeBufferPointer(body)
    }
}

/// An opened folder: its path, and for the real file system an open descriptor (-1 when none).
public struct FolderHandle: Hashable, Sendable {
    public var path: String
    public var descriptor: Int32

    public init(path: String, descriptor: Int32) {
        self.path = path
        self.descriptor = descriptor
    }
}

/// A whole file as read. (Its `Revision` is a hash of these bytes: no `stat` per file is needed.)
public struct FileContents: Sendable {
    public var bytes: [UInt8]

    public init(bytes: [UInt8]) {
        self.bytes = bytes
    }
}

/// What `stat` says about an entry.
public struct FileStatus: Hashable, Sendable {
    public var size: Int
    /// Modification time in nanoseconds since the epoch.
    public var modified: Int64
    /// Permission bits (`0o600`).
    public var mode: UInt32
    public var isDirectory: Bool

    public init(size: Int, modified: Int64, mode: UInt32, isDirectory: Bool) {
        self.size = size
        self.modified = modified
        self.mode = mode
        self.isDirectory = isDirectory
    }
}

/// One name in a folder listing.
public struct DirectoryEntry: Hashable, Sendable {
    public var name: String
    /// For a link: whether it leads to a folder.
    public var isDirectory: Bool
    /// Whether the entry itself is a symbolic link.
    public var isLink: Bool

    public init(name: String, isDirectory: Bool, isLink: Bool = false) {
        self.name = name
        self.isDirectory = isDirectory
        self.isLink = isLink
    }
}

/// A held lock; pass it back to `FileSystem.unlock`.
public struct FileLock: Hashable, Sendable {
    public var path: String
    /// The open descriptor for the real file system; any token for other implementations.
    public var handle: Int32

    public init(path: String, handle: Int32) {
        self.path = path
        self.handle = handle
    }
}

/// A failed file-system call: which path, which errno, in words.
public struct FileSystemError: Error, Hashable, Sendable, CustomStringConvertible {
    public var path: String
    public var code: Int32
    public var message: String

    public init(path: String, code: Int32, message: String) {
        self.path = path
        self.code = code
        self.message = message
    }

    public var description: String { "\(path): \(message)" }
}
