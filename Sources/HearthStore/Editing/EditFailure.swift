/// Why an edit was not applied: one line saying what and where, and one saying what to do (may be empty).
public struct EditFailure: Error, Hashable, Sendable, CustomStringConvertible {
    /// What went wrong, naming the file or value.
    public let message: String
    /// What to do about it; empty when the message says enough.
    public let hint: String

    /// A failure with its message and, optionally, a hint.
    public init(_ message: String, hint: String = "") {
        self.message = message
        self.hint = hint
    }

    /// The message and hint on one line, for a status bar.
    public var description: String { hint.isEmpty ? message : "\(message); \(hint)" }
}
