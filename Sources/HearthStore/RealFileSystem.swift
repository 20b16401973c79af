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
        try Self.readWhole(open(path, O_RDONLY | O_CLOEXEC), path: path)
    }

    public func openFolder(at path: String) throws(FileSystemError) -> FolderHandle {
        let descriptor = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else { throw Self.failure(path) }
        return FolderHandle(path: path, descriptor: descriptor)
    }

    public func readFile(named name: String, in folder: FolderHandle) throws(FileSystemError) -> FileContents? {
        guard folder.descriptor >= 0 else { return try readFile(at: folder.path + "/" + name) }
        return try Self.readWhole(openat(folder.descriptor, name, O_RDONLY | O_CLOEXEC), path: folder.path + "/" + name)
    }

    public func closeFolder(_ folder: FolderHandle) {
        if folder.descriptor >= 0 { close(folder.descriptor) }
    }

    public func withContents<Result>(ofFileNamed name: String, in folder: FolderHandle,
                                     _ body: (UnsafeBufferPointer<UInt8>) -> Result) throws(FileSystemError) -> Result? {
        let path = { folder.path + "/" + name }
        let descriptor = folder.descriptor >= 0 ? openat(folder.descriptor, name, O_RDONLY | O_CLOEXEC) : open(path(), O_RDONLY | O_CLOEXEC)
        return try Self.withWhole(descriptor, path: path(), body)
    }

    /// Reads everything from a just-opened descriptor and closes it; nil when the open found no file.
    private static func readWhole(_ descriptor: Int32, path: @autoclosure () -> String) throws(FileSystemError) -> FileContents? {
        try withWhole(descriptor, path: path()) { FileContents(bytes: Array($0)) }
    }

    /// Reads everything from a just-opened descriptor, closes it and hands the bytes to `body`; nil when
    /// the open found no file.
    private static func withWhole<Result>(_ descriptor: Int32, path: @autoclosure () -> String,
                                          _ body: (UnsafeBufferPointer<UInt8>) -> Result) throws(FileSystemError) -> Result? {
        if descriptor < 0 {
            let code = errno
            if code == ENOENT { return nil }
            throw FileSystemError(path: path(), code: code, message: describe(code))
        }
        defer { close(descriptor) }
        // Most files fit the first read; a read that comes back short proves the end of the file,
        // so a typical file costs open, read and close, without a stat. The first read goes into
        // uninitialized stack space and is handed on from there: zero-filling or copying to a heap
        // buffer per file cost more than parsing the file.
        let firstSize = 8_192
        let whole = try withUnsafeTemporaryAllocation(of: UInt8.self, capacity: firstSize) { scratch throws(FileSystemError) -> Result? in
            guard let base = scratch.baseAddress else { return nil }
            let count = try readSome(descriptor, into: base, count: firstSize, path: path())
            return count < firstSize ? body(UnsafeBufferPointer(start: base, count: count)) : nil
        }
        if let whole { return whole }
        // Only a file larger than the scratch space gets here: read it again from the start, growing by doubling.
        var bytes: [UInt8] = []
        var filled = 0
        while true {
            let wanted = max(bytes.count, firstSize)
            bytes.append(contentsOf: repeatElement(0, count: wanted))
            let count = try bytes.withUnsafeMutableBufferPointer { buffer throws(FileSystemError) -> Int in
                guard let base = buffer.baseAddress else { return 0 }
                return try readSome(descriptor, at: filled, into: base + filled, count: wanted, path: path())
            }
            filled += count
            if count < wanted { break }
        }
        bytes.removeSubrange(filled...)
        return bytes.withUnsafeBufferPointer(body)
    }

    /// One read of up to `count` bytes (at `position` when given), retried when interrupted; how many
    /// arrived (0 at the end of the file).
    private static func readSome(_ descriptor: Int32, at position: Int? = nil, into base: UnsafeMutablePointer<UInt8>, count: Int,
                                 path: @autoclosure () -> String) throws(FileSystemError) -> Int {
        while true {
            let got = position.map { pread(descriptor, base, count, off_t($0)) } ?? read(descriptor, base, count)
            if got >= 0 { return got }
            let code = errno
            if code == EINTR { continue }
            if code == EISDIR { throw FileSystemError(path: path(), code: code, message: "is a folder, not a file") }
            throw FileSystemError(path: path(), code: code, message: describe(code))
        }
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
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode_t(mode))
        guard descriptor >= 0 else { throw Self.failure(path) }
        defer { close(descriptor) }
        // The umask may have taken bits away (0277 would leave 0400): the mode asked for is the mode set.
        guard fchmod(descriptor, mode_t(mode)) == 0 else { throw Self.failure(path) }
        var written = 0
        while written < bytes.count {
            let count = bytes.withUnsafeBytes { buffer -> Int in
                guard let base = buffer.baseAddress else { return 0 }
                return write(descriptor, base + written, buffer.count - written)
            }
            if count < 0 {
                if errno == EINTR { continue }
                throw Self.failure(path)
            }
            // A write that makes no progress would loop forever; treat it as a full disk.
            if count == 0 { throw FileSystemError(path: path, code: ENOSPC, message: Self.describe(ENOSPC)) }
            written += count
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
            if Int32(entry.pointee.d_type) == Int32(DT_UNKNOWN) || Int32(entry.pointee.d_type) == Int32(DT_LNK) {
                isDirectory = (try? status(at: path + "/" + name))??.isDirectory ?? false
            }
            entries.append(DirectoryEntry(name: name, isDirectory: isDirectory))
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

    private static func status(_ info: stat) -> FileStatus {
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
