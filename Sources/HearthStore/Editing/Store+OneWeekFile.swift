import HearthDomain

extension Store {
    /// Reads only what logging a moment needs: the profile, agenda and rituals, and the moments `partner`
    /// logged in `week` outside a check-in (the journal holds at most those). Never writes.
    public func load(momentsOf week: Week, partner: String) -> LoadResult {
        load(oneWeekFile: Self.momentsPath(of: week, partner: partner), week: week, partner: partner, onto: loadSettings(),
             read: readMoments) { journal, contents in journal.moments = contents.moments }
    }

    /// Reads the one week file at `path` (a check-in, or a partner's moments) onto settings already read.
    func load<Value>(oneWeekFile path: String, week: Week, partner: String, onto settings: LoadResult,
                     read: (WeekFile, FolderHandle, CheckContext) -> FileOutcome<Value>,
                     keep: (inout Journal, Value) -> Void) -> LoadResult {
        var result = settings
        guard var journal = result.journal else { return result }
        let file = WeekFile(week: week, partner: partner, lowercaseW: false, folder: Self.parent(of: path))
        let context = CheckContext(profile: journal.profile, rituals: journal.rituals)
        switch read(file, FolderHandle(path: absolute(file.folder), descriptor: -1), context) {
        case .absent: break
        // A broken file gets no revision, so a save refuses to write over it.
        case .broken(let problems): result.problems += problems
        case .loaded(let value, let revision):
            keep(&journal, value)
            result.revisions[path] = revision
        }
        result.journal = journal
        return result
    }
}
