#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension FileSystem {
    /// Removes a folder's files and folders depth first, then the folder. Every entry is first unlinked as a
    /// file: that removes a symbolic link itself (even one to a folder, which the listing reports as a
    /// folder), so nothing outside the folder is ever followed into. Only a real folder refuses, and is
    /// then emptied the same way.
    public func removeTree(at path: String) throws(FileSystemError) {
        for entry in try listDirectory(at: path) ?? [] {
            let child = path + "/" + entry.name
            do {
                try removeFile(at: child)
            } catch where entry.isDirectory && (error.code == EISDIR || error.code == EPERM) {
                try removeTree(at: child)
            }
        }
        try removeDirectory(at: path)
    }
}
