/// A user-facing failure: one line saying what went wrong and where, and one saying what to do.
struct CommandFailure: Error, CustomStringConvertible {
    let message: String
    let hint: String

    init(_ message: String, hint: String = "") {
        self.message = message
        self.hint = hint
    }

    var description: String { hint.isEmpty ? message : "\(message)\nHint: \(hint)" }
}
