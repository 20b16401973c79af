#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import HearthStore

/// Ctrl-E: one answer written in the user's own editor, through a private temporary file.
enum ExternalEditor {
    /// Writes `text` to a 0600 file in a new 0700 folder (see `folderBase`), runs `$VISUAL` (else `$EDITOR`, else `vi`) on it
    /// through `run` (which hands over the terminal), reads it back and deletes both. `inMemoryOnly` (an encrypted
    /// journal): the folder must be on tmpfs, or nothing is written.
    static func edit(_ text: String, environment: [String: String], inMemoryOnly: Bool = false,
                     run: (() -> Int32) -> Int32) throws -> String {
        let editor = [environment["VISUAL"], environment["EDITOR"]].compactMap { $0 }.first { !$0.isEmpty } ?? "vi"
        let folder = try makeFolder(environment: environment, inMemoryOnly: inMemoryOnly)
        // Editors leave backups, swap and lock files beside the answer (Emacs answer.md~, vim .answer.md.swp):
        // all of it is a private copy of what was typed, so the whole folder goes.
        defer { try? RealFileSystem().removeTree(at: folder) }
        let file = folder + "/answer.md"
        try writeFile(text, to: file)
        // The editor value is a command line ("code --wait"), as git reads it; the path is ours and has no quotes.
        let status = run { system("\(editor) '\(file)'") }
        guard status == 0 else {
            throw CommandFailure("the editor (\(editor)) exited with status \(status >> 8 & 0xFF); the answer is unchanged")
        }
        return try readFile(file)
    }

    private static func writeFile(_ text: String, to path: String) throws {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode_t(0o600))
        guard descriptor >= 0 else { throw CommandFailure("cannot create \(path): \(String(cString: strerror(errno)))") }
        defer { close(descriptor) }
        var bytes = Array(text.utf8)
        if !bytes.isEmpty { bytes.append(0x0A) }  // editors expect a final newline; it is taken off again
        var written = 0
        while written < bytes.count {
            let count = bytes[written...].withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
            guard count > 0 else { throw CommandFailure("cannot write \(path): \(String(cString: strerror(errno)))") }
            written += count
        }
    }

    private static func readFile(_ path: String) throws -> String {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw CommandFailure("the editor left no file at \(path); the answer is unchanged") }
        defer { close(descriptor) }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 65_536)
        while true {
            let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count < 0, errno == EINTR { continue }
            guard count > 0 else { break }
            bytes += chunk[..<count]
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
