import HearthStore

/// The fields a merge kept both ways, as the journal reports them.
enum JournalConflicts {
    /// Whether `problem` is a kept-both-ways conflict (which sync may carry) rather than a broken file.
    static func isConflict(_ problem: StoreProblem) -> Bool { false }

    /// How many conflicts the loaded journal holds.
    static func count(in result: LoadResult) -> Int { result.problems.filter(isConflict).count }
}
