import ArgumentParser
import HearthUI

/// How options that take a number or a duration read their value, so every command reads them alike.
enum CountArgument {
    /// A count of something (weeks, years, columns): a whole number of at least 1. `--weeks -3` reaches
    /// here too, since count options take the next word whatever it looks like.
    static func positive(_ text: String) throws -> Int {
        guard let value = Int(text.trimmingWhitespace()) else {
            throw ValidationError("'\(text)' is not a whole number; the number must be positive, such as 12")
        }
        guard value > 0 else { throw ValidationError("the number must be positive (1 or more), not \(value)") }
        return value
    }

    /// A duration written as the check-in screen reads it (`90`, `90m`, `1h40`, `1h 40m`, `1:40`, `1.5h`),
    /// in minutes.
    static func minutes(_ text: String) throws -> Int {
        let entry = MinutesEntry(text)
        guard let minutes = entry.value else { throw ValidationError("'\(text)': \(entry.note)") }
        return minutes
    }
}
