#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The file system of this machine, through plain POSIX calls (no Foundation).
public struct RealFileSystem: FileSystem {
    /// The machine's own file system.
    public init() {}

    public func readFile(at path: String) throws(FileSystemError) -> FileContents? {
        try readFile(at: path, rules: .anyFile)
    }

    public func openFolder(at path: String) throws(FileSystemError) -> FolderHandle {
        let descriptor = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else { throw Self.failure(path) }
        return FolderHandle(path: path, descriptor: descriptor)
    }

    public func readFile(named name: String, in folder: FolderHandle) throws(FileSystemError) -> FileContents? {
        try withContents(ofFileNamed: name, in: folder, rules: .anyFile) { FileContents(bytes: Array($0)) }
    }

    public func closeFolder(_ folder: FolderHandle) {
        if folder.descriptor >= 0 { close(folder.descriptor) }
    }

    public func withContents<Result>(ofFileNamed name: String, in folder: FolderHandle,
                                     _ body: (UnsafeBufferPointer<UInt8>) -> Result) throws(FileSystemError) -> Result? {
        try withContents(ofFileNamed: name, in: folder, rules: .anyFile, body)
    }

    public func status(at path: String) throws(FileSystemError) -> FileStatus? {
        var info = stat()
        if stat(path, &info) != 0 {
            if errno == ENOENT || errno == ENOTDIR { return nil }
            throw Self.failure(path)
        }
        return Self.status(info)
    }

    public func createFile(at path: String, bytes: [UInt8], mode: UInt32) throws(FileSystemError) {
        var failure: FileSystemError?
        bytes.withUnsafeBytes { raw in
            do throws(FileSystemError) { try createFile(at: path, runs: [raw], mode: mode) } catch { failure = error }
        }
        if let failure { throw failure }
    }

    public func createFile(at path: String, runs: [UnsafeRawBufferPointer], mode: UInt32) throws(FileSystemError) {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode_t(mode))
        guard descriptor >= 0 else { throw Self.failure(path) }
        defer { close(descriptor) }
        // The umask may have taken bits away (0277 would leave 0400): the mode asked for is the mode set.
        guard fchmod(descriptor, mode_t(mode)) == 0 else { throw Self.failure(path) }
        // All the runs in one writev (or a few, of at most 1,024): the kernel then takes them as one large write,
        // where writing a cold index's 60 or so runs of 20 to 40 KB one by one cost it more than twice as much.
        var vectors = runs.compactMap { run in
            run.baseAddress.flatMap { run.isEmpty ? nil : iovec(iov_base: UnsafeMutableRawPointer(mutating: $0), iov_len: run.count) }
        }
        var next = 0
        while next < vectors.count {
            let batch = Int32(min(vectors.count - next, 1_024))
            let count = vectors.withUnsafeBufferPointer { all in writev(descriptor, all.baseAddress.map { $0 + next }, batch) }
            if count < 0 {
                if errno == EINTR { continue }
                throw Self.failure(path)
            }
            // A write that makes no progress would loop forever; treat it as a full disk.
            if count == 0 { throw FileSystemError(path: path, code: ENOSPC, message: Self.describe(ENOSPC)) }
            // Past what was written: whole runs, then into the one it stopped in.
            var left = count
            while left > 0, next < vectors.count {
                if left >= vectors[next].iov_len {
                    left -= vectors[next].iov_len
                    next += 1
                } else {
                    vectors[next].iov_base = vectors[next].iov_base.map { $0 + left }
                    vectors[next].iov_len -= left
                    left = 0
                }
            }
        }
    }

    public func syncFile(at path: String) throws(FileSystemError) {
        try Self.sync(path, flags: O_RDONLY)
    }

    public func rename(_ source: String, to destination: String) throws(FileSystemError) {
        #if canImport(Glibc)
        let result = Glibc.rename(source, destination)
        #else
        let result = Darwin.rename(source, destination)
        #endif
        guard result == 0 else { throw Self.failure(destination) }
    }

    public func syncDirectory(at path: String) throws(FileSystemError) {
        try Self.sync(path, flags: O_RDONLY | O_DIRECTORY)
    }

    public func makeDirectory(at path: String, mode: UInt32) throws(FileSystemError) {
        if mkdir(path, mode_t(mode)) == 0 {
            // As for files: the umask does not decide a new folder's mode.
            guard chmod(path, mode_t(mode)) == 0 else { throw Self.failure(path) }
            return
        }
        let code = errno
        if code == EEXIST, let existing = try status(at: path), existing.isDirectory { return }
        throw FileSystemError(path: path, code: code, message: Self.describe(code))
    }

    public func listDirectory(at path: String) throws(FileSystemError) -> [DirectoryEntry]? {
        guard let directory = opendir(path) else {
            if errno == ENOENT { return nil }
            throw Self.failure(path)
        }
        defer { closedir(directory) }
        var entries: [DirectoryEntry] = []
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            if name == "." || name == ".." { continue }
            var isDirectory = Int32(entry.pointee.d_type) == Int32(DT_DIR)
            var isLink = Int32(entry.pointee.d_type) == Int32(DT_LNK)
            if Int32(entry.pointee.d_type) == Int32(DT_UNKNOWN) {
                var info = stat()
                isLink = lstat(path + "/" + name, &info) == 0 && (info.st_mode & S_IFMT) == S_IFLNK
            }
            if Int32(entry.pointee.d_type) == Int32(DT_UNKNOWN) || isLink {
                isDirectory = (try? status(at: path + "/" + name))??.isDirectory ?? false
            }
            entries.append(DirectoryEntry(name: name, isDirectory: isDirectory, isLink: isLink))
        }
        return entries
    }

    public func removeFile(at path: String) throws(FileSystemError) {
        guard unlink(path) == 0 else { throw Self.failure(path) }
    }

    public func removeDirectory(at path: String) throws(FileSystemError) {
        guard rmdir(path) == 0 else { throw Self.failure(path) }
    }

    public func lock(at path: String) throws(FileSystemError) -> FileLock? {
        // O_NOFOLLOW: a lock that is a symbolic link would otherwise create or open a file wherever it points.
        let descriptor = open(path, O_RDWR | O_CREAT | O_NOFOLLOW | O_CLOEXEC, mode_t(0o600))
        guard descriptor >= 0 else {
            if errno == ELOOP { throw FileSystemError(path: path, code: ELOOP, message: "is a symbolic link; Hearth will not follow it") }
            throw Self.failure(path)
        }
        // An older lock may be 0644, and the umask may have taken bits away from a new one.
        if fchmod(descriptor, mode_t(0o600)) != 0 {
            let failure = Self.failure(path)
            close(descriptor)
            throw failure
        }
        if flock(descriptor, LOCK_EX | LOCK_NB) == 0 { return FileLock(path: path, handle: descriptor) }
        let code = errno
        close(descriptor)
        if code == EWOULDBLOCK { return nil }
        throw FileSystemError(path: path, code: code, message: Self.describe(code))
    }

    public func unlock(_ lock: FileLock) {
        flock(lock.handle, LOCK_UN)
        close(lock.handle)
    }

    private static func sync(_ path: String, flags: Int32) throws(FileSystemError) {
        let descriptor = open(path, flags | O_CLOEXEC)
        guard descriptor >= 0 else { throw failure(path) }
        defer { close(descriptor) }
        guard fsync(descriptor) == 0 else { throw failure(path) }
    }

    static func status(_ info: stat) -> FileStatus {
        #if canImport(Glibc)
        let time = info.st_mtim
        #else
        let time = info.st_mtimespec
        #endif
        return FileStatus(size: Int(info.st_size), modified: Int64(time.tv_sec) * 1_000_000_000 + Int64(time.tv_nsec),
                          mode: UInt32(info.st_mode) & 0o7777, isDirectory: (info.st_mode & S_IFMT) == S_IFDIR)
    }

    static func failure(_ path: String) -> FileSystemError {
        let code = errno
        return FileSystemError(path: path, code: code, message: describe(code))
    }

    static func describe(_ code: Int32) -> String {
        guard let text = strerror(code) else { return "error \(code)" }
        return String(cString: text)
    }
}
