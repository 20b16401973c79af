import ArgumentParser
import HearthTerminal

/// `hearth ui` (and bare `hearth`): the full-screen terminal UI.
struct UICommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ui", abstract: "Open the terminal UI (the default when no command is given).")

    @OptionGroup var store: StoreOptions

    func run() throws {
        if let reason = TerminalSession.nonInteractiveReason() {
            StandardError.write("hearth: \(reason)\n")
            throw ExitCode(2)
        }
        let context = try CommandContext(options: store)
        let monochrome = !(context.environment["NO_COLOR"] ?? "").isEmpty
        let runner = UIRunner(access: StoreAccess(store: context.store), today: context.today,
                              monochrome: monochrome, environment: context.environment)
        let status = try runner.run()
        if status != 0 { throw ExitCode(status) }
    }
}
