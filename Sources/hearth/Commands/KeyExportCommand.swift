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
        let (_, id, name, identity) = try CommandContext.unlocking(partner: partner, options: store, command: "key export")
        let key: PartnerKey
        do {
            key = try PartnerKey(partner: id, identity: identity)
        } catch {
            throw CommandFailure("\(error)")
        }
        StandardError.write("hearth: \(name)'s secret key follows, in the clear: keep it offline\n")
        StandardOutput.write(bytes: key.plainIdentityFile)
    }
}
