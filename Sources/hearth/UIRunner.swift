import HearthDomain
import HearthTerminal
import HearthUI

/// The effect loop of DESIGN.md: render, draw, wait for an event, update, perform effects.
struct UIRunner {
    let access: any JournalAccess
    let today: CivilDate
    let monochrome: Bool
    let environment: [String: String]

    /// Runs the UI until the user quits or a signal stops it; returns the exit status.
    func run() throws -> Int32 {
        let loaded = access.load()
        var state = AppState(today: today, journal: loaded.journal, folder: access.folder, problems: loaded.problems)
        let terminal = try TerminalSession(monochrome: monochrome, environment: environment)
        // Restores the terminal on every way out of this function, thrown errors included.
        defer { terminal.close() }
        while true {
            terminal.draw(state.render(size: terminal.size))
            var effects = state.update(terminal.nextEvent())
            while !effects.isEmpty {
                let effect = effects.removeFirst()
                switch effect {
                case .quit(let status):
                    return status
                case .redraw:
                    terminal.invalidate()
                case .createJournal, .openDemo:
                    // Show "Saving…" before work that touches the disk.
                    terminal.draw(state.render(size: terminal.size))
                    state.apply(perform(effect))
                }
            }
        }
    }

    /// Performs an effect that reads or writes the journal, turning failures into a message.
    private func perform(_ effect: Effect) -> EffectResult {
        do {
            switch effect {
            case .createJournal(let profile):
                return .opened(try access.create(profile: profile), problems: [], location: nil)
            case .openDemo:
                let demo = try access.makeDemo(endingAt: Week(containing: today))
                return .opened(demo.journal, problems: [], location: demo.folder)
            case .quit, .redraw:
                return .failed("internal: \(effect) is not a journal effect")
            }
        } catch {
            return .failed(String(describing: error))
        }
    }
}
