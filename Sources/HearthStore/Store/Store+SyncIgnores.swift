/// The ignore files `init` leaves for git and Syncthing, so what belongs to one device stays there.
extension Store {
    /// What no other device should get: the writer lock (it means something only on the machine that holds
    /// it), and drafts (one partner's unfinished answers, which would otherwise be offered for resuming on the
    /// other partner's laptop, before that partner chose to share them).
    /// The device-local index (`.hearth/`), a cache of this device's reads, too.
    static let deviceOnlyPaths = [lockPath, draftsFolder + "/", indexFolder + "/"]

    /// The folder of the device-local index.
    static let indexFolder = ".hearth"

    /// Temporaries of saves (`.profile.md.tmp-PID-N`): an interrupted save can leave one, holding private
    /// text; the same pattern in git's and Syncthing's syntax, in any folder.
    static let temporariesPattern = ".*.tmp-*"

    private static let temporariesComment = "Added by Hearth: temporaries an interrupted save can leave (the next save removes them)."
    private static let indexComment = "Added by Hearth: the device-local index, a cache that stays on this device."

    /// `.gitignore`, in git's syntax (`#` comments).
    static var gitIgnore: String {
        "# Written by `hearth init`: these stay on this device (the writer lock, check-ins still being answered,\n"
            + "# the index, temporaries of interrupted saves).\n"
            + (deviceOnlyPaths + [temporariesPattern]).joined(separator: "\n") + "\n"
    }

    /// `.stignore`, in Syncthing's syntax (`//` comments; a folder is named without its slash).
    static var syncthingIgnore: String {
        "// Written by `hearth init`: these stay on this device (the writer lock, check-ins still being answered,\n"
            + "// the index, temporaries of interrupted saves).\n"
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

    /// Ignore files from before temporaries or the index were named in them get the missing lines appended (each
    /// with a comment), every other line kept as it is. The writer `lock` is held; a file that cannot be read or
    /// written is left alone. True when the temporaries' line was added (an older journal, swept whole then).
    func addMissingIgnoreLines(journal: String, lock: FileLock) -> Bool {
        var addedTemporaries = false
        for (path, comment, index) in [(".gitignore", "# ", Self.indexFolder + "/"), (".stignore", "// ", Self.indexFolder)] {
            guard let target = (try? resolvedInside(path, journal: journal)) ?? nil,
                  let current = (try? files.read(JournalFile(kind: .ignoreFile, path: target))) ?? nil else { continue }
            let lines = current.bytes.split(separator: 0x0A)
            var addition: [UInt8] = []
            var missesTemporaries = false
            for (line, note) in [(index, Self.indexComment), (Self.temporariesPattern, Self.temporariesComment)]
                where !lines.contains(where: { $0.elementsEqual(line.utf8) }) {
                addition += Array((comment + note + "\n" + line + "\n").utf8)
                missesTemporaries = missesTemporaries || line == Self.temporariesPattern
            }
            guard !addition.isEmpty else { continue }
            let written = try? replaceLocked(path, journal: journal, lock: lock, onDisk: .version(Revision(current.bytes))) { current in
                var bytes = current?.bytes ?? []
                if let last = bytes.last, last != 0x0A { bytes.append(0x0A) }
                return bytes + addition
            }
            if written != nil, missesTemporaries { addedTemporaries = true }
        }
        return addedTemporaries
    }
}
