import HearthDomain
import HearthTerminal
import HearthUI

/// The effect loop of DESIGN.md: render, draw, wait for an event, update, perform effects.
struct UIRunner {
    /// Where the journal is read and written; a demo opened from the first-run screen replaces it.
    let access: any JournalAccess
    let today: CivilDate
    let monochrome: Bool
    let environment: [String: String]
    /// Open the check-in wizard at once (`hearth checkin` without ratings), for this week and partner.
    var checkIn: CheckInRequest?
    /// `--ascii`: plain ASCII symbols whatever the terminal could show.
    var ascii = false

    /// Runs the UI until the user quits or a signal stops it; returns the exit status.
    func run() throws -> Int32 {
        // An editor's folder left by a session that was killed holds an answer in clear: gone before anything else.
        ExternalEditor.sweepStaleFolders(environment: environment)
        var access = self.access
        let loaded = access.load()
        // No journal but problems means a profile that is there and cannot be read: the welcome screen would
        // offer to set up a new journal over it.
        if loaded.journal == nil, let problem = loaded.problems.first {
            throw CommandFailure("cannot open the journal in \(access.folder): \(problem)",
                                 hint: "fix that file (`hearth doctor` lists every problem); Hearth does not set up a journal over one")
        }
        var state = AppState(today: today, journal: loaded.journal, folder: access.folder, problems: loaded.problems)
        let drafts = access.loadDrafts()
        if let checkIn {
            state.startCheckIn(week: checkIn.week, partner: checkIn.partner, drafts: drafts)
        } else {
            state.offerDrafts(drafts)
        }
        state.chartTier = ascii ? .ascii : ChartTier.detect(environment: environment)
        let terminal = try TerminalSession(monochrome: monochrome, environment: environment)
        // Restores the terminal on every way out of this function, thrown errors included.
        defer { terminal.close() }
        // Scrolling screens page by the window's height; later sizes arrive as resize events.
        _ = state.update(.resize(terminal.size))
        // A demo opened from the welcome screen is removed on the way out, unless something was saved in it.
        var demo = DemoFolder.none
        while true {
            terminal.draw(state.render(size: terminal.size))
            var next: Event? = terminal.nextEvent()
            // Keys already waiting (a paste) are all applied before the next draw: one frame per burst, not per key.
            while let event = next {
                for effect in state.update(event) {
                    switch effect {
                    case .quit(let status):
                        terminal.close()
                        demo.finish(access)
                        return status
                    case .redraw:
                        terminal.invalidate()
                    case .createJournal(let journal):
                        // Show "Saving…" before work that touches the disk.
                        terminal.draw(state.render(size: terminal.size))
                        state.apply(outcome { .opened(try access.create(journal), problems: [], location: nil) })
                    case .edit(let edit):
                        demo.noteWrite()
                        terminal.draw(state.render(size: terminal.size))
                        state.apply(outcome {
                            let saved = try access.apply(edit)
                            return .edited(saved.journal, problems: saved.problems, message: saved.message)
                        })
                    case .openDemo:
                        terminal.draw(state.render(size: terminal.size))
                        state.apply(outcome {
                            let made = try access.makeDemo(endingAt: Week(containing: today))
                            demo = .untouched
                            // From now on every save (a check-in, a ritual) goes to the demo, never the couple's folder.
                            access = access.reopened(at: made.folder)
                            let loaded = access.load()
                            return .opened(loaded.journal ?? made.journal, problems: loaded.problems, location: made.folder)
                        })
                    case .saveDraft, .saveCheckIn:
                        demo.noteWrite()
                        performCheckIn(effect, access: access, state: &state, terminal: terminal)
                    case .discardDrafts, .editInEditor:
                        performCheckIn(effect, access: access, state: &state, terminal: terminal)
                    }
                }
                next = terminal.pendingEvent()
            }
        }
    }

    /// Runs journal work, turning a failure into the message the user sees.
    func outcome(_ work: () throws -> EffectResult) -> EffectResult {
        do {
            return try work()
        } catch {
            return .failed(String(describing: error))
        }
    }
}
