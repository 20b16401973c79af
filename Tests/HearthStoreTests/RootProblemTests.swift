import Foundation
import Glibc
import HearthDomain
import Testing
@testable import HearthStore

/// The real file system, except that everything inside `denied` fails with EACCES, as a `chmod 000`
/// folder does for anyone but root (the tests run as root, where chmod cannot deny).
struct DenyingFileSystem: FileSystem {
    let denied: String
    let real = RealFileSystem()

    private func check(_ path: String, inside: Bool = true) throws(FileSystemError) {
        if path.hasPrefix(denied + "/") || (!inside && path == denied) {
            throw FileSystemError(path: path, code: EACCES, message: "Permission denied")
        }
    }

    func readFile(at path: String) throws(FileSystemError) -> FileContents? { try check(path); return try real.readFile(at: path) }
    func status(at path: String) throws(FileSystemError) -> FileStatus? { try check(path); return try real.status(at: path) }
    func createFile(at path: String, bytes: [UInt8], mode: UInt32) throws(FileSystemError) {
        try check(path)
        try real.createFile(at: path, bytes: bytes, mode: mode)
    }
    func syncFile(at path: String) throws(FileSystemError) { try real.syncFile(at: path) }
    func rename(_ source: String, to destination: String) throws(FileSystemError) { try real.rename(source, to: destination) }
    func syncDirectory(at path: String) throws(FileSystemError) { try real.syncDirectory(at: path) }
    func makeDirectory(at path: String, mode: UInt32) throws(FileSystemError) { try check(path); try real.makeDirectory(at: path, mode: mode) }
    func listDirectory(at path: String) throws(FileSystemError) -> [DirectoryEntry]? {
        try check(path, inside: false)
        return try real.listDirectory(at: path)
    }
    func removeFile(at path: String) throws(FileSystemError) { try real.removeFile(at: path) }
    func removeDirectory(at path: String) throws(FileSystemError) { try real.removeDirectory(at: path) }
    func lock(at path: String) throws(FileSystemError) -> FileLock? { try check(path); return try real.lock(at: path) }
    func unlock(_ lock: FileLock) { real.unlock(lock) }
    func resolvedPath(of path: String) throws(FileSystemError) -> String? { try check(path); return try real.resolvedPath(of: path) }
    func setMode(of path: String, to mode: UInt32) throws(FileSystemError) { try check(path); try real.setMode(of: path, to: mode) }
    func isSymbolicLink(at path: String) -> Bool { real.isSymbolicLink(at: path) }
    func markLock(_ lock: FileLock, saving: Bool) throws(FileSystemError) { try real.markLock(lock, saving: saving) }
}

@Suite("The journal folder itself: unreadable, a file, or a file above it", .scratchFolders)
struct RootProblemTests {
    @Test func anUnreadableJournalSaysPermissionDeniedNotNoJournal() throws {
        let existing = try Fixtures.initializedStore()
        let store = Store(root: existing.root, fileSystem: DenyingFileSystem(denied: existing.root))
        let problem = try #require(store.rootProblem())
        #expect(problem.message == "cannot read \(existing.root): permission denied")
        #expect(problem.hint.contains("chmod u+rwx \(existing.root)"))
    }

    @Test func aFileGivenAsTheJournalFolderIsSaidToBeAFile() throws {
        let file = Fixtures.temporaryFolder() + "/notes.txt"
        try Data("hello".utf8).write(to: URL(fileURLWithPath: file))
        #expect(Store(root: file).rootProblem()?.message == "\(file) is a file, not a folder")
        #expect(Store(root: file + "/journal").rootProblem()?.message
            == "\(file) is a file, not a folder, so \(file)/journal cannot be a journal folder")
    }

    @Test func aReadableOrMissingFolderHasNoProblem() throws {
        let store = try Fixtures.initializedStore()
        #expect(store.rootProblem() == nil)
        #expect(Store(root: Fixtures.temporaryFolder() + "/not-yet").rootProblem() == nil)
    }
}
