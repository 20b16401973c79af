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
