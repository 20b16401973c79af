import ArgumentParser

/// `hearth ui` (and bare `hearth`): the full-screen terminal UI.
struct UICommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ui", abstract: "Open the terminal UI (the default when no command is given).")

    @OptionGroup var store: StoreOptions
    @Flag(help: "Draw with plain ASCII symbols, whatever the terminal can show (as `hearth trends --ascii`).") var ascii = false

    func run() throws {
        // The journal folder first: a wrong --dir is worth saying even where no terminal is.
        let context = try CommandContext(options: store)
        try CommandContext.requireTerminal()
        try context.runUI(ascii: ascii)
    }
}
