#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CProcess
import HearthStore

/// Where the editor's private folder lives: somewhere a reboot clears, since a kill while the editor is
/// open leaves the answer in it; and how such leftovers are swept at the next start.
extension ExternalEditor {
    static let folderPrefix = "hearth-edit-"

    /// `$XDG_RUNTIME_DIR` (per user, in memory, cleared at logout), else `/dev/shm` (in memory), else
    /// `$TMPDIR`, else `/tmp`. For an encrypted journal only a folder in memory (tmpfs) will do, so the answer in
    /// clear never reaches a disk: nil when there is none.
    static func folderBase(environment: [String: String], inMemoryOnly: Bool = false) -> String? {
        let memory = [environment["XDG_RUNTIME_DIR"], "/dev/shm"].compactMap { $0 }.filter { $0.hasPrefix("/") }
        if inMemoryOnly { return memory.first { isWritableFolder($0) && isInMemory($0) } }
        if let base = memory.first(where: isWritableFolder) { return base }
        return environment["TMPDIR"].flatMap { $0.isEmpty ? nil : $0 } ?? "/tmp"
    }

    /// A new 0700 folder named with this process's id, so a later start can tell it was left behind.
    static func makeFolder(environment: [String: String], inMemoryOnly: Bool = false) throws -> String {
        guard let base = folderBase(environment: environment, inMemoryOnly: inMemoryOnly) else {
            throw CommandFailure("the journal is encrypted and there is no folder in memory for the editor's file "
                                 + "($XDG_RUNTIME_DIR or /dev/shm on tmpfs); Hearth will not write the answer in clear to a disk",
                                 hint: "type the answer in Hearth instead, or set XDG_RUNTIME_DIR to a tmpfs folder of yours")
        }
        var template = Array((base + "/" + folderPrefix + "\(getpid())-XXXXXX").utf8CString)
        let folder = template.withUnsafeMutableBufferPointer { buffer in
            buffer.baseAddress.flatMap(mkdtemp).map { String(cString: $0) }
        }
        guard let folder else { throw CommandFailure("cannot create a private folder in \(base) for the editor: \(String(cString: strerror(errno)))") }
        return folder
    }

    /// Removes this user's editor folders whose process has ended, in every place one may have been made
    /// (older versions used $TMPDIR or /tmp, without a process id: those go once they are a day old).
    static func sweepStaleFolders(environment: [String: String]) {
        var bases = [environment["XDG_RUNTIME_DIR"], "/dev/shm", environment["TMPDIR"], "/tmp"].compactMap { $0 }.filter { $0.hasPrefix("/") }
        bases = bases.enumerated().filter { index, base in !bases[..<index].contains(base) }.map(\.element)
        for base in bases {
            guard let entries = try? RealFileSystem().listDirectory(at: base) else { continue }
            for entry in entries where entry.isDirectory && entry.name.hasPrefix(folderPrefix) {
                let path = base + "/" + entry.name
                if isOwnedFolder(path), isStale(String(entry.name.dropFirst(folderPrefix.count)), path: path) {
                    try? RealFileSystem().removeTree(at: path)
                }
            }
        }
    }

    /// `PID-XXXXXX` of a process that has ended, or an older version's `XXXXXX` untouched for a day.
    private static func isStale(_ suffix: String, path: String) -> Bool {
        let parts = suffix.split(separator: "-", omittingEmptySubsequences: false)
        if parts.count == 2, let pid = Int32(parts[0]), pid > 0 {
            return pid != getpid() && kill(pid, 0) != 0 && errno == ESRCH
        }
        guard parts.count == 1, suffix.utf8.count == 6 else { return false }
        var info = stat()
        guard lstat(path, &info) == 0 else { return false }
        #if canImport(Glibc)
        let modified = info.st_mtim.tv_sec
        #else
        let modified = info.st_mtimespec.tv_sec
        #endif
        return time(nil) - modified > 24 * 3_600
    }

    /// A real folder (not a link) of this user's.
    private static func isOwnedFolder(_ path: String) -> Bool {
        var info = stat()
        return lstat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR && info.st_uid == getuid()
    }

    /// Whether `path` is on a file system kept in memory (tmpfs, ramfs), whose files never reach a disk
    /// (unless swapped out: an encrypted swap is the user's part).
    static func isInMemory(_ path: String) -> Bool {
        hearth_is_in_memory(path) == 1
    }

    private static func isWritableFolder(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR && access(path, W_OK | X_OK) == 0
    }
}
