import HearthSeal
import HearthStore

/// What `hearth doctor` says about an encrypted journal's `keys/` folder: a key half there, a partner without a
/// key, a rotation that was stopped.
enum KeyFolderCheck {
    /// The problems of the key files `files` (names in `keys/`) for the journal's partners (ids).
    static func problems(files: [String: [UInt8]], partners: [String]) -> [StoreProblem] {
        let names = Set(files.keys)
        let keyed = Set(names.compactMap(KeyFolder.partner(ofRecipientFile:)))
        guard !keyed.isEmpty else { return [] }
        var problems: [StoreProblem] = []
        for partner in keyed.sorted() where !names.contains("\(partner).age") {
            problems.append(StoreProblem(path: KeyFolder.identityPath(partner),
                                         message: "is missing: \(partner) cannot unlock with a passphrase",
                                         hint: "restore it from a backup, or unlock with --identity and an exported key"))
        }
        for name in names.sorted() where name.hasSuffix(".next.age") {
            let partner = String(name.dropLast(".next.age".count))
            problems.append(StoreProblem(path: "\(KeyFolder.path)/\(name)",
                                         message: "holds the new key of a `hearth key rotate` that was stopped",
                                         hint: "run `hearth key rotate --partner \(partner)` again with the same new passphrase"))
        }
        for partner in partners.sorted() where !names.contains("\(partner).pub") {
            problems.append(StoreProblem(path: KeyFolder.recipientPath(partner),
                                         message: "is missing: files written now are not encrypted to \(partner), who cannot read them",
                                         hint: "run `hearth key add-partner --partner \(partner)`"))
        }
        return problems
    }
}
