import ArgumentParser
import HearthStore

/// `hearth sync`: exchange check-ins with the partner's laptop through git.
struct SyncCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sync", abstract: "Exchange the journal with your partner's laptop through git.",
        discussion: """
            Commits what changed here, fetches the partner's commits, merges journal files record by record \
            (a field changed on both laptops keeps both values, for `hearth doctor` to list), and pushes. \
            Offline, it commits and says so; the next sync sends it. \
            An encrypted journal needs a partner unlocked; its files merge in memory, and git only sees them sealed. \
            Once per laptop: `hearth sync --setup URL-or-path` (a bare repository on a USB stick or NAS, ssh, \
            a private hosting service); with an empty --dir it clones the partner's journal there.
            """)

    @OptionGroup var store: StoreOptions

    @Option(help: ArgumentHelp("Set up sync with this remote (a URL or a path), then sync.", valueName: "url-or-path"))
    var setup: String?

    @Option(help: ArgumentHelp("Who is syncing from this laptop (name or id); remembered by --setup.", valueName: "name"))
    var partner: String?

    func run() throws {
        let context = try CommandContext(options: store, unlocking: .anyPartner(preferring: partner))
        let sync = JournalSync(store: context.store, partner: partner)
        let lines = try setup.map { try sync.setUp(remote: $0) } ?? sync.run()
        StandardOutput.write(lines.isEmpty ? "Already in sync.\n" : lines.joined(separator: "\n") + "\n")
    }
}
