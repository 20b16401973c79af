/// The one way the app makes a store: the folder the user chose, then any other folder from it, so
/// everything opened in a session reads and writes through the same file system.
extension Store {
    /// The journal folder the options and environment name (see `resolveRoot`), read and written through `fileSystem`.
    public static func open(dir: String?, environment: [String: String],
                            fileSystem: any FileSystem = RealFileSystem()) throws(StoreError) -> Store {
        Store(root: try resolveRoot(dir: dir, environment: environment), fileSystem: fileSystem)
    }

    /// Another folder (a demo just written, a folder switched to) read and written like this one: the same
    /// file system and the same patience with another writer's lock.
    public func reopened(at root: String) -> Store {
        var store = Store(root: root, fileSystem: fileSystem)
        store.lockPatience = lockPatience
        store.indexUse = indexUse
        return store
    }
}
