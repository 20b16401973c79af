#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import HearthStore

/// A file a command writes outside the journal (a report, an export): whole or not at all, and private.
enum OutputFile {
    /// Writes `bytes` to `path` through a temporary in the same folder, synced and renamed into place, so a
    /// reader never sees half a file and a failure leaves what was there before. Mode 0600: it holds the
    /// journal's words.
    static func write(_ bytes: [UInt8], to path: String, fileSystem: some FileSystem = RealFileSystem()) throws {
        let slash = path.lastIndex(of: "/")
        let folder = slash.map { $0 == path.startIndex ? "/" : String(path[..<$0]) } ?? "."
        let name = slash.map { String(path[path.index(after: $0)...]) } ?? path
        guard !name.isEmpty, name != ".", name != ".." else {
            throw CommandFailure("'\(path)' is a folder, not a file name", hint: "give a file name, such as \(path)/year.html")
        }
        if let status = try? fileSystem.status(at: path), status.isDirectory {
            throw CommandFailure("'\(path)' is a folder", hint: "give a file name inside it, such as \(path)/year.html")
        }
        let temporary = (folder == "/" ? "" : folder) + "/.\(name).tmp-\(getpid())"
        do {
            try fileSystem.createFile(at: temporary, bytes: bytes, mode: 0o600)
            try fileSystem.syncFile(at: temporary)
            try fileSystem.rename(temporary, to: path)
            try fileSystem.syncDirectory(at: folder)
        } catch {
            try? fileSystem.removeFile(at: temporary)
            throw CommandFailure("cannot write \(path): \(error.message)", hint: "check that the folder exists and that you may write in it")
        }
    }

    /// Writes `text` as UTF-8, as `write(_:to:fileSystem:)` does.
    static func write(_ text: String, to path: String) throws {
        try write(Array(text.utf8), to: path)
    }
}
