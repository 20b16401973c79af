#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

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
            try removeTree(at: root)
        } catch {
            throw .io(error.path, error.message)
        }
    }

    /// Removes a folder's files and folders depth first, then the folder. Every entry is first unlinked as
    /// a file: that removes a symbolic link itself (even one to a folder, which the listing reports as a
    /// folder), so nothing outside the demo folder is ever followed into. Only a real folder refuses.
    private func removeTree(at path: String) throws(FileSystemError) {
        for entry in try fileSystem.listDirectory(at: path) ?? [] {
            let child = path + "/" + entry.name
            do {
                try fileSystem.removeFile(at: child)
            } catch where entry.isDirectory && (error.code == EISDIR || error.code == EPERM) {
                try removeTree(at: child)
            }
        }
        try fileSystem.removeDirectory(at: path)
    }
}
