import HearthSeal
import HearthStore

/// Where the executable hands keys to the store, in one file: the store sealing with a keyring, and turning a
/// journal's files from one form into the other.
extension Store {
    /// This journal, its files sealed and opened with `keyring`.
    func sealing(with keyring: Keyring) throws -> Store {
        throw CommandFailure("this journal is encrypted, and this build of Hearth cannot open its files yet (issue 12)")
    }

    /// Rewrites every journal file in the sealed form (`sealed`) or the plain one; resumable.
    func convertFiles(sealed: Bool) throws {
        throw CommandFailure("this build of Hearth cannot \(sealed ? "seal" : "open") the journal's files yet (issue 12)")
    }
}
