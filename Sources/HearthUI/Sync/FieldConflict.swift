/// One field a merge kept both ways (a `conflicts:` entry), as the conflict chooser shows it.
public struct FieldConflict: Hashable, Sendable {
    /// The file, relative to the journal: `rituals.md`.
    public var path: String
    /// The line of its entry under `conflicts:`.
    public var line: Int
    /// Which record: `ritual:sunday-walk`, `check-in`, `partner:alex`.
    public var record: String
    /// Which field of it: `cadence`; `(record)` when one machine edited the record and the other removed it.
    public var field: String
    /// The value in the file now, this machine's; nil when absent.
    public var here: String?
    /// The other machine's value; nil when it removed the field (or the record).
    public var other: String?

    public init(path: String, line: Int, record: String, field: String, here: String?, other: String?) {
        self.path = path
        self.line = line
        self.record = record
        self.field = field
        self.here = here
        self.other = other
    }

    /// Whether one machine edited the whole record and the other removed it.
    public var isWholeRecord: Bool { field == "(record)" }

    /// `ritual:sunday-walk · cadence`.
    var title: String { isWholeRecord ? "\(record) · edited on one machine, removed on the other" : "\(record) · \(field)" }
}

/// Which value a settled conflict keeps.
public enum ConflictSide: Hashable, Sendable {
    /// This machine's: the value in the file now.
    case here
    /// The other machine's.
    case other

    /// How the chooser names it.
    var name: String { self == .here ? "this machine's" : "the other machine's" }
}
