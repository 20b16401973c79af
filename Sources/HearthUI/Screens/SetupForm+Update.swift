import HearthDomain

/// The first-run form as a model: names are typed, languages chosen with ←/→, and Enter on the last field
/// creates the journal.
extension SetupForm: ScreenModel {
    var keymap: Keymap { .setup }
    /// The names are text fields, whichever field has the focus.
    var takesText: Bool { true }
    var isForm: Bool { true }

    mutating func update(_ action: Action, in context: ScreenContext) -> ScreenOutcome {
        problem = nil
        let editing: Int? = if case .name(let index) = focus { index } else { nil }
        switch action {
        case .back:
            return ScreenOutcome(navigation: .reset(.welcome(WelcomeScreen())))
        case .nextField: moveFocus(by: 1)
        case .previousField: moveFocus(by: -1)
        case .left:
            if let editing { entries[editing].name.moveLeft() } else { cycleLanguage(by: -1) }
        case .right:
            if let editing { entries[editing].name.moveRight() } else { cycleLanguage(by: 1) }
        case .top, .bottom, .deleteBackward, .deleteForward, .deleteWord, .deleteToLineStart:
            if let editing { entries[editing].name.edit(action) }
        case .confirm:
            guard isOnLastField else {
                moveFocus(by: 1)
                return ScreenOutcome()
            }
            switch profile() {
            case .success(let profile):
                var journal = Journal.new(partners: profile.partners, startingIn: Week(containing: context.today))
                journal.profile = profile
                return ScreenOutcome(effects: [.createJournal(journal)], message: AppState.Message("Saving…"))
            case .failure(let setupProblem):
                focus = setupProblem.field
                problem = setupProblem.message
            }
        default: break
        }
        return ScreenOutcome()
    }

    /// Letters go into the focused name; false on a language chooser.
    mutating func type(_ text: String, in context: ScreenContext) -> Bool {
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
