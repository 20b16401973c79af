import ArgumentParser

/// `hearth ui` (and bare `hearth`): the full-screen terminal UI.
struct UICommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ui", abstract: "Open the terminal UI (the default when no command is given).")

    @OptionGroup var store: StoreOptions

    func run() throws {
        // The terminal UI arrives with the UI issue; until then say so plainly rather than fake a screen.
        print("hearth: the terminal UI is not built yet; use the commands in `hearth --help` meanwhile.")
    }
}
