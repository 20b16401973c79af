import ArgumentParser
import HearthSeal
import HearthStore

/// `hearth passphrase --partner P`: one partner's passphrase changed; only `keys/<id>.age` is rewritten.
struct PassphraseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "passphrase", abstract: "Change one partner's passphrase of an encrypted journal.",
        discussion: """
            Unlocks the partner's key with the old passphrase (asked, or --passphrase-file PARTNER=FILE, or \
            --identity with that partner's exported key), then seals the same key under the new one \
            (asked twice, or --new-passphrase-file). Only keys/<id>.age is rewritten: the journal's files stay \
            as they are, and the other partner's passphrase is untouched. A copy of the old keys/<id>.age \
            (a backup, a sync history) still opens with the old passphrase.
            """)

    @OptionGroup var store: StoreOptions
    @Option(help: ArgumentHelp("Whose passphrase to change (name or id).", valueName: "name")) var partner: String
    @OptionGroup var newPassphrase: NewPassphraseOption

    func run() throws {
        let (context, id, name, identity) = try CommandContext.unlocking(partner: partner, options: store, command: "passphrase")
        var passphrase = try newPassphrase.passphrase(for: name)
        defer { passphrase = "" }
        let sealed: [UInt8]
        do {
            sealed = try KeyStrength.sealedIdentity(PartnerKey(partner: id, identity: identity), passphrase: passphrase)
        } catch {
            throw CommandFailure("cannot seal \(name)'s key: \(error)")
        }
        let path = KeyFolder.identityPath(id)
        do {
            try context.store.writeKeyFiles([(path: path, bytes: sealed)])
        } catch {
            throw CommandFailure("\(error)")
        }
        print("Changed \(name)'s passphrase (\(context.store.root)/\(path)); the journal's files are unchanged.")
    }
}
