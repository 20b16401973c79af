import HearthStore

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

extension CommandFailure {
    /// Runs an edit, turning the library's refusal into a command failure with the same two lines.
    static func editing<Value>(_ work: () throws(EditFailure) -> Value) throws(CommandFailure) -> Value {
        do {
            return try work()
        } catch {
            throw CommandFailure(error.message, hint: error.hint)
        }
    }
}
