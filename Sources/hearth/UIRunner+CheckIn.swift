import HearthDomain
import HearthTerminal
import HearthUI

/// Which check-in `hearth checkin` without ratings opens: a week, and a partner when `--partner` was given.
struct CheckInRequest {
    var week: Week
    var partner: String?
}

extension UIRunner {
    /// The check-in wizard's effects: drafts, saves and the external editor.
    func performCheckIn(_ effect: Effect, access: any JournalAccess, state: inout AppState, terminal: TerminalSession) {
        switch effect {
        case .saveDraft(let draft):
            // Quietly, after every answer; only a failure is worth a word.
            if let failure = failure({ try access.saveDraft(draft) }) { state.apply(.failed(failure)) }
        case .saveCheckIn(let checkIn):
            guard let profile = state.journal?.profile else { return }
            terminal.draw(state.render(size: terminal.size))
            state.apply(outcome { .checkInSaved(checkIn, path: try access.save(checkIn, profile: profile)) })
        case .discardDrafts(let drafts):
            if let failure = failure({ try access.discard(drafts) }) { state.apply(.failed(failure)) }
        case .editInEditor(let text):
            let effects = state.apply(outcome {
                .editorReturned(try ExternalEditor.edit(text, environment: environment) { run in terminal.suspend(run) })
            })
            terminal.invalidate()
            // The answer written in the editor is drafted at once, like a typed one.
            for effect in effects { performCheckIn(effect, access: access, state: &state, terminal: terminal) }
        default:
            break
        }
    }

    /// Runs work that returns nothing; the message to show when it fails.
    private func failure(_ work: () throws -> Void) -> String? {
        do {
            try work()
            return nil
        } catch {
            return String(describing: error)
        }
    }
}
