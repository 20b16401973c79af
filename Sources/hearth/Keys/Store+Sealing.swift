import HearthSeal
import HearthStore

/// Where the executable hands keys to the store, in one file: the store sealing with a keyring, and turning a
/// journal's files from one form into the other.
extension Store {
    /// This journal, its files sealed and opened with `keyring`.
    func sealing(with keyring: Keyring) throws -> Store {
        with(keyring: keyring)
    }

    /// Rewrites every journal file in the sealed form (`sealed`) or the plain one; resumable. Files left as
    /// they were (no key opens them, damaged) are listed on stderr and fail the command.
    func convertFiles(sealed: Bool) throws {
        let conversion: JournalConversion
        do {
            conversion = try convert(to: sealed ? .sealed : .plain)
        } catch {
            throw CommandFailure("\(error)")
        }
        guard conversion.problems.isEmpty else {
            for problem in conversion.problems { StandardError.write("hearth: \(problem)\n") }
            let count = conversion.problems.count
            throw CommandFailure("\(count) file\(count == 1 ? " was" : "s were") left as \(count == 1 ? "it was" : "they were")",
                                 hint: "fix what is listed above, then run this again to finish")
        }
    }
}
