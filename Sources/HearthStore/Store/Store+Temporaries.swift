#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Temporaries of saves: `.NAME.tmp-PID-N` beside the file being saved. A save killed before its rename
/// leaves one behind, holding a copy of private text; the next save removes it, under the writer lock.
extension Store {
    /// The name a save of the file `name` writes first: its process id says whether it can still be in flight.
    static func temporaryName(for name: String) -> String {
        "." + name + ".tmp-\(getpid())-\(uniqueNumber())"
    }

    /// The process id in a temporary's name; nil when the name is not one of a save's temporaries.
    static func temporaryOwner(of name: String) -> Int32? {
        let bytes = Array(name.utf8)
        let marker = Array(".tmp-".utf8)
        guard bytes.first == UInt8(ascii: "."), bytes.count > marker.count + 4 else { return nil }
        var start = bytes.count - marker.count
        while start >= 2, !bytes[start..<start + marker.count].elementsEqual(marker) { start -= 1 }
        guard start >= 2 else { return nil }
        let parts = bytes[(start + marker.count)...].split(separator: UInt8(ascii: "-"), omittingEmptySubsequences: false)
        guard parts.count == 2, parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy { $0 >= 0x30 && $0 <= 0x39 } }) else { return nil }
        return Int32(String(decoding: parts[0], as: UTF8.self))
    }

    /// A temporary whose process has ended: no save can finish it any more. One of this process's own may be
    /// a save in flight, and a live process's is left alone too.
    static func isStaleTemporary(_ name: String) -> Bool {
        guard let owner = temporaryOwner(of: name), owner > 0, owner != getpid() else { return false }
        return kill(owner, 0) != 0 && errno == ESRCH
    }

    /// The folders a save can write into, relative to the root ("" is the root), skipping any that leads
    /// outside the journal.
    func writableFolders(journal: String) -> [String] {
        var folders = [""]
        for top in [Self.draftsFolder, "checkins", "moments"] {
            guard (try? resolvedInside(top, journal: journal)) ?? nil != nil else { continue }
            folders.append(top)
            guard top != Self.draftsFolder, let years = try? fileSystem.listDirectory(at: absolute(top)) else { continue }
            for year in years.sorted(by: { $0.name < $1.name }) where year.isDirectory && !year.name.hasPrefix(".") {
                let path = top + "/" + year.name
                if (try? resolvedInside(path, journal: journal)) ?? nil != nil { folders.append(path) }
            }
        }
        return folders
    }

    /// Before each save, under the writer lock: when the lock is marked (a save was killed between writing
    /// its temporary and renaming it), clears stale temporaries from every folder of the journal; each save
    /// clears the folder it writes into anyway. Once per `Store` (a command, a UI session), adds the
    /// temporaries' line to ignore files written before it existed; such an older journal is swept whole
    /// then, since its leftovers predate the mark.
    func keepUp(journal: String, lock: FileLock) {
        var sweep = ((try? fileSystem.status(at: lock.path)) ?? nil)?.size ?? 0 > 0
        if !firstWrite.done {
            firstWrite.done = true
            sweep = addMissingIgnoreLines(journal: journal, lock: lock) || sweep
        }
        guard sweep else { return }
        for folder in writableFolders(journal: journal) {
            files.removeStaleTemporaries(inFolder: folder.isEmpty ? journal : journal + "/" + folder)
        }
        // The device-local index's folder: a read killed while writing the index leaves its temporary there.
        let index = journal + "/" + Self.indexFolder
        if !fileSystem.isSymbolicLink(at: index) { files.removeStaleTemporaries(inFolder: index) }
        try? fileSystem.markLock(lock, saving: false)
    }

    /// Distinguishes temporary files of saves in the same process and nanosecond.
    private static func uniqueNumber() -> UInt64 {
        var time = timespec()
        clock_gettime(CLOCK_MONOTONIC, &time)
        return UInt64(time.tv_sec) &* 1_000_000_000 &+ UInt64(time.tv_nsec) &+ UInt64(UInt32.random(in: 0...UInt32.max))
    }
}

/// Whether a `Store` has done its first-save upkeep. Read and written only while the writer lock is held,
/// which serialises saves even between threads of one process (each takes its own `flock`).
final class FirstWriteMark: @unchecked Sendable {
    var done = false
}
