import Foundation
@testable import HearthStore

/// The real file system for a process that dies after `steps` changes to the disk (a file created, flushed,
/// renamed or removed, a folder flushed): from then on every change fails, as nothing runs after a kill.
/// Remembers the bytes of every file created, so a test can check that none of them is plain text.
struct DyingFileSystem: FileSystem {
    final class Record: @unchecked Sendable {
        private let lock = NSLock()
        private var changes = 0
        private var created: [[UInt8]] = []

        /// Counts a change; false once the process is dead.
        func change(limit: Int) -> Bool {
            lock.lock()
            defer { lock.unlock() }
            changes += 1
            return changes <= limit
        }

        func create(_ bytes: [UInt8]) {
            lock.lock()
            created.append(bytes)
            lock.unlock()
        }

        var createdFiles: [[UInt8]] {
            lock.lock()
            defer { lock.unlock() }
            return created
        }

        var changeCount: Int {
            lock.lock()
            defer { lock.unlock() }
            return changes
        }
    }

    let steps: Int
    let record = Record()
    let real = RealFileSystem()

    private func change(_ path: String, _ perform: () throws(FileSystemError) -> Void) throws(FileSystemError) {
        guard record.change(limit: steps) else { throw FileSystemError(path: path, code: EINTR, message: "killed") }
        try perform()
    }

    func createFile(at path: String, bytes: [UInt8], mode: UInt32) throws(FileSystemError) {
        try change(path) { () throws(FileSystemError) in
            record.create(bytes)
            try real.createFile(at: path, bytes: bytes, mode: mode)
        }
    }

    func syncFile(at path: String) throws(FileSystemError) { try change(path) { () throws(FileSystemError) in try real.syncFile(at: path) } }
    func rename(_ source: String, to destination: String) throws(FileSystemError) {
        try change(destination) { () throws(FileSystemError) in try real.rename(source, to: destination) }
    }
    func removeFile(at path: String) throws(FileSystemError) { try change(path) { () throws(FileSystemError) in try real.removeFile(at: path) } }
    func syncDirectory(at path: String) throws(FileSystemError) {
        try change(path) { () throws(FileSystemError) in try real.syncDirectory(at: path) }
    }

    func readFile(at path: String) throws(FileSystemError) -> FileContents? { try real.readFile(at: path) }
    func readFile(at path: String, rules: ReadRules) throws(FileSystemError) -> FileContents? { try real.readFile(at: path, rules: rules) }
    func withContents<Result>(ofFileNamed name: String, in folder: FolderHandle, rules: ReadRules,
                              _ body: (UnsafeBufferPointer<UInt8>) -> Result) throws(FileSystemError) -> Result? {
        try real.withContents(ofFileNamed: name, in: folder, rules: rules, body)
    }
    func status(at path: String) throws(FileSystemError) -> FileStatus? { try real.status(at: path) }
    func makeDirectory(at path: String, mode: UInt32) throws(FileSystemError) { try real.makeDirectory(at: path, mode: mode) }
    func listDirectory(at path: String) throws(FileSystemError) -> [DirectoryEntry]? { try real.listDirectory(at: path) }
    func removeDirectory(at path: String) throws(FileSystemError) { try real.removeDirectory(at: path) }
    func resolvedPath(of path: String) throws(FileSystemError) -> String? { try real.resolvedPath(of: path) }
    func isSymbolicLink(at path: String) -> Bool { real.isSymbolicLink(at: path) }
    func setMode(of path: String, to mode: UInt32) throws(FileSystemError) { try real.setMode(of: path, to: mode) }
    func markLock(_ lock: FileLock, saving: Bool) throws(FileSystemError) { try real.markLock(lock, saving: saving) }
    func lock(at path: String) throws(FileSystemError) -> FileLock? { try real.lock(at: path) }
    func unlock(_ lock: FileLock) { real.unlock(lock) }
}
