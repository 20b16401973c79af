/// The ignore files `init` leaves for git and Syncthing, so what belongs to one device stays there.
extension Store {
    /// What no other device should get: the writer lock (it means something only on the machine that holds
    /// it), and drafts (one partner's unfinished answers, which would otherwise be offered for resuming on the
    /// other partner's laptop, before that partner chose to share them).
    static let deviceOnlyPaths = [lockPath, draftsFolder + "/"]

    /// `.gitignore`, in git's syntax (`#` comments).
    static var gitIgnore: String {
        "# Written by `hearth init`: these stay on this device (the writer lock, check-ins still being answered).\n"
            + deviceOnlyPaths.joined(separator: "\n") + "\n"
    }

    /// `.stignore`, in Syncthing's syntax (`//` comments; a folder is named without its slash).
    static var syncthingIgnore: String {
        "// Written by `hearth init`: these stay on this device (the writer lock, check-ins still being answered).\n"
            + deviceOnlyPaths.map { $0.hasSuffix("/") ? String($0.dropLast()) : $0 }.joined(separator: "\n") + "\n"
    }

    /// Writes `.gitignore` and `.stignore` where none is present; one the couple already has is theirs and
    /// is left exactly as it is.
    func writeSyncIgnores() throws(StoreError) {
        for (path, text) in [(".gitignore", Self.gitIgnore), (".stignore", Self.syncthingIgnore)] where try !exists(path) {
            _ = try replace(path, expected: nil) { _ in Array(text.utf8) }
        }
    }
}
