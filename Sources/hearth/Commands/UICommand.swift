import ArgumentParser
import HearthStore

/// `hearth ui` (and bare `hearth`): the full-screen terminal UI.
struct UICommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ui", abstract: "Open the terminal UI (the default when no command is given).")

    @OptionGroup var store: StoreOptions
    @Flag(help: "Draw with plain ASCII symbols, whatever the terminal can show (as `hearth trends --ascii`).") var ascii = false

    func run() throws {
        // The journal folder first: a wrong --dir is worth saying even where no terminal is.
        let environment = ProcessEnvironment.current()
        // With no key given, an encrypted journal opens on the locked screen, which asks the passphrase itself.
        let givesKey = store.identity != nil || !store.passphraseFiles.isEmpty || !(environment["HEARTH_IDENTITY"] ?? "").isEmpty
        let context = try CommandContext(options: store, unlocking: givesKey ? .anyPartner(preferring: nil) : .nothing)
        try CommandContext.requireTerminal()
        // Keys given on the command line open the journal at once; the unlocker then holds them for home's `u`.
        let unlocker = try context.keyring.flatMap { keyring -> StoreUnlocker? in
            guard let files = try context.unlocking.keyFiles() else { return nil }
            return StoreUnlocker(store: context.store.with(keyring: nil), keyFiles: files,
                                 keyring: keyring.unlockedPartners.isEmpty ? nil : keyring)
        }
        try context.runUI(ascii: ascii, unlocker: unlocker)
    }
}
