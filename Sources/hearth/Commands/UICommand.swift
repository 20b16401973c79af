import ArgumentParser

/// `hearth ui` (and bare `hearth`): the full-screen terminal UI.
struct UICommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ui", abstract: "Open the terminal UI (the default when no command is given).")

    @OptionGroup var store: StoreOptions
    @Flag(help: "Draw with plain ASCII symbols, whatever the terminal can show (as `hearth trends --ascii`).") var ascii = false

    func run() throws {
        try CommandContext.requireTerminal()
        try CommandContext(options: store).runUI(ascii: ascii)
    }
}
