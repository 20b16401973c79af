extension Store {
    /// Writes the ignore files (`.gitignore`, `.stignore`) and each of `extra` (path, text) where the
    /// journal has none yet; files already there are the couple's and stay exactly as they are.
    public func writeSyncFiles(extra: [(path: String, text: String)]) throws(StoreError) {
        try writeSyncIgnores()
        for (path, text) in extra where try !exists(path) {
            _ = try replace(path, expected: nil) { _ in Array(text.utf8) }
        }
    }
}
