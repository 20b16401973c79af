import HearthDomain

extension AppState {
    /// Letters typed into the text field that has the focus on the rituals or love-language screens.
    /// Returns false when the key is not text for this screen (the keymap or the "does nothing" note handles it).
    mutating func typeText(_ key: Key) -> Bool {
        guard case .character(let character) = key else { return false }
        switch screen {
        case .rituals(var state):
            switch state.mode {
            case .skipReason(var reason):
                reason.insert(character)
                state.mode = .skipReason(reason)
            case .form(var form) where form.focus == .name:
                form.name.insert(character)
                form.problem = nil
                state.mode = .form(form)
            default: return false
            }
            screen = .rituals(state)
            return true
        case .loveLanguages(var state):
            guard case .form(var form) = state.mode, form.insert(character) else { return false }
            state.mode = .form(form)
            screen = .loveLanguages(state)
            return true
        default:
            return false
        }
    }

    /// An edit was saved: close what was open for it and say what changed.
    mutating func finishEdit(_ text: String) {
        message = Message(text)
        let count = journal?.rituals.count ?? 0
        switch screen {
        case .rituals(var state):
            if case .form(let form) = state.mode, form.original == nil {
                // A new ritual goes last among the ones still kept: select it.
                let kept = journal?.rituals.filter { $0.status != .retired }.count ?? 0
                state.list.select(max(0, kept - 1), count: count)
            } else {
                state.list.move(by: 0, count: count)
            }
            state.mode = .browsing
            screen = .rituals(state)
        case .loveLanguages(var state):
            state.mode = .browsing
            screen = .loveLanguages(state)
        default:
            break
        }
    }

    /// An edit failed: the form stays open with everything typed, and says why.
    mutating func failEdit(_ text: String) {
        switch screen {
        case .rituals(var state):
            if case .form(var form) = state.mode {
                form.problem = text
                state.mode = .form(form)
                screen = .rituals(state)
            }
        case .loveLanguages(var state):
            if case .form(var form) = state.mode {
                form.problem = text
                state.mode = .form(form)
                screen = .loveLanguages(state)
            }
            if case .languages(var form) = state.mode {
                form.problem = text
                state.mode = .languages(form)
                screen = .loveLanguages(state)
            }
        default:
            break
        }
    }
}
