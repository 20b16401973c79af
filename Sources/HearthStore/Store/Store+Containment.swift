/// Whether a path stays inside the journal once links are followed: what a folder link must do to be read.
extension Store {
    /// The problem with the link at `relativePath`, or nil when it leads to something inside the journal.
    func linkProblem(_ relativePath: String, folder: Bool) -> StoreProblem? {
        let what = folder ? "folder" : "file"
        let resolved: String?
        do throws(FileSystemError) {
            resolved = try fileSystem.resolvedPath(of: absolute(relativePath))
        } catch {
            return StoreProblem(path: relativePath, message: error.message, hint: "remove the link, or point it at the \(what)")
        }
        guard let resolved else {
            return StoreProblem(path: relativePath, message: "is a link to a \(what) that does not exist",
                                hint: "restore what it points to, or remove the link")
        }
        guard isInsideJournal(resolved) else {
            return StoreProblem(path: relativePath, message: "is a link to \(resolved), outside the journal folder; not read",
                                hint: "Hearth follows links only within the journal: move the \(what) into the journal in place of the link")
        }
        return nil
    }

    /// Whether an absolute, link-free path is the journal folder or inside it.
    func isInsideJournal(_ resolved: String) -> Bool {
        let journal = ((try? fileSystem.resolvedPath(of: root)) ?? nil) ?? root
        return resolved == journal || resolved.hasPrefix(journal == "/" ? "/" : journal + "/")
    }
}

extension Store {
    /// What is wrong with a top folder of the journal (`checkins`, `moments`, `drafts`): a link out of the
    /// journal or to nothing, or a file in its place; nil when it is a folder within the journal, or absent.
    func folderProblem(_ relativePath: String) -> StoreProblem? {
        let entry = try? fileSystem.status(at: absolute(relativePath))
        if let entry, !entry.isDirectory {
            return StoreProblem(path: relativePath, message: "is a file, not a folder; nothing in it was read",
                                hint: "move the file out of the journal folder; Hearth keeps its files in the folder \(relativePath)/")
        }
        guard let resolved = (try? fileSystem.resolvedPath(of: absolute(relativePath))) ?? nil else { return nil }
        if isInsideJournal(resolved) { return nil }
        return linkProblem(relativePath, folder: true)
    }

    /// A folder found where a journal file should be.
    static func folderInPlaceOfFile(_ relativePath: String) -> StoreProblem {
        StoreProblem(path: relativePath, message: "is a folder, not a file",
                     hint: "Hearth reads only plain files here: move the folder out of the journal folder, or put the file in its place")
    }
}
