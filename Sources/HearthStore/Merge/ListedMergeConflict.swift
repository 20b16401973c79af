/// One unresolved merge conflict as found in the journal: the conflict, where its entry is, and the version
/// of the file it was read from, so settling it never writes over a file that changed meanwhile.
public struct ListedMergeConflict: Sendable, Hashable {
    /// The file, record, field and both values.
    public var conflict: JournalMergeConflict
    /// Where the conflict's item under `conflicts:` starts, 1-based.
    public var line: Int
    public var column: Int
    /// The file as it was when listed.
    public var revision: Revision

    /// The path, relative to the journal.
    public var path: String { conflict.path }

    /// What doctor says of it: `rituals.md:9:5: unresolved merge conflict: …`.
    public var problem: StoreProblem { conflict.problem(line: line, column: column) }
}

extension JournalMergeConflict {
    /// What doctor says of this conflict, its entry at `line`:`column`, with how to settle it.
    func problem(line: Int, column: Int) -> StoreProblem {
        let message = field == Self.wholeRecord
            ? "unresolved merge conflict: \(record) was edited on one machine and removed on the other (the edit is kept)"
            : "unresolved merge conflict: \(record) \(field) is \(Self.quoted(kept)) here, \(Self.quoted(other)) on the other machine"
        return StoreProblem(path: path, line: line, column: column, message: message,
                            hint: "keep one value: `m` on the home screen, or `hearth resolve --keep kept|other \(path):\(line)`")
    }

    /// A value for one line of a message: quoted, its first line and at most 60 characters (`...` says it goes
    /// on), or `absent`.
    public static func quoted(_ value: String?) -> String {
        guard let value else { return "absent" }
        let line = value.split(separator: "\n", omittingEmptySubsequences: false).first.map(String.init) ?? ""
        let short = line.count > 60 ? String(line.prefix(57)) + "..." : line
        return "\"" + short + (line == value ? "" : " ...") + "\""
    }
}

/// The unresolved merge conflicts of a journal, and the `conflicts:` entries that do not read.
public struct MergeConflictListing: Sendable {
    /// In journal order: profile, agenda, rituals, then check-ins and moments by week.
    public var conflicts: [ListedMergeConflict] = []
    /// A malformed `conflicts:` entry, or a listed file that no longer reads.
    public var problems: [StoreProblem] = []

    public init(conflicts: [ListedMergeConflict] = [], problems: [StoreProblem] = []) {
        self.conflicts = conflicts
        self.problems = problems
    }
}
