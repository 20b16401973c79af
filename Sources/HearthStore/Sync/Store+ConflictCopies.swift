/// Finding the copies file syncers leave (see `ConflictCopy`); reading never writes.
extension Store {
    /// Every conflict copy in the journal: at the top (profile, agenda, rituals) and in the year folders of
    /// check-ins and moments, sorted by path.
    public func conflictCopies() -> [ConflictCopy] {
        var found = topLevelConflictCopies()
        for folder in ["checkins", "moments"] {
            guard let years = try? fileSystem.listDirectory(at: absolute(folder)) else { continue }
            for year in years where year.isDirectory && !year.name.hasPrefix(".") {
                let yearFolder = folder + "/" + year.name
                guard let entries = try? fileSystem.listDirectory(at: absolute(yearFolder)) else { continue }
                found += entries.compactMap { ConflictCopy(path: yearFolder + "/" + $0.name) }
            }
        }
        return found.sorted { $0.path < $1.path }
    }

    /// The same copies as `conflictCopies()`, taken from what `loaded` (a load with moments) already found at the
    /// top and in year folders: only folders the load does not read are listed, so the UI's start does not
    /// list every year folder a second time and parse each of its file names again.
    public func conflictCopies(after loaded: LoadResult) -> [ConflictCopy] {
        var found = Set(loaded.conflictCopies.filter { Self.isCopyPlace($0.path) })
        for folder in ["checkins", "moments"] {
            guard let entries = try? fileSystem.listDirectory(at: absolute(folder)) else { continue }
            for other in entries where other.isDirectory && !other.name.hasPrefix(".") && (other.isLink || !Self.isYearFolderName(other.name)) {
                let otherFolder = folder + "/" + other.name
                guard let names = try? fileSystem.listDirectory(at: absolute(otherFolder)) else { continue }
                found.formUnion(names.compactMap { ConflictCopy(path: otherFolder + "/" + $0.name) })
            }
        }
        return found.sorted { $0.path < $1.path }
    }

    /// Whether `conflictCopies()` looks where `path` lies: the top, or a folder inside checkins/ or moments/.
    private static func isCopyPlace(_ path: String) -> Bool {
        let parts = path.split(separator: "/", omittingEmptySubsequences: false)
        return parts.count == 1 || (parts.count == 3 && (parts[0] == "checkins" || parts[0] == "moments"))
    }

    /// Conflict copies beside the profile, agenda and rituals (year folders report theirs as they are read).
    func topLevelConflictCopies() -> [ConflictCopy] {
        guard let entries = try? fileSystem.listDirectory(at: root) else { return [] }
        return entries.filter { !$0.isDirectory }.compactMap { ConflictCopy(path: $0.name) }.sorted { $0.path < $1.path }
    }
}

extension LoadResult {
    /// The conflict copies found while loading (each is also one of `problems`): the count the home screen shows.
    public var conflictCopies: [ConflictCopy] {
        problems.compactMap { ConflictCopy(path: $0.path) }
    }
}
