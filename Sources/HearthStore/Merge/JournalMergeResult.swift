/// What a three-way merge of one journal file made: the bytes to write, and what it could not settle.
///
/// Bytes are `[UInt8]`, not `Data`: HearthStore stays free of Foundation, which costs start-up time.
public struct JournalMergeResult: Sendable, Equatable {
    /// The merged file, in canonical form; every conflict is also written into it (see `JournalMergeConflict`).
    /// When `unmerged` is set this is `ours` unchanged.
    public var merged: [UInt8]
    /// What this merge could not settle: fields both sides changed differently, and records edited on one
    /// side and removed on the other. Conflicts the sides already held stay in `merged` but are not repeated
    /// here; `JournalMerge.conflicts(in:relativePath:)` lists every one a file holds.
    public var conflicts: [JournalMergeConflict]
    /// Set when the three versions could not be merged by meaning (a side that does not parse, a file Hearth
    /// does not merge): nothing was guessed, `merged` is ours as it was and `theirs` must be kept beside it.
    public var unmerged: JournalUnmerged?

    public init(merged: [UInt8], conflicts: [JournalMergeConflict] = [], unmerged: JournalUnmerged? = nil) {
        self.merged = merged
        self.conflicts = conflicts
        self.unmerged = unmerged
    }

    /// True when the merge settled everything: nothing to ask the couple.
    public var isClean: Bool { conflicts.isEmpty && unmerged == nil }
}

/// One field of one record changed two ways. The file keeps `kept` in place and `other` in its
/// `conflicts:` entry, so nothing is lost and the journal still reads; `JournalMerge.resolve` settles it.
public struct JournalMergeConflict: Sendable, Hashable, CustomStringConvertible {
    /// The file, relative to the journal: `rituals.md`, `checkins/2026/2026-W47-alex.md`.
    public var path: String
    /// Which record: `ritual:date-night`, `partner:alex`, `step:ratings`, `moment:m-1f3a9c0e`,
    /// `mark:sunday-walk`, `check-in` (a check-in's own fields), `key:NAME` or `section:HEADING` (kept as written).
    public var record: String
    /// Which field of it: `cadence`, `ratings.emotional`, `How we are doing`; `JournalMergeConflict.wholeRecord`
    /// when one side edited the record and the other removed it.
    public var field: String
    /// The value in the file now, as text (for a merge: ours, or the edit when the other side removed it); nil
    /// when the field is absent.
    public var kept: String?
    /// The other side's value, as text; nil when that side removed the field (or the record).
    public var other: String?

    /// The `field` of a conflict between an edit and a removal of the whole record.
    public static let wholeRecord = "(record)"

    public init(path: String, record: String, field: String, kept: String?, other: String?) {
        self.path = path
        self.record = record
        self.field = field
        self.kept = kept
        self.other = other
    }

    /// `rituals.md: ritual:date-night cadence: kept "weekly friday", other "weekly saturday"`.
    public var description: String {
        func show(_ value: String?) -> String { value.map { "\"\($0)\"" } ?? "(none)" }
        if field == Self.wholeRecord {
            return "\(path): \(record) was edited on one side and removed on the other; the edit is kept"
        }
        return "\(path): \(record) \(field): kept \(show(kept)), other \(show(other))"
    }
}

/// Why a file was not merged by meaning, and the other side's bytes to keep safe beside it.
public struct JournalUnmerged: Sendable, Equatable {
    /// In words, naming the side and the file position when a side does not parse.
    public var reason: String
    /// Their version, exactly as given: write it beside the file (a conflict copy) so nothing is lost.
    public var theirs: [UInt8]

    public init(reason: String, theirs: [UInt8]) {
        self.reason = reason
        self.theirs = theirs
    }
}

/// Which side's value a resolved conflict keeps.
public enum JournalMergeSide: String, Sendable, CaseIterable {
    /// The value in place (`JournalMergeConflict.kept`).
    case kept
    /// The alternate value (`JournalMergeConflict.other`).
    case other
}

/// A conflict that cannot be resolved in this file: it is not there, or its value does not read.
public struct JournalMergeError: Error, Sendable, Equatable, CustomStringConvertible {
    public var path: String
    public var message: String

    public init(path: String, message: String) {
        self.path = path
        self.message = message
    }

    public var description: String { "\(path): \(message)" }
}
