#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What a journal read accepts: a regular file of at most `limit` bytes, reached through a link only
/// when the link resolves inside `journal`.
public struct ReadRules: Hashable, Sendable {
    /// The most bytes the file may hold.
    public var limit: Int
    /// The journal folder links must stay inside; nil follows any link (reads outside a journal).
    public var journal: String?

    public init(limit: Int, journal: String?) {
        self.limit = limit
        self.journal = journal
    }

    /// Any regular file, any size, any link: what a read outside the journal's own files needs.
    public static let anyFile = ReadRules(limit: Int.max, journal: nil)
}

extension FileSystemError {
    /// Codes for refusals that have no errno of their own (negative, so they never clash with one).
    public static let notRegularFile: Int32 = -1_001
    public static let linkOutsideJournal: Int32 = -1_002
    public static let danglingLink: Int32 = -1_003

    /// `path` is a folder, FIFO, socket or device where a file should be.
    static func notAFile(_ path: String, kind: String) -> FileSystemError {
        FileSystemError(path: path, code: kind == "a folder" ? EISDIR : notRegularFile, message: "is \(kind), not a file")
    }

    /// `path` holds more than `limit` bytes.
    static func tooLarge(_ path: String, size: Int, limit: Int) -> FileSystemError {
        FileSystemError(path: path, code: EFBIG, message: "is \(ByteCount(size)), more than the \(ByteCount(limit)) Hearth reads")
    }
}

/// A size in bytes as people read it (`1.5 MB`, `820 KB`, `12 bytes`), in powers of 1,024.
struct ByteCount: CustomStringConvertible {
    let bytes: Int

    init(_ bytes: Int) { self.bytes = bytes }

    var description: String {
        if bytes < 1_024 { return "\(bytes) bytes" }
        if bytes < 1_024 * 1_024 { return "\(bytes / 1_024) KB" }
        let tenths = bytes * 10 / (1_024 * 1_024)
        return tenths % 10 == 0 ? "\(tenths / 10) MB" : "\(tenths / 10).\(tenths % 10) MB"
    }
}

extension FileSystem {
    /// `readFile(at:)` held to `rules`, for wrappers that have no cheaper way: the size is checked after reading.
    public func readFile(at path: String, rules: ReadRules) throws(FileSystemError) -> FileContents? {
        guard let contents = try readFile(at: path) else { return nil }
        if contents.bytes.count > rules.limit { throw .tooLarge(path, size: contents.bytes.count, limit: rules.limit) }
        return contents
    }

    /// `withContents(ofFileNamed:in:_:)` held to `rules`, for wrappers: the size is checked after reading.
    public func withContents<Result>(ofFileNamed name: String, in folder: FolderHandle, rules: ReadRules,
                                     _ body: (UnsafeBufferPointer<UInt8>) -> Result) throws(FileSystemError) -> Result? {
        guard let contents = try readFile(named: name, in: folder) else { return nil }
        if contents.bytes.count > rules.limit {
            throw .tooLarge(folder.path + "/" + name, size: contents.bytes.count, limit: rules.limit)
        }
        return contents.bytes.withUnsafeBufferPointer(body)
    }

    /// The path with every link resolved, for wrappers: the path itself.
    public func resolvedPath(of path: String) throws(FileSystemError) -> String? { path }
}
