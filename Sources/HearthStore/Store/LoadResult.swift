import HearthDomain

/// What `Store.load()` found: the journal, every file it had to skip, and the revision of each file read.
public struct LoadResult: Sendable {
    /// Nil when there is no profile yet (or it could not be read: see `problems`).
    public var journal: Journal?
    /// Every broken file, skipped from the journal.
    public var problems: [StoreProblem]
    /// Revisions of the single files (profile, agenda, rituals).
    var revisions: [String: Revision]
    /// Revisions of the week files, one set per folder.
    var weekRevisions: [WeekRevisions] = []
    /// Files read whole whose front matter holds a `conflicts:` entry (relative paths, in journal order), for
    /// `Store.mergeConflicts(after:)`.
    var conflictedPaths: [String] = []
    /// The index write this load left running on another thread (see `IndexUse.writesInBackground`); nil when it
    /// wrote none, or wrote it before returning.
    public internal(set) var indexWrite: IndexWriteInFlight?

    /// A result without revisions, for previews and tests.
    public init(journal: Journal?, problems: [StoreProblem] = []) {
        self.journal = journal
        self.problems = problems
        self.revisions = [:]
    }

    /// The fingerprint of a file as loaded, to pass to a save as `expected`; nil when the file was absent.
    public func revision(ofPath relativePath: String) -> Revision? {
        if let revision = revisions[relativePath] { return revision }
        for folder in weekRevisions {
            if let revision = folder.revision(ofPath: relativePath) { return revision }
        }
        return nil
    }
}
