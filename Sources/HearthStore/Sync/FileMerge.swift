/// The merge of three versions of one journal file as sync, git's merge driver and `hearth resolve` use it:
/// the record merge (`JournalMerge`), with a version it cannot merge by meaning as a refusal.
public enum FileMerge {
    /// What merging gave.
    public enum Outcome: Equatable, Sendable {
        /// The bytes to save, and how many fields were changed both ways (kept both, in the file's `conflicts:`).
        case merged([UInt8], conflicts: Int)
        /// Why the versions cannot be merged (a version that does not read, say): nothing should be saved.
        case refused(String)
    }

    /// Merges `ours` and `theirs`, both changed from `base` (nil: no common version is known, so
    /// everything either side has counts as added there, and a field they hold differently is a conflict).
    public static func merge(relativePath: String, base: [UInt8]?, ours: [UInt8], theirs: [UInt8]) -> Outcome {
        let result = JournalMerge.merge(relativePath: relativePath, base: base, ours: ours, theirs: theirs)
        if let unmerged = result.unmerged { return .refused(unmerged.reason) }
        return .merged(result.merged, conflicts: result.conflicts.count)
    }

    /// How many conflicts earlier merges left written in a journal file (0 when it does not read).
    public static func conflicts(in bytes: [UInt8], relativePath: String) -> Int {
        ((try? JournalMerge.conflicts(in: bytes, relativePath: relativePath)) ?? []).count
    }
}
