import ArgumentParser
import HearthSeal

/// `hearth key export --partner P`: that partner's plain identity, for a backup on paper.
struct KeyExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export", abstract: "Print a partner's secret key (AGE-SECRET-KEY-1...) for a paper backup.",
        discussion: """
            Unlocks the partner (their passphrase, or --passphrase-file) and prints their age identity in the \
            clear on stdout. With it, `age -d -i FILE` opens every file of the journal that partner can read, \
            with no passphrase and without Hearth; `hearth --identity FILE` unlocks with it too. Write it on \
            paper or keep it offline: anyone who has it reads that partner's files.
            """)

    @OptionGroup var store: StoreOptions
    @Option(help: ArgumentHelp("Whose key to print (name or id).", valueName: "name")) var partner: String

    func run() throws {
        var context = try CommandContext(options: store, unlocking: .partner(partner))
        let who = try context.keyedPartner(partner, in: try context.requireKeyring(for: "key export"))
        try context.requireUnlocked(who.id)
        guard let identity = context.keyring?.identities[who.id] else { throw context.unlocking.lockedFailure(partner: who.id) }
        let key: PartnerKey
        do {
            key = try PartnerKey(partner: who.id, identity: identity)
        } catch {
            throw CommandFailure("\(error)")
        }
        StandardError.write("hearth: \(who.name)'s secret key follows, in the clear: keep it offline\n")
        StandardOutput.write(bytes: key.plainIdentityFile)
    }
}
