import Foundation
@testable import HearthStore

/// The real file system, noting every path whose bytes it is asked to read, write, rename or remove.
struct RecordingFileSystem: FileSystem {
    enum Operation: String, Sendable { case read, create, rename, remove }

    struct Request: Hashable, Sendable {
        var operation: Operation
        var path: String
    }

    /// What was asked, in order; shared by copies, since a store keeps its own copy of the file system.
    final class Log: @unchecked Sendable {
        private let lock = NSLock()
        private var entries: [Request] = []

        func append(_ operation: Operation, _ path: String) {
            lock.lock()
            entries.append(Request(operation: operation, path: path))
            lock.unlock()
        }

        var requests: [Request] {
            lock.lock()
            defer { lock.unlock() }
            return entries
        }

        func clear() {
            lock.lock()
            entries.removeAll()
            lock.unlock()
        }
    }

    let log = Log()
    let real = RealFileSystem()

    func readFile(at path: String) throws(FileSystemError) -> FileContents? {
        log.append(.read, path)
        return try real.readFile(at: path)
    }

    func readFile(at path: String, rules: ReadRules) throws(FileSystemError) -> FileContents? {
        log.append(.read, path)
        return try real.readFile(at: path, rules: rules)
    }

    func openFolder(at path: String) throws(FileSystemError) -> FolderHandle { try real.openFolder(at: path) }
    func closeFolder(_ folder: FolderHandle) { real.closeFolder(folder) }

    func readFile(named name: String, in folder: FolderHandle) throws(FileSystemError) -> FileContents? {
        log.append(.read, folder.path + "/" + name)
        return try real.readFile(named: name, in: folder)
    }

    func withContents<Result>(ofFileNamed name: String, in folder: FolderHandle,
                              _ body: (UnsafeBufferPointer<UInt8>) -> Result) throws(FileSystemError) -> Result? {
        log.append(.read, folder.path + "/" + name)
        return try real.withContents(ofFileNamed: name, in: folder, body)
    }

    func withContents<Result>(ofFileNamed name: String, in folder: FolderHandle, rules: ReadRules,
                              _ body: (UnsafeBufferPointer<UInt8>) -> Result) throws(FileSystemError) -> Result? {
        log.append(.read, folder.path + "/" + name)
        return try real.withContents(ofFileNamed: name, in: folder, rules: rules, body)
    }

    func createFile(at path: String, bytes: [UInt8], mode: UInt32) throws(FileSystemError) {
        log.append(.create, path)
        try real.createFile(at: path, bytes: bytes, mode: mode)
    }

    func rename(_ source: String, to destination: String) throws(FileSystemError) {
        log.append(.rename, destination)
        try real.rename(source, to: destination)
    }

    func removeFile(at path: String) throws(FileSystemError) {
        log.append(.remove, path)
        try real.removeFile(at: path)
    }

    func syncFile(at path: String) throws(FileSystemError) { try real.syncFile(at: path) }
    func syncDirectory(at path: String) throws(FileSystemError) { try real.syncDirectory(at: path) }
    func removeDirectory(at path: String) throws(FileSystemError) { try real.removeDirectory(at: path) }
    func status(at path: String) throws(FileSystemError) -> FileStatus? { try real.status(at: path) }
    func makeDirectory(at path: String, mode: UInt32) throws(FileSystemError) { try real.makeDirectory(at: path, mode: mode) }
    func listDirectory(at path: String) throws(FileSystemError) -> [DirectoryEntry]? { try real.listDirectory(at: path) }
    func lock(at path: String) throws(FileSystemError) -> FileLock? { try real.lock(at: path) }
    func unlock(_ lock: FileLock) { real.unlock(lock) }
    func resolvedPath(of path: String) throws(FileSystemError) -> String? { try real.resolvedPath(of: path) }
    func setMode(of path: String, to mode: UInt32) throws(FileSystemError) { try real.setMode(of: path, to: mode) }
    func isSymbolicLink(at path: String) -> Bool { real.isSymbolicLink(at: path) }
    func markLock(_ lock: FileLock, saving: Bool) throws(FileSystemError) { try real.markLock(lock, saving: saving) }

    /// The requests of `operation`, as paths relative to `root` (resolved links would differ: tests use none).
    func paths(_ operation: Operation, under root: String) -> [String] {
        let prefixes = [root + "/", ((try? real.resolvedPath(of: root)) ?? nil).map { $0 + "/" } ?? root + "/"]
        return log.requests.filter { $0.operation == operation }.map { request in
            for prefix in prefixes where request.path.hasPrefix(prefix) { return String(request.path.dropFirst(prefix.count)) }
            return request.path
        }
    }
}
