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
        state.chartTier = ChartTier.detect(environment: environment)
        let terminal = try TerminalSession(monochrome: monochrome, environment: environment)
        // Restores the terminal on every way out of this function, thrown errors included.
        defer { terminal.close() }
        // Scrolling screens page by the window's height; later sizes arrive as resize events.
        _ = state.update(.resize(terminal.size))
        while true {
            terminal.draw(state.render(size: terminal.size))
            for effect in state.update(terminal.nextEvent()) {
                switch effect {
                case .quit(let status):
                    return status
                case .redraw:
                    terminal.invalidate()
                case .createJournal(let profile):
                    // Show "Saving…" before work that touches the disk.
                    terminal.draw(state.render(size: terminal.size))
                    state.apply(outcome { .opened(try access.create(profile: profile), problems: [], location: nil) })
                case .edit(let edit):
                    terminal.draw(state.render(size: terminal.size))
                    state.apply(outcome {
                        let saved = try access.apply(edit)
                        return .edited(saved.journal, problems: saved.problems, message: saved.message)
                    })
                case .openDemo:
                    terminal.draw(state.render(size: terminal.size))
                    state.apply(outcome {
                        let demo = try access.makeDemo(endingAt: Week(containing: today))
                        return .opened(demo.journal, problems: [], location: demo.folder)
                    })
                }
            }
        }
    }

    /// Runs journal work, turning a failure into the message the user sees.
    private func outcome(_ work: () throws -> EffectResult) -> EffectResult {
        do {
            return try work()
        } catch {
            return .failed(String(describing: error))
        }
    }
}
