/// The ignore files `init` leaves for git and Syncthing, so what belongs to one device stays there.
extension Store {
    /// What no other device should get: the writer lock (it means something only on the machine that holds
    /// it), and drafts (one partner's unfinished answers, which would otherwise be offered for resuming on the
    /// other partner's laptop, before that partner chose to share them).
    static let deviceOnlyPaths = [lockPath, draftsFolder + "/"]

    /// Temporaries of saves (`.profile.md.tmp-PID-N`): an interrupted save can leave one, holding private
    /// text; the same pattern in git's and Syncthing's syntax, in any folder.
    static let temporariesPattern = ".*.tmp-*"

    private static let temporariesComment = "Added by Hearth: temporaries an interrupted save can leave (the next save removes them)."

    /// `.gitignore`, in git's syntax (`#` comments).
    static var gitIgnore: String {
        "# Written by `hearth init`: these stay on this device (the writer lock, check-ins still being answered,\n"
            + "# temporaries of interrupted saves).\n"
            + (deviceOnlyPaths + [temporariesPattern]).joined(separator: "\n") + "\n"
    }

    /// `.stignore`, in Syncthing's syntax (`//` comments; a folder is named without its slash).
    static var syncthingIgnore: String {
        "// Written by `hearth init`: these stay on this device (the writer lock, check-ins still being answered,\n"
            + "// temporaries of interrupted saves).\n"
            + (deviceOnlyPaths.map { $0.hasSuffix("/") ? String($0.dropLast()) : $0 } + [temporariesPattern])
                .joined(separator: "\n") + "\n"
    }

    /// Writes `.gitignore` and `.stignore` where none is present; one the couple already has is theirs and
    /// is left exactly as it is.
    func writeSyncIgnores() throws(StoreError) {
        for (path, text) in [(".gitignore", Self.gitIgnore), (".stignore", Self.syncthingIgnore)] where try !exists(path) {
            _ = try replace(path, expected: nil) { _ in Array(text.utf8) }
        }
    }

    /// Ignore files from before temporaries were named in them get the line appended (with a comment), every
    /// other line kept as it is. The writer `lock` is held; a file that cannot be read or written is left
    /// alone. True when a line was added.
    func addMissingIgnoreLines(journal: String, lock: FileLock) -> Bool {
        var added = false
        for (path, comment) in [(".gitignore", "# "), (".stignore", "// ")] {
            guard let target = (try? resolvedInside(path, journal: journal)) ?? nil,
                  let current = (try? files.read(JournalFile(kind: .ignoreFile, path: target))) ?? nil,
                  !current.bytes.split(separator: 0x0A).contains(where: { $0.elementsEqual(Self.temporariesPattern.utf8) })
            else { continue }
            let written = try? replaceLocked(path, journal: journal, lock: lock, onDisk: .version(Revision(current.bytes))) { current in
                var bytes = current?.bytes ?? []
                if let last = bytes.last, last != 0x0A { bytes.append(0x0A) }
                return bytes + Array((comment + Self.temporariesComment + "\n" + Self.temporariesPattern + "\n").utf8)
            }
            added = added || written != nil
        }
        return added
    }
}
