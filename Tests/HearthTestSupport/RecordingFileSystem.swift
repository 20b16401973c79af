import Foundation
import HearthStore

/// The real file system, noting every path whose bytes it is asked to read, write, rename or remove: for
/// tests that count reads and writes, or check that a store kept the file system it was given.
public struct RecordingFileSystem: FileSystem {
    /// A read of part of a file (`withRange`) is a read, its length also noted in `Log.partLengths`.
    public enum Operation: String, Sendable { case read, create, rename, remove }

    public struct Request: Hashable, Sendable {
        public var operation: Operation
        public var path: String
    }

    /// What was asked, in order; shared by copies, since a store keeps its own copy of the file system.
    public final class Log: @unchecked Sendable {
        private let lock = NSLock()
        private var entries: [Request] = []
        private var parts: [Int] = []

        func appendPart(_ path: String, length: Int) {
            lock.lock()
            entries.append(Request(operation: .read, path: path))
            parts.append(length)
            lock.unlock()
        }

        /// How many bytes each read of part of a file asked for, in order.
        public var partLengths: [Int] {
            lock.lock()
            defer { lock.unlock() }
            return parts
        }

        private var statted: [String] = []

        /// The files stat'ed by name (not as read) so far, in order: apart from `requests`, which change nothing.
        public var stats: [String] {
            lock.lock()
            defer { lock.unlock() }
            return statted
        }

        func noteStat(_ path: String) {
            lock.lock()
            statted.append(path)
            lock.unlock()
        }

        func append(_ operation: Operation, _ path: String) {
            lock.lock()
            entries.append(Request(operation: operation, path: path))
            lock.unlock()
        }

        public var requests: [Request] {
            lock.lock()
            defer { lock.unlock() }
            return entries
        }

        public func clear() {
            lock.lock()
            entries.removeAll()
            parts.removeAll()
            statted.removeAll()
            lock.unlock()
        }

        /// The paths read so far, in order.
        public var reads: [String] { requests.filter { $0.operation == .read }.map(\.path) }

        /// How many reads were of a path under `folder` (absolute, no trailing slash).
        public func reads(under folder: String) -> Int { reads.filter { $0.hasPrefix(folder + "/") }.count }
    }

    public let log = Log()
    let real = RealFileSystem()

    /// The real file system, with an empty log.
    public init() {}

    public func readFile(at path: String) throws(FileSystemError) -> FileContents? {
        log.append(.read, path)
        return try real.readFile(at: path)
    }

    public func readFile(at path: String, rules: ReadRules) throws(FileSystemError) -> FileContents? {
        log.append(.read, path)
        return try real.readFile(at: path, rules: rules)
    }

    public func openFolder(at path: String) throws(FileSystemError) -> FolderHandle { try real.openFolder(at: path) }
    /// Stat times as a file system with this tick (ns) keeps them: 1 is the real one's, a larger tick is
    /// a coarse file system's (FAT, HFS+), where an edit soon after a write leaves the times unchanged.
    public var timeTick: Int64 = 1
    /// Runs before each lock is taken, with the lock's path: a test holds a writer there.
    public var beforeLock: (@Sendable (String) -> Void)?

    public func identity(ofFileNamed name: String, in folder: FolderHandle) -> FileIdentity? {
        log.noteStat(folder.path + "/" + name)
        guard var identity = real.identity(ofFileNamed: name, in: folder) else { return nil }
        identity.modified -= identity.modified % timeTick
        identity.changed -= identity.changed % timeTick
        return identity
    }
    public func closeFolder(_ folder: FolderHandle) { real.closeFolder(folder) }

    public func readFile(named name: String, in folder: FolderHandle) throws(FileSystemError) -> FileContents? {
        log.append(.read, folder.path + "/" + name)
        return try real.readFile(named: name, in: folder)
    }

    public func withContents<Result>(ofFileNamed name: String, in folder: FolderHandle,
                              _ body: (UnsafeBufferPointer<UInt8>) -> Result) throws(FileSystemError) -> Result? {
        log.append(.read, folder.path + "/" + name)
        return try real.withContents(ofFileNamed: name, in: folder, body)
    }

    public func withContents<Result>(ofFileNamed name: String, in folder: FolderHandle, rules: ReadRules,
                              _ body: (UnsafeBufferPointer<UInt8>) -> Result) throws(FileSystemError) -> Result? {
        log.append(.read, folder.path + "/" + name)
        return try real.withContents(ofFileNamed: name, in: folder, rules: rules, body)
    }

    public var identifiesOnRead: Bool { true }

    public func withRange<Result>(ofFileNamed name: String, in folder: FolderHandle, rules: ReadRules, offset: Int, length: Int,
                                  _ body: (UnsafeBufferPointer<UInt8>) -> Result) throws(FileSystemError) -> Result? {
        log.appendPart(folder.path + "/" + name, length: length)
        return try real.withRange(ofFileNamed: name, in: folder, rules: rules, offset: offset, length: length, body)
    }

    public func withContentsAndIdentity<Result>(ofFileNamed name: String, in folder: FolderHandle, rules: ReadRules,
                                                _ body: (UnsafeBufferPointer<UInt8>, FileIdentity?) -> Result) throws(FileSystemError) -> Result? {
        log.append(.read, folder.path + "/" + name)
        return try real.withContentsAndIdentity(ofFileNamed: name, in: folder, rules: rules) { bytes, identity in
            body(bytes, identity.map { identity in
                var identity = identity
                identity.modified -= identity.modified % timeTick
                identity.changed -= identity.changed % timeTick
                return identity
            })
        }
    }

    public func createFile(at path: String, bytes: [UInt8], mode: UInt32) throws(FileSystemError) {
        log.append(.create, path)
        try real.createFile(at: path, bytes: bytes, mode: mode)
    }

    public func rename(_ source: String, to destination: String) throws(FileSystemError) {
        log.append(.rename, destination)
        try real.rename(source, to: destination)
    }

    public func removeFile(at path: String) throws(FileSystemError) {
        log.append(.remove, path)
        try real.removeFile(at: path)
    }

    public func syncFile(at path: String) throws(FileSystemError) { try real.syncFile(at: path) }
    public func syncDirectory(at path: String) throws(FileSystemError) { try real.syncDirectory(at: path) }
    public func removeDirectory(at path: String) throws(FileSystemError) { try real.removeDirectory(at: path) }
    public func status(at path: String) throws(FileSystemError) -> FileStatus? { try real.status(at: path) }
    public func makeDirectory(at path: String, mode: UInt32) throws(FileSystemError) { try real.makeDirectory(at: path, mode: mode) }
    public func listDirectory(at path: String) throws(FileSystemError) -> [DirectoryEntry]? { try real.listDirectory(at: path) }
    public func lock(at path: String) throws(FileSystemError) -> FileLock? {
        beforeLock?(path)
        return try real.lock(at: path)
    }
    public func unlock(_ lock: FileLock) { real.unlock(lock) }
    public func resolvedPath(of path: String) throws(FileSystemError) -> String? { try real.resolvedPath(of: path) }
    public func setMode(of path: String, to mode: UInt32) throws(FileSystemError) { try real.setMode(of: path, to: mode) }
    public func isSymbolicLink(at path: String) -> Bool { real.isSymbolicLink(at: path) }
    public func markLock(_ lock: FileLock, saving: Bool) throws(FileSystemError) { try real.markLock(lock, saving: saving) }

    /// The requests of `operation`, as paths relative to `root` (resolved links would differ: tests use none).
    public func paths(_ operation: Operation, under root: String) -> [String] {
        let prefixes = [root + "/", ((try? real.resolvedPath(of: root)) ?? nil).map { $0 + "/" } ?? root + "/"]
        return log.requests.filter { $0.operation == operation }.map { request in
            for prefix in prefixes where request.path.hasPrefix(prefix) { return String(request.path.dropFirst(prefix.count)) }
            return request.path
        }
    }
}
