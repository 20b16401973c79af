/// What `hearth doctor` checks besides the files' contents: links that lead out of the journal, modes that
/// let others read it, and temporaries that interrupted saves left. Never writes, except `tightenModes`.
extension Store {
    /// One entry of the journal as the walk found it.
    private enum Found {
        case linkOut(path: String, destination: String)
        case looseMode(path: String, absolutePath: String, mode: UInt32, isDirectory: Bool)
        case staleTemporary(path: String)

        var path: String {
            switch self {
            case .linkOut(let path, _), .looseMode(let path, _, _, _), .staleTemporary(let path): path
            }
        }
    }

    /// Links out of the journal, modes looser than 0700/0600 and stale temporaries, one problem each; then
    /// what encryption left to finish (see `sealingProblems`).
    public func hygieneProblems() -> [StoreProblem] {
        walkProblems() + sealingProblems()
    }

    private func walkProblems() -> [StoreProblem] {
        walk().map { found in
            switch found {
            case .linkOut(let path, let destination):
                StoreProblem(path: path, message: "is a symbolic link to \(destination), outside the journal; Hearth will not write through it",
                             hint: "move what it points to into the journal, or point the link inside it")
            case .looseMode(let path, _, let mode, let isDirectory):
                StoreProblem(path: path, message: "others can reach it (mode \(Self.octal(mode)); Hearth keeps "
                                 + (isDirectory ? "folders 0700)" : "files 0600)"),
                             hint: "run `hearth doctor --fix` to tighten it (that changes modes only)")
            case .staleTemporary(let path):
                StoreProblem(path: path, message: "a temporary left by an interrupted save; it may hold private text",
                             hint: "the next save removes it, or delete it yourself")
            }
        }
    }

    /// Takes the group's and others' bits off every folder and file of the journal that has them; changes
    /// nothing else. Returns what changed (`checkins 0755 -> 0700`) and what could not be changed.
    public func tightenModes() -> (changed: [String], failed: [StoreProblem]) {
        var changed: [String] = []
        var failed: [StoreProblem] = []
        for case .looseMode(let path, let absolutePath, let mode, _) in walk() {
            do {
                try fileSystem.setMode(of: absolutePath, to: mode & 0o700)
                changed.append("\(path) \(Self.octal(mode)) -> \(Self.octal(mode & 0o700))")
            } catch {
                failed.append(StoreProblem(path: path, message: "cannot change its mode: \(error.message)",
                                           hint: "change it yourself with chmod go-rwx"))
            }
        }
        return (changed, failed)
    }

    /// Hearth's own files and folders, never following a link out of the journal.
    private func walk() -> [Found] {
        guard let journal = try? resolvedRoot() else { return [] }
        var found: [Found] = []
        examine("", isFolder: true, journal: journal, into: &found)
        guard let entries = try? fileSystem.listDirectory(at: journal) else { return found }
        for entry in entries.sorted(by: { $0.name < $1.name }) {
            if JournalFileKind.topLevel[entry.name] != nil {
                examine(entry.name, isFolder: false, journal: journal, into: &found)
            } else if [Self.draftsFolder, Self.keysFolder, "checkins", "moments"].contains(entry.name) {
                let depth = entry.name == Self.draftsFolder || entry.name == Self.keysFolder ? 1 : 2
                walkFolder(entry.name, depth: depth, journal: journal, into: &found)
            } else if Self.isStaleTemporary(entry.name) {
                found.append(.staleTemporary(path: entry.name))
            } else if entry.name == Self.indexFolder, entry.isDirectory, !fileSystem.isSymbolicLink(at: absolute(entry.name)) {
                // Only a killed index write's leftovers: the index itself is this device's cache, not checked.
                let inside = (try? fileSystem.listDirectory(at: absolute(entry.name))) ?? []
                for file in inside where Self.isStaleTemporary(file.name) {
                    found.append(.staleTemporary(path: entry.name + "/" + file.name))
                }
            }
        }
        return found.sorted { $0.path < $1.path }
    }

    /// A folder and what it holds, `depth` levels down (year folders, then their files).
    private func walkFolder(_ path: String, depth: Int, journal: String, into found: inout [Found]) {
        guard examine(path, isFolder: true, journal: journal, into: &found), depth > 0,
              let entries = try? fileSystem.listDirectory(at: absolute(path)) else { return }
        // In listing order: sorting thousands of entries cost more than the checks; what is found is sorted.
        var folders: [String] = []
        for entry in entries {
            let child = path + "/" + entry.name
            if Self.isStaleTemporary(entry.name) {
                found.append(.staleTemporary(path: child))
            } else if entry.name.hasPrefix(".") {
                continue
            } else if entry.isDirectory {
                if depth > 1 { folders.append(child) }
            } else {
                examine(child, isFolder: false, journal: journal, into: &found)
            }
        }
        // Year folders side by side, as loading reads them: each file costs two system calls here.
        let years = folders
        Self.parallelForEach(years.count, chunkSize: 1, { index in
            var inFolder: [Found] = []
            walkFolder(years[index], depth: depth - 1, journal: journal, into: &inFolder)
            return inFolder
        }, then: { found += $0 })
    }

    /// Checks where one entry leads and its mode; true when it is inside the journal and may be walked into.
    @discardableResult
    private func examine(_ path: String, isFolder: Bool, journal: String, into found: inout [Found]) -> Bool {
        let absolutePath = path.isEmpty ? root : absolute(path)
        // What is not a link, in a folder already found inside, is inside: only links need resolving.
        if !path.isEmpty, fileSystem.isSymbolicLink(at: absolutePath) {
            guard let resolved = (try? fileSystem.resolvedPath(of: absolutePath)) ?? nil else { return false }
            guard Self.isInside(resolved, journal: journal) else {
                // A journal file that links out is already reported by its reader ("is a link to …, outside the
                // journal folder"); folders, and the files no reader reads, are reported here.
                let isFolderOut = ((try? fileSystem.status(at: resolved)) ?? nil)?.isDirectory ?? false
                if isFolder || isFolderOut || !Self.readFiles.contains(path) && !path.contains("/") {
                    found.append(.linkOut(path: path, destination: resolved))
                }
                return false
            }
        }
        guard let status = (try? fileSystem.status(at: absolutePath)) ?? nil else { return false }
        if status.mode & 0o077 != 0 {
            found.append(.looseMode(path: path.isEmpty ? root : path, absolutePath: absolutePath, mode: status.mode,
                                    isDirectory: status.isDirectory))
        }
        return true
    }

    /// Files at the top that a reader reads and so reports itself when they link out.
    private static let readFiles: Set = [profilePath, agendaPath, ritualsPath]

    private static func octal(_ mode: UInt32) -> String {
        let digits = String(mode, radix: 8)
        return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }
}
