/// Demo journals live in temporary folders that Hearth made itself; this removes one when the UI is done.
extension Store {
    /// The name every demo folder starts with (`hearth-demo-XXXXXX` under $TMPDIR).
    public static let demoFolderPrefix = "hearth-demo-"

    /// Deletes this store's folder and everything in it, but only when it is a demo folder by name: a
    /// couple's journal can never be passed here by mistake.
    public func deleteDemoFolder() throws(StoreError) {
        let name = root.split(separator: "/").last.map(String.init) ?? root
        guard name.hasPrefix(Self.demoFolderPrefix) else {
            throw .io(root, "not a demo folder (its name does not start with \(Self.demoFolderPrefix)); left as it is")
        }
        do {
            try files.removeEverything()
        } catch {
            throw .io(error.path, error.message)
        }
    }
}
