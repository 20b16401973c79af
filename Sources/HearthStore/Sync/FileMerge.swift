/// The merge of three versions of one journal file, as sync and `hearth resolve` need it: the one
/// place they call the record merge.
public enum FileMerge {
    /// What merging gave.
    public enum Outcome: Equatable, Sendable {
        /// The bytes to save, and how many fields were changed both ways (kept both, for doctor to report).
        case merged([UInt8], conflicts: Int)
        /// Why the versions cannot be merged (a version that cannot be read, say); nothing should be saved.
        case refused(String)
    }

    /// Merges `ours` and `theirs`, both changed from `base` (nil: no common version is known, so
    /// everything either side has counts as added there).
    public static func merge(relativePath: String, base: [UInt8]?, ours: [UInt8], theirs: [UInt8]) -> Outcome {
        // A change on one side only wins over no change, whatever the file.
        if ours == theirs || base == theirs { return .merged(ours, conflicts: 0) }
        if base == ours { return .merged(theirs, conflicts: 0) }
        return .refused("both sides changed \(relativePath) and the record merge is not available in this build")
    }
}
