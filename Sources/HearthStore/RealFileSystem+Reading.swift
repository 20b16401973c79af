#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reading journal files: never blocking on a FIFO or device, only regular files, links only inside the journal.
extension RealFileSystem {
    public func readFile(at path: String, rules: ReadRules) throws(FileSystemError) -> FileContents? {
        guard let (descriptor, size, _) = try Self.openForReading(path, in: -1, name: path, rules: rules) else { return nil }
        return try Self.withWhole(descriptor, path: path, size: size, limit: rules.limit) { FileContents(bytes: Array($0)) }
    }

    public func withContents<Result>(ofFileNamed name: String, in folder: FolderHandle, rules: ReadRules,
                                     _ body: (UnsafeBufferPointer<UInt8>) -> Result) throws(FileSystemError) -> Result? {
        try withContentsAndIdentity(ofFileNamed: name, in: folder, rules: rules) { bytes, _ in body(bytes) }
    }

    public var identifiesOnRead: Bool { true }

    public func withContentsAndIdentity<Result>(ofFileNamed name: String, in folder: FolderHandle, rules: ReadRules,
                                                _ body: (UnsafeBufferPointer<UInt8>, FileIdentity?) -> Result) throws(FileSystemError) -> Result? {
        let path = folder.path + "/" + name
        guard let (descriptor, size, identity) = try Self.openForReading(named: name, in: folder, rules: rules) else { return nil }
        return try Self.withWhole(descriptor, path: path, size: size, limit: rules.limit) { body($0, identity) }
    }

    public func withOwnedContents<Result>(ofFileNamed name: String, in folder: FolderHandle, rules: ReadRules,
                                          _ body: (UnsafeMutableBufferPointer<UInt8>) -> Result) throws(FileSystemError) -> Result? {
        let path = folder.path + "/" + name
        guard let (descriptor, size, _) = try Self.openForReading(named: name, in: folder, rules: rules) else { return nil }
        // The buffer the file is read into is this read's own: handed on as it is, not copied (nor mapped).
        return try Self.withOwnedWhole(descriptor, path: path, size: size, limit: rules.limit, body)
    }

    public func withStart<Result>(ofFileNamed name: String, in folder: FolderHandle, rules: ReadRules, headerSize: Int,
                                  length: (UnsafeRawBufferPointer) -> Int,
                                  _ body: (UnsafeBufferPointer<UInt8>) -> Result) throws(FileSystemError) -> Result? {
        let path = folder.path + "/" + name
        guard let (descriptor, size, _) = try Self.openForReading(named: name, in: folder, rules: rules) else { return nil }
        defer { close(descriptor) }
        var header = [UInt8](repeating: 0, count: headerSize)
        let got = try header.withUnsafeMutableBufferPointer { buffer throws(FileSystemError) -> Int in
            guard let base = buffer.baseAddress else { return 0 }
            return try Self.readAll(descriptor, into: base, count: headerSize, path: path)
        }
        let wanted = min(size, max(got, header.withUnsafeBytes { length(UnsafeRawBufferPointer(rebasing: $0.prefix(got))) }))
        // Mapped under a read lease when large (see `withMapped`), else read into memory of its own.
        if let mapped = Self.withMapped(descriptor, offset: 0, length: wanted, body) { return mapped }
        return try withUnsafeTemporaryAllocation(of: UInt8.self, capacity: max(1, wanted)) { buffer throws(FileSystemError) -> Result? in
            guard let base = buffer.baseAddress else { return nil }
            let count = try Self.readAll(descriptor, into: base, count: wanted, path: path)
            return body(UnsafeBufferPointer(start: base, count: count))
        }
    }

    public func withRange<Result>(ofFileNamed name: String, in folder: FolderHandle, rules: ReadRules, offset: Int, length: Int,
                                  _ body: (UnsafeBufferPointer<UInt8>) -> Result) throws(FileSystemError) -> Result? {
        let path = folder.path + "/" + name
        guard let (descriptor, size, _) = try Self.openForReading(named: name, in: folder, rules: rules) else { return nil }
        defer { close(descriptor) }
        let start = max(0, offset)
        let wanted = max(0, min(length, size - start))
        if let mapped = Self.withMapped(descriptor, offset: start, length: wanted, body) { return mapped }
        return try withUnsafeTemporaryAllocation(of: UInt8.self, capacity: max(1, wanted)) { buffer throws(FileSystemError) -> Result? in
            guard let base = buffer.baseAddress else { return nil }
            let count = try Self.readAll(descriptor, from: start, into: base, count: wanted, path: path)
            return body(UnsafeBufferPointer(start: base, count: count))
        }
    }

    /// `openForReading` of the file `name` in `folder`: by name within the folder when it is open, else by path.
    private static func openForReading(named name: String, in folder: FolderHandle,
                                       rules: ReadRules) throws(FileSystemError) -> (Int32, Int, FileIdentity?)? {
        let path = folder.path + "/" + name
        return try openForReading(path, in: folder.descriptor, name: folder.descriptor >= 0 ? name : path, rules: rules)
    }

    /// Reads up to `count` bytes from `offset` in the file (its start by default), fewer only at its end.
    private static func readAll(_ descriptor: Int32, from offset: Int = 0, into base: UnsafeMutablePointer<UInt8>, count: Int,
                                path: String) throws(FileSystemError) -> Int {
        var filled = 0
        while filled < count {
            let got = try readSome(descriptor, at: offset + filled, into: base + filled, count: count - filled, path: path)
            if got == 0 { break }
            filled += got
        }
        return filled
    }

    public func resolvedPath(of path: String) throws(FileSystemError) -> String? {
        guard let resolved = realpath(path, nil) else {
            let code = errno
            if code == ENOENT || code == ENOTDIR { return nil }
            throw FileSystemError(path: path, code: code, message: code == ELOOP ? "is a link that leads back to itself" : Self.describe(code))
        }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    /// Opens a file for reading, or nil when there is none. O_NONBLOCK keeps a FIFO from waiting for a writer
    /// and O_NOFOLLOW stops at a final link, which is then followed only into the journal; fstat on the open
    /// descriptor (not the path, which could change in between) refuses anything but a regular file.
    /// Returns the descriptor, the size fstat gave, and the identity it gave unless a link was followed.
    private static func openForReading(_ path: String, in folder: Int32, name: String,
                                       rules: ReadRules) throws(FileSystemError) -> (Int32, Int, FileIdentity?)? {
        let flags = O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC
        var descriptor = folder >= 0 ? openat(folder, name, flags | O_NOFOLLOW) : open(name, flags | O_NOFOLLOW)
        // A link's target can change without the link changing: what was read through one has no identity.
        var followed = false
        if descriptor < 0 {
            let code = errno
            switch code {
            case ENOENT: return nil
            // Linux says ELOOP when O_NOFOLLOW meets a link (BSDs say EMLINK).
            case ELOOP, EMLINK:
                descriptor = try openLink(path, flags: flags, rules: rules)
                followed = true
            // A socket cannot be opened at all.
            case ENXIO, EOPNOTSUPP: throw notAFile(path)
            default: throw FileSystemError(path: path, code: code, message: describe(code))
            }
        }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else {
            let error = failure(path)
            close(descriptor)
            throw error
        }
        guard (info.st_mode & S_IFMT) == S_IFREG else {
            close(descriptor)
            throw .notAFile(path, kind: kind(of: info.st_mode))
        }
        if Int(info.st_size) > rules.limit {
            close(descriptor)
            throw .tooLarge(path, size: Int(info.st_size), limit: rules.limit)
        }
        return (descriptor, Int(info.st_size), followed ? nil : identity(of: info))
    }

    /// Follows the link at `path` when `rules` allow it: to an existing target inside the journal.
    private static func openLink(_ path: String, flags: Int32, rules: ReadRules) throws(FileSystemError) -> Int32 {
        let target = readLink(path)
        guard let resolved = realpath(path, nil) else {
            let code = errno
            if code == ELOOP { throw FileSystemError(path: path, code: ELOOP, message: "is a link that leads back to itself") }
            throw FileSystemError(path: path, code: FileSystemError.danglingLink, message: "is a link to \(target), which does not exist")
        }
        let real = String(cString: resolved)
        free(resolved)
        if let journal = rules.journal {
            let root = realpath(journal, nil).map { pointer in
                defer { free(pointer) }
                return String(cString: pointer)
            } ?? journal
            guard real == root || real.hasPrefix(root == "/" ? "/" : root + "/") else {
                throw FileSystemError(path: path, code: FileSystemError.linkOutsideJournal,
                                      message: "is a link to \(real), outside the journal folder")
            }
        }
        let descriptor = open(real, flags)
        guard descriptor >= 0 else {
            let code = errno
            if code == ENXIO || code == EOPNOTSUPP { throw notAFile(real) }
            throw FileSystemError(path: path, code: code, message: describe(code))
        }
        return descriptor
    }

    /// What a link points at, as written in it.
    private static func readLink(_ path: String) -> String {
        var buffer = [CChar](repeating: 0, count: 4_096)
        let count = readlink(path, &buffer, buffer.count - 1)
        guard count > 0 else { return "nothing" }
        return String(decoding: buffer.prefix(count).map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    /// The refusal for something that could not be opened because of what it is (a socket, mostly).
    private static func notAFile(_ path: String) -> FileSystemError {
        var info = stat()
        return .notAFile(path, kind: stat(path, &info) == 0 ? kind(of: info.st_mode) : "not a regular file")
    }

    /// An entry's kind in words, for messages.
    static func kind(of mode: mode_t) -> String {
        switch mode & S_IFMT {
        case S_IFDIR: "a folder"
        case S_IFIFO: "a FIFO (named pipe)"
        case S_IFSOCK: "a socket"
        case S_IFCHR: "a character device"
        case S_IFBLK: "a block device"
        case S_IFLNK: "a link"
        default: "not a regular file"
        }
    }

    /// Reads everything from a just-opened descriptor and closes it, handing the bytes to `body`; more than
    /// `limit` bytes (a file that grew since fstat) is refused rather than read on.
    private static func withWhole<Result>(_ descriptor: Int32, path: @autoclosure () -> String, size: Int, limit: Int,
                                          _ body: (UnsafeBufferPointer<UInt8>) -> Result) throws(FileSystemError) -> Result? {
        // A large file (the index) mapped under a read lease, which keeps its size as fstat gave it (see `withMapped`).
        if size <= limit, let mapped = withMapped(descriptor, offset: 0, length: size, wholeFile: true, body) {
            close(descriptor)
            return mapped
        }
        return try withOwnedWhole(descriptor, path: path(), size: size, limit: limit) { body(UnsafeBufferPointer($0)) }
    }

    /// `withWhole` read into memory of its own, never mapped: `body` may change the bytes.
    private static func withOwnedWhole<Result>(_ descriptor: Int32, path: @autoclosure () -> String, size: Int, limit: Int,
                                               _ body: (UnsafeMutableBufferPointer<UInt8>) -> Result) throws(FileSystemError) -> Result? {
        defer { close(descriptor) }
        // Most files fit the first read; a read that comes back short proves the end of the file,
        // so a typical file costs open, fstat, read and close. The first read goes into
        // uninitialized stack space and is handed on from there: zero-filling or copying to a heap
        // buffer per file cost more than parsing the file.
        // A large file (the index) is read into a buffer of the size fstat gave, plus one byte to see the end.
        let firstSize = max(8_192, min(size, limit) + 1)
        let whole = try withUnsafeTemporaryAllocation(of: UInt8.self, capacity: firstSize) { scratch throws(FileSystemError) -> Result? in
            guard let base = scratch.baseAddress else { return nil }
            var count = 0
            while count < firstSize {
                let got = try readSome(descriptor, into: base + count, count: firstSize - count, path: path())
                if got == 0 { break }
                count += got
                // A small file's first read that comes back short is its end: no second read to prove it.
                if firstSize == 8_192 { break }
            }
            guard count < firstSize else { return nil }
            if count > limit { throw .tooLarge(path(), size: count, limit: limit) }
            return body(UnsafeMutableBufferPointer(start: base, count: count))
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
            if filled > limit { throw .tooLarge(path(), size: filled, limit: limit) }
            if count < wanted { break }
        }
        bytes.removeSubrange(filled...)
        return bytes.withUnsafeMutableBufferPointer { body($0) }
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
            if code == EISDIR { throw .notAFile(path(), kind: "a folder") }
            throw FileSystemError(path: path(), code: code, message: describe(code))
        }
    }
}
