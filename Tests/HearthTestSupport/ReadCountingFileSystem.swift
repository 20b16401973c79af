import Foundation
import HearthStore

/// The real file system, noting the path of every file read through it: for tests that count reads, or
/// check that a store kept the file system it was given.
public struct ReadCountingFileSystem: FileSystem {
    /// Every path read so far, in order; shared by all copies (a store copies its file system around).
    public final class Log: @unchecked Sendable {
        private let lock = NSLock()
        private var paths: [String] = []

        func append(_ path: String) { lock.withLock { paths.append(path) } }

        /// The paths read so far.
        public var reads: [String] { lock.withLock { paths } }

        /// How many reads were of a path under `folder` (absolute, no trailing slash).
        public func reads(under folder: String) -> Int { reads.filter { $0.hasPrefix(folder + "/") }.count }
    }

    /// What was read through this file system and its copies.
    public let log = Log()
    private let real = RealFileSystem()

    /// The real file system, with an empty log.
    public init() {}

    public func readFile(at path: String) throws(FileSystemError) -> FileContents? {
        log.append(path)
        return try real.readFile(at: path)
    }

    public func readFile(at path: String, rules: ReadRules) throws(FileSystemError) -> FileContents? {
        log.append(path)
        return try real.readFile(at: path, rules: rules)
    }

    public func readFile(named name: String, in folder: FolderHandle) throws(FileSystemError) -> FileContents? {
        log.append(folder.path + "/" + name)
        return try real.readFile(named: name, in: folder)
    }

    public func withContents<Result>(ofFileNamed name: String, in folder: FolderHandle,
                                     _ body: (UnsafeBufferPointer<UInt8>) -> Result) throws(FileSystemError) -> Result? {
        log.append(folder.path + "/" + name)
        return try real.withContents(ofFileNamed: name, in: folder, body)
    }

    public func withContents<Result>(ofFileNamed name: String, in folder: FolderHandle, rules: ReadRules,
                                     _ body: (UnsafeBufferPointer<UInt8>) -> Result) throws(FileSystemError) -> Result? {
        log.append(folder.path + "/" + name)
        return try real.withContents(ofFileNamed: name, in: folder, rules: rules, body)
    }

    public func openFolder(at path: String) throws(FileSystemError) -> FolderHandle { try real.openFolder(at: path) }
    public func closeFolder(_ folder: FolderHandle) { real.closeFolder(folder) }
    public func status(at path: String) throws(FileSystemError) -> FileStatus? { try real.status(at: path) }
    public func createFile(at path: String, bytes: [UInt8], mode: UInt32) throws(FileSystemError) {
        try real.createFile(at: path, bytes: bytes, mode: mode)
    }
    public func syncFile(at path: String) throws(FileSystemError) { try real.syncFile(at: path) }
    public func rename(_ source: String, to destination: String) throws(FileSystemError) { try real.rename(source, to: destination) }
    public func syncDirectory(at path: String) throws(FileSystemError) { try real.syncDirectory(at: path) }
    public func makeDirectory(at path: String, mode: UInt32) throws(FileSystemError) { try real.makeDirectory(at: path, mode: mode) }
    public func listDirectory(at path: String) throws(FileSystemError) -> [DirectoryEntry]? { try real.listDirectory(at: path) }
    public func removeFile(at path: String) throws(FileSystemError) { try real.removeFile(at: path) }
    public func removeDirectory(at path: String) throws(FileSystemError) { try real.removeDirectory(at: path) }
    public func resolvedPath(of path: String) throws(FileSystemError) -> String? { try real.resolvedPath(of: path) }
    public func isSymbolicLink(at path: String) -> Bool { real.isSymbolicLink(at: path) }
    public func setMode(of path: String, to mode: UInt32) throws(FileSystemError) { try real.setMode(of: path, to: mode) }
    public func markLock(_ lock: FileLock, saving: Bool) throws(FileSystemError) { try real.markLock(lock, saving: saving) }
    public func lock(at path: String) throws(FileSystemError) -> FileLock? { try real.lock(at: path) }
    public func unlock(_ lock: FileLock) { real.unlock(lock) }
}
