import ArgumentParser
import HearthStore

/// `hearth ui` (and bare `hearth`): the full-screen terminal UI.
struct UICommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ui", abstract: "Open the terminal UI (the default when no command is given).")

    @OptionGroup var store: StoreOptions
    @Flag(help: "Draw with plain ASCII symbols, whatever the terminal can show (as `hearth trends --ascii`).") var ascii = false

    func run() throws { try values.run() }

    /// What was read, as plain values.
    var values: Values { Values(store: store.place, ascii: ascii) }

    /// `hearth ui` as read, in plain values: the quick path (QuickCommand) makes these without the parser's
    /// property wrappers.
    struct Values: Equatable {
        var store: JournalPlace
        var ascii: Bool

        func run() throws {
            // The journal folder first: a wrong --dir is worth saying even where no terminal is.
            let environment = ProcessEnvironment.current()
            // With no key given, an encrypted journal opens on the locked screen, which asks the passphrase itself.
            let givesKey = store.identity != nil || !store.passphraseFiles.isEmpty || !(environment["HEARTH_IDENTITY"] ?? "").isEmpty
            let context = try CommandContext(options: store, unlocking: givesKey ? .anyPartner(preferring: nil) : .nothing)
            try CommandContext.requireTerminal()
            try context.runUI(ascii: ascii)
        }
    }
}
