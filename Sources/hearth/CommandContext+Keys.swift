import ArgumentParser
import HearthDomain
import HearthSeal
import HearthStore

extension CommandContext {
    /// The journal's keys, or a failure saying the journal is not encrypted (for the key commands).
    func requireKeyring(for command: String) throws -> Keyring {
        guard let keyring else {
            throw CommandFailure("the journal in \(store.root) is not encrypted, so `hearth \(command)` has nothing to work on",
                                 hint: "encrypt it first with `hearth encrypt`")
        }
        return keyring
    }

    /// The partner a command line names (name or id) who has a key in `keys/`: by id or the id the name gives,
    /// else by the profile (a name in another script). Returns the id and, when the profile says, the name.
    func keyedPartner(_ text: String, in keyring: Keyring) throws -> (id: String, name: String) {
        let partners = keyring.recipients.keys.sorted()
        let settings = store.loadSettings().journal
        if let partner = settings?.profile.partner(named: text), partners.contains(partner.id) {
            return (partner.id, partner.name)
        }
        if let id = JournalUnlock.partnerID(text, among: partners) {
            return (id, settings?.profile.partners.first { $0.id == id }?.name ?? id)
        }
        throw CommandFailure("'\(text)' is no partner with a key in \(store.root)/\(KeyFolder.path)",
                             hint: "use one of: \(partners.joined(separator: ", "))")
    }

    /// The context of a key command about one partner (`--partner TEXT`), with that partner unlocked: their
    /// id, name and identity. Fails when the journal is not encrypted or the partner cannot be unlocked.
    static func unlocking(partner text: String, options: StoreOptions, command: String) throws
        -> (context: CommandContext, id: String, name: String, identity: X25519Identity) {
        var context = try CommandContext(options: options, unlocking: .partner(text))
        let who = try context.keyedPartner(text, in: try context.requireKeyring(for: command))
        try context.requireUnlocked(who.id)
        guard let identity = context.keyring?.identities[who.id] else { throw context.unlocking.lockedFailure(partner: who.id) }
        return (context, who.id, who.name, identity)
    }
}

/// `--new-passphrase-file FILE`: the passphrase a key is sealed under from now on.
struct NewPassphraseOption: ParsableArguments {
    @Option(name: .customLong("new-passphrase-file"), help: ArgumentHelp(
        "The new passphrase, the first line of FILE; asked twice on the terminal when left out.", valueName: "file"))
    var file: String?

    /// The passphrase in the file, else asked twice on the terminal for `whom`.
    func passphrase(for whom: String) throws -> String {
        try NewPassphrase.from(file: file, option: "--new-passphrase-file", for: whom)
    }
}
