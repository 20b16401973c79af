#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Why the journal folder itself cannot be used: say so at once, rather than treat it as an empty journal.
public struct RootProblem: Error, Hashable, Sendable, CustomStringConvertible {
    /// What is wrong, naming the folder.
    public var message: String
    /// What to do about it.
    public var hint: String

    public var description: String { "\(message) (hint: \(hint))" }
}

extension Store {
    /// What stops Hearth from reading the journal folder: a file in its place (or in place of a folder above
    /// it), or a folder it may not read. Nil when it is a readable folder, or does not exist yet (set-up makes it).
    public func rootProblem() -> RootProblem? {
        let status: FileStatus?
        do throws(FileSystemError) {
            status = try fileSystem.status(at: root)
            if status?.isDirectory == true { _ = try fileSystem.listDirectory(at: root) }
        } catch {
            return unreadable(error)
        }
        guard let status else { return fileAbove() }
        if !status.isDirectory {
            return RootProblem(message: "\(root) is a file, not a folder",
                               hint: "point --dir (or HEARTH_DIR) at your journal's folder, or at a new folder to start one")
        }
        return nil
    }

    private func unreadable(_ error: FileSystemError) -> RootProblem {
        if error.code == EACCES || error.code == EPERM {
            return RootProblem(message: "cannot read \(root): permission denied",
                               hint: "if the journal is yours, give yourself access (`chmod u+rwx \(root)`); "
                                   + "otherwise run Hearth as the user it belongs to")
        }
        return RootProblem(message: "cannot read \(root): \(error.message)", hint: "check the folder and the disk, then try again")
    }

    /// For a journal folder that does not exist: a file where one of the folders above it should be.
    private func fileAbove() -> RootProblem? {
        var path = Substring(root)
        while let slash = path.lastIndex(of: "/"), slash > path.startIndex {
            path = path[..<slash]
            guard let status = try? fileSystem.status(at: String(path)) else { continue }
            if status.isDirectory { return nil }
            return RootProblem(message: "\(path) is a file, not a folder, so \(root) cannot be a journal folder",
                               hint: "point --dir (or HEARTH_DIR) at a folder")
        }
        return nil
    }
}
