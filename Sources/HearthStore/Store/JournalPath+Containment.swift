/// Keeping writes inside the journal: a folder or file of the journal may be a symbolic link (a year folder
/// kept on another disk, say), but only one that leads somewhere inside the journal is written through.
extension Store {
    /// The journal folder as the file system resolves it (the root itself may be a link: that is where the
    /// couple keeps the journal).
    func resolvedRoot() throws(StoreError) -> String {
        let resolved: String?
        do {
            resolved = try fileSystem.resolvedPath(of: root)
        } catch {
            throw .io(root, error.message)
        }
        guard let resolved else { throw .notInitialized(root) }
        return resolved
    }

    /// True when `resolved` (a resolved path) is the journal folder `resolvedRoot` or inside it.
    static func isInside(_ resolved: String, journal resolvedRoot: String) -> Bool {
        if resolved == resolvedRoot { return true }
        return resolved.hasPrefix(resolvedRoot.hasSuffix("/") ? resolvedRoot : resolvedRoot + "/")
    }

    /// Where the journal path `relativePath` really leads, refusing one that leads outside the journal;
    /// nil when nothing is there (or only a dangling link, which a rename replaces without following).
    func resolvedInside(_ relativePath: String, journal resolvedRoot: String) throws(StoreError) -> String? {
        let resolved: String?
        do {
            resolved = try fileSystem.resolvedPath(of: absolute(relativePath))
        } catch {
            throw .io(relativePath, error.message)
        }
        guard let resolved else { return nil }
        guard Self.isInside(resolved, journal: resolvedRoot) else { throw .leavesJournal(relativePath, resolved) }
        return resolved
    }
}
