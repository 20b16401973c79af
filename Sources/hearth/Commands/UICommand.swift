import ArgumentParser
import HearthTerminal
#if canImport(Glibc)
import Glibc
#endif

/// `hearth ui` (and bare `hearth`): the full-screen terminal UI.
struct UICommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ui", abstract: "Open the terminal UI (the default when no command is given).")

    @OptionGroup var store: StoreOptions

    func run() throws {
        if let reason = TerminalSession.nonInteractiveReason() {
            writeError("hearth: \(reason)")
            throw ExitCode(2)
        }
        let environment = ProcessEnvironment.current()
        let today = try Today.resolve(environment: environment)
        let access = try StoreAccess(dir: store.dir, environment: environment)
        let monochrome = !(environment["NO_COLOR"] ?? "").isEmpty
        let runner = UIRunner(access: access, today: today, monochrome: monochrome, environment: environment)
        let status = try runner.run()
        if status != 0 { throw ExitCode(status) }
    }
}

/// Writes one line to stderr without Foundation.
func writeError(_ line: String) {
    let text = line + "\n"
    _ = text.utf8CString.withUnsafeBufferPointer { write(2, $0.baseAddress, $0.count - 1) }
}
