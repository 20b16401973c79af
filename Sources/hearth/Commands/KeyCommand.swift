import ArgumentParser

/// `hearth key`: the partners' keys of an encrypted journal.
struct KeyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "key", abstract: "Manage the partners' keys of an encrypted journal.",
        subcommands: [KeyExportCommand.self, KeyAddPartnerCommand.self, KeyRotateCommand.self])
}
