import HearthDomain

extension AppState {
    /// Applies one event; returns the effects the launcher must perform, in order.
    public mutating func update(_ event: Event) -> [Effect] {
        switch event {
        case .terminate(let signal):
            if case .locked(var form) = screen {
                form.forgetPassphrase()
                screen = .locked(form)
            }
            if case .setup(var form) = screen {
                form.forgetPassphrases()
                screen = .setup(form)
            }
            return checkInExitEffects() + [.quit(status: 128 + signal)]
        case .resize(let size):
            // Layout is computed from the size at render time; update only pages and clamps scrolling with it.
            viewport = size
            helpOffset = min(helpOffset, maxHelpOffset)
            if case .week(var view) = screen, let journal {
                view.scroll(by: 0, journal: journal, viewport: size)
                screen = .week(view)
            }
            return []
        case .key(let key):
            // Keys wait while work is under way: its result decides what they would act on.
            if working != nil { return [] }
            message = nil
            if showingHelp {
                switch Keymap.help.action(for: key) {
                case .back?: showingHelp = false
                case .up?: helpOffset = max(0, helpOffset - 1)
                // Stops where the last key shows, so the first Up after many Downs moves the list.
                case .down?: helpOffset = min(helpOffset + 1, maxHelpOffset)
                default: break
                }
                return []
            }
            if let question { return answer(question, with: key) }
            if case .paste(let text) = key { return paste(text) }
            return modelKey(key)
        }
    }

    /// Applies the outcome of an effect the launcher performed; returns any effects that follow from it
    /// (text back from the editor is drafted at once).
    @discardableResult
    public mutating func apply(_ result: EffectResult) -> [Effect] {
        working = nil
        switch result {
        case .opened(let journal, let problems, let location):
            self.journal = journal
            self.problems = problems
            if let location { folder = location }
            isDemo = location != nil
            // Drafts belong to the journal they were read from, never to a demo or a new one.
            drafts = []
            reset(to: .home)
            message = nil
        case .unlocked(let journal, let problems, let partners, let drafts, let conflicts):
            return didUnlock(journal, problems: problems, partners: partners, drafts: drafts, conflicts: conflicts)
        case .checkInSaved, .editorReturned:
            return applyToScreen(result)
        case .edited(let journal, let problems, let text):
            replaceJournal(journal, problems: problems)
            finishEdit(text)
        case .journalChanged(let journal, let problems):
            replaceJournal(journal, problems: problems)
        case .synced(let outcome, let journal, let problems, let conflicts):
            // The conflicts first: the screens refreshed from the new journal read them too.
            self.conflicts = conflicts
            if let journal { replaceJournal(journal, problems: problems) } else { journalDidChange() }
            message = Message(outcome.line, isError: outcome.isFailure)
        case .conflictChosen(let text, let failed, let journal, let problems, let conflicts):
            self.conflicts = conflicts
            if let journal { replaceJournal(journal, problems: problems) } else { journalDidChange() }
            message = Message(text, isError: failed)
        case .failed(let text):
            if case .locked(var form) = screen {
                // One line on the form says why; the field is empty for the next try.
                form.didFail(text)
                screen = .locked(form)
                return []
            }
            message = Message(text, isError: true)
            failEdit(text)
        }
        return []
    }

    /// The keys every screen shares, help and redraw; nil for any other action.
    mutating func performShared(_ action: Action) -> [Effect]? {
        switch action {
        case .help:
            showingHelp = true
            helpOffset = 0
            return []
        case .redraw:
            return [.redraw]
        default:
            return nil
        }
    }
}
