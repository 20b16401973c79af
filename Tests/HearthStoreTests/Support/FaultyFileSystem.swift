import Glibc
@testable import HearthStore

/// The real file system with one fault injected into the steps of a save, a read, the lock or a removal.
struct FaultyFileSystem: FileSystem {
    enum Step: String, Sendable { case create, syncFile, rename, syncDirectory, read, lock, remove }

    enum Fault: Sendable, CustomStringConvertible {
        /// The disk fills up after half the bytes are written.
        case shortWrite
        /// The disk is full before anything is written.
        case noSpace
        /// The device reports an I/O error at a step, which does not happen.
        case ioError(Step)
        /// The process dies right after a step completes: nothing after it runs, not even clean-up.
        case crash(after: Step)

        var description: String {
            switch self {
            case .shortWrite: "short write"
            case .noSpace: "ENOSPC"
            case .ioError(let step): "EIO at \(step.rawValue)"
            case .crash(let step): "crash after \(step.rawValue)"
            }
        }
    }

    let fault: Fault
    /// When set, only paths containing this fail; every other call is the real one.
    var only: String?
    let real = RealFileSystem()

    private func applies(to path: String) -> Bool {
        only.map { path.contains($0) } ?? true
    }

    private func check(_ step: Step, _ path: String, perform: () throws(FileSystemError) -> Void) throws(FileSystemError) {
        guard applies(to: path) else { return try perform() }
        switch fault {
        case .ioError(let failing) where failing == step:
            throw FileSystemError(path: path, code: EIO, message: "Input/output error")
        case .crash(let after) where after == step:
            try perform()
            throw FileSystemError(path: path, code: EINTR, message: "simulated crash")
        default:
            try perform()
        }
    }

    func createFile(at path: String, bytes: [UInt8], mode: UInt32) throws(FileSystemError) {
        guard applies(to: path) else { return try real.createFile(at: path, bytes: bytes, mode: mode) }
        switch fault {
        case .shortWrite:
            try real.createFile(at: path, bytes: Array(bytes.prefix(bytes.count / 2)), mode: mode)
            throw FileSystemError(path: path, code: ENOSPC, message: "No space left on device")
        case .noSpace:
            try real.createFile(at: path, bytes: [], mode: mode)
            throw FileSystemError(path: path, code: ENOSPC, message: "No space left on device")
        default:
            try check(.create, path) { () throws(FileSystemError) in try real.createFile(at: path, bytes: bytes, mode: mode) }
        }
    }

    func syncFile(at path: String) throws(FileSystemError) {
        try check(.syncFile, path) { () throws(FileSystemError) in try real.syncFile(at: path) }
    }

    func rename(_ source: String, to destination: String) throws(FileSystemError) {
        try check(.rename, destination) { () throws(FileSystemError) in try real.rename(source, to: destination) }
    }

    func syncDirectory(at path: String) throws(FileSystemError) {
        try check(.syncDirectory, path) { () throws(FileSystemError) in try real.syncDirectory(at: path) }
    }

    func removeFile(at path: String) throws(FileSystemError) {
        // After a crash no clean-up runs.
        if case .crash = fault { return }
        try check(.remove, path) { () throws(FileSystemError) in try real.removeFile(at: path) }
    }

    func readFile(at path: String) throws(FileSystemError) -> FileContents? {
        var contents: FileContents?
        try check(.read, path) { () throws(FileSystemError) in contents = try real.readFile(at: path) }
        return contents
    }

    func lock(at path: String) throws(FileSystemError) -> FileLock? {
        var lock: FileLock?
        try check(.lock, path) { () throws(FileSystemError) in lock = try real.lock(at: path) }
        return lock
    }

    func removeDirectory(at path: String) throws(FileSystemError) { try real.removeDirectory(at: path) }
    func status(at path: String) throws(FileSystemError) -> FileStatus? { try real.status(at: path) }
    func makeDirectory(at path: String, mode: UInt32) throws(FileSystemError) { try real.makeDirectory(at: path, mode: mode) }
    func listDirectory(at path: String) throws(FileSystemError) -> [DirectoryEntry]? { try real.listDirectory(at: path) }
    func unlock(_ lock: FileLock) { real.unlock(lock) }
    func resolvedPath(of path: String) throws(FileSystemError) -> String? { try real.resolvedPath(of: path) }
    func setMode(of path: String, to mode: UInt32) throws(FileSystemError) { try real.setMode(of: path, to: mode) }
    func isSymbolicLink(at path: String) -> Bool { real.isSymbolicLink(at: path) }
    func markLock(_ lock: FileLock, saving: Bool) throws(FileSystemError) { try real.markLock(lock, saving: saving) }
}
