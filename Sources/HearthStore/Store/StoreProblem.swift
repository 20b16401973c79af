/// A file that could not be read into the journal, and where and why; the rest still loads.
public struct StoreProblem: Error, Hashable, Sendable, CustomStringConvertible {
    /// Relative to the store root: `checkins/2026/2026-W47-alex.md`.
    public var path: String
    /// 1-based; nil for problems with the file as a whole (its name, its folder).
    public var line: Int?
    /// 1-based, in characters (not bytes).
    public var column: Int?
    /// What is wrong, in one line.
    public var message: String
    /// What to do about it.
    public var hint: String

    /// A problem at a file position (line and column count from 1; nil when the whole file is meant).
    public init(path: String, line: Int? = nil, column: Int? = nil, message: String, hint: String) {
        self.path = path
        self.line = line
        self.column = column
        self.message = message
        self.hint = hint
    }

    /// `checkins/2026/2026-W47-alex.md:7:14: rating 9 is outside 1-5 (hint: use 1-5 or `skipped`)`.
    public var description: String {
        var place = path
        if let line {
            place += ":\(line)"
            if let column { place += ":\(column)" }
        }
        return "\(place): \(message) (hint: \(hint))"
    }
}
