#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Where a path really leads, and its permission bits: what keeping writes inside the journal needs.
extension RealFileSystem {
    public func isSymbolicLink(at path: String) -> Bool {
        var info = stat()
        return lstat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFLNK
    }

    public func setMode(of path: String, to mode: UInt32) throws(FileSystemError) {
        guard chmod(path, mode_t(mode)) == 0 else { throw Self.failure(path) }
    }

    public func markLock(_ lock: FileLock, saving: Bool) throws(FileSystemError) {
        guard ftruncate(lock.handle, saving ? 1 : 0) == 0 else { throw Self.failure(lock.path) }
    }
}
