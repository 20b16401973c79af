#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import HearthStore

/// A file an export writes: whole or not at all (temporary file, fsync, rename, fsync of the folder), mode 0600.
enum OutputFile {
    static func write(_ text: String, to path: String, fileSystem: some FileSystem = RealFileSystem()) throws {
        let folder = path.contains("/") ? String(path[..<(path.lastIndex(of: "/") ?? path.endIndex)]) : "."
        let name = path.split(separator: "/").last.map(String.init) ?? path
        let temporary = (folder.isEmpty ? "" : folder + "/") + ".\(name).hearth-\(getpid()).tmp"
        do throws(FileSystemError) {
            try fileSystem.createFile(at: temporary, bytes: Array(text.utf8), mode: 0o600)
            try fileSystem.syncFile(at: temporary)
            try fileSystem.rename(temporary, to: path)
            try fileSystem.syncDirectory(at: folder.isEmpty ? "/" : folder)
        } catch {
            try? fileSystem.removeFile(at: temporary)
            throw CommandFailure("cannot write \(path): \(error.message)", hint: "pick a folder you can write to, or leave out --output to print")
        }
    }
}
