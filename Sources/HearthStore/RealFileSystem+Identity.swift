#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Stat identities for the device-local index.
extension RealFileSystem {
    public func identity(ofFileNamed name: String, in folder: FolderHandle) -> FileIdentity? {
        var info = stat()
        let result = folder.descriptor >= 0
            ? fstatat(folder.descriptor, name, &info, AT_SYMLINK_NOFOLLOW)
            : lstat(folder.path + "/" + name, &info)
        // A link is followed on read, and its target can change without the link changing: never trusted.
        guard result == 0, (info.st_mode & S_IFMT) == S_IFREG else { return nil }
        return Self.identity(of: info)
    }

    /// The identity in a regular file's stat data.
    static func identity(of info: stat) -> FileIdentity {
        #if canImport(Glibc)
        let modified = info.st_mtim
        let changed = info.st_ctim
        #else
        let modified = info.st_mtimespec
        let changed = info.st_ctimespec
        #endif
        return FileIdentity(size: Int64(info.st_size),
                            modified: Int64(modified.tv_sec) * 1_000_000_000 + Int64(modified.tv_nsec),
                            changed: Int64(changed.tv_sec) * 1_000_000_000 + Int64(changed.tv_nsec),
                            inode: UInt64(info.st_ino), device: UInt64(info.st_dev))
    }
}
