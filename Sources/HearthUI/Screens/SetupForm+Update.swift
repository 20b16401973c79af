import HearthDomain

/// The first-run form as a model: names are typed, languages and encryption chosen with ←/→, passphrases typed
/// masked, and Enter on the last field creates the journal.
extension SetupForm: ScreenModel {
    var keymap: Keymap { .setup }
    /// The names are text fields, whichever field has the focus.
    var takesText: Bool { true }
    var isForm: Bool { true }

    mutating func update(_ action: Action, in context: ScreenContext) -> ScreenOutcome {
        problem = nil
        let editing: Int? = if case .name(let index) = focus { index } else { nil }
        let secret = focusedSecret
        switch action {
        case .back:
            forgetPassphrases()
            return ScreenOutcome(navigation: .reset(.welcome(WelcomeScreen())))
        case .nextField: moveFocus(by: 1)
        case .previousField: moveFocus(by: -1)
        case .left, .right:
            let delta = action == .left ? -1 : 1
            if let editing {
                if delta < 0 { entries[editing].name.moveLeft() } else { entries[editing].name.moveRight() }
            } else if let secret {
                if delta < 0 { self[keyPath: secret].moveLeft() } else { self[keyPath: secret].moveRight() }
            } else {
                cycleChoice(by: delta)
            }
        case .top, .bottom, .deleteBackward, .deleteForward, .deleteWord, .deleteToLineStart:
            if let editing { entries[editing].name.edit(action) } else if let secret { self[keyPath: secret].edit(action) }
        case .confirm:
            guard isOnLastField else {
                moveFocus(by: 1)
                return ScreenOutcome()
            }
            return save(today: context.today)
        default: break
        }
        return ScreenOutcome()
    }

    /// The journal these answers describe, created plain or encrypted; else the form says what to fix.
    private mutating func save(today: CivilDate) -> ScreenOutcome {
        switch profile() {
        case .success(let profile):
            var journal = Journal.new(partners: profile.partners, startingIn: Week(containing: today))
            journal.profile = profile
            guard encrypt else {
                return ScreenOutcome(effects: [.createJournal(journal)], message: AppState.Message("Saving…"))
            }
            switch newPassphrases(for: profile) {
            case .success(let secrets):
                forgetPassphrases()
                return ScreenOutcome(effects: [.createSealedJournal(journal, passphrases: secrets)],
                                     working: "Making a key for each of you…")
            case .failure(let setupProblem):
                focus = setupProblem.field
                problem = setupProblem.message
            }
        case .failure(let setupProblem):
            focus = setupProblem.field
            problem = setupProblem.message
        }
        return ScreenOutcome()
    }

    /// ←/→ on a choice: the love language steps, encryption flips.
    private mutating func cycleChoice(by delta: Int) {
        if focus == .encrypt { toggleEncryption() } else { cycleLanguage(by: delta) }
    }

    /// Letters go into the focused name or passphrase; false on a choice.
    mutating func type(_ text: String, in context: ScreenContext) -> Bool {
        if let secret = focusedSecret {
            // A pasted passphrase's line break ends the paste; it is not part of the passphrase.
            for character in text where !character.isNewline { self[keyPath: secret].insert(character) }
            problem = nil
            return true
        }
        guard case .name(let index) = focus else { return false }
        for character in AppState.pasteText(text, multiline: false) { entries[index].name.insert(character) }
        problem = nil
        return true
    }

    func render(into buffer: inout ScreenBuffer, in rect: Rect, context: ScreenContext) -> Position? {
        SetupScreen(form: self).render(into: &buffer, in: rect)
        return buffer.cursor
    }

    /// Creating the journal failed: the form stays as typed and says why.
    mutating func editDidFail(_ reason: String) {
        problem = reason
    }
}
