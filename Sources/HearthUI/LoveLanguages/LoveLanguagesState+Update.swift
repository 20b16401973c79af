import HearthDomain

/// The love-languages screen as a model: language changes and moments wait for their forms' Enter.
extension LoveLanguagesState: ScreenModel {
    /// The moment form has text fields; the list and the languages form do not.
    var takesText: Bool {
        if case .form = mode { true } else { false }
    }

    mutating func update(_ action: Action, in context: ScreenContext) -> ScreenOutcome {
        guard let journal = context.journal else { return ScreenOutcome(navigation: .back) }
        let partners = journal.profile.partners
        switch mode {
        case .browsing:
            switch action {
            case .quit: return ScreenOutcome(effects: [.quit(status: 0)])
            case .back: return ScreenOutcome(navigation: .back)
            case .up: list.move(by: -1, count: partners.count)
            case .down: list.move(by: 1, count: partners.count)
            case .editItem, .editPrimary, .editSecondary:
                guard partners.indices.contains(list.selected) else { return ScreenOutcome() }
                mode = .languages(LanguageForm(partner: partners[list.selected],
                                               focus: action == .editSecondary ? .secondary : .primary))
            case .addItem:
                guard partners.count > 1 else {
                    return ScreenOutcome(message: AppState.Message("Moments go from one partner to another; this journal has one partner",
                                                                   isError: true))
                }
                mode = .form(MomentForm(partners: partners, giver: list.selected))
            default: break
            }
        case .languages(var form):
            return updateLanguages(action, form: &form)
        case .form(var form):
            form.problem = nil
            switch action {
            case .back:
                mode = .browsing
                return ScreenOutcome()
            case .nextField: form.moveFocus(by: 1)
            case .previousField: form.moveFocus(by: -1)
            case .left where !form.isText: form.change(by: -1)
            case .right where !form.isText: form.change(by: 1)
            case .confirm where !form.isOnLastField:
                form.moveFocus(by: 1)
            case .confirm:
                switch form.moment(today: context.today) {
                case .success(let moment):
                    form.problem = "Saving…"
                    mode = .form(form)
                    return ScreenOutcome(effects: [.edit(.addMoment(moment))])
                case .failure(let problem):
                    form.focus = problem.field
                    form.problem = problem.message
                }
            default:
                form.editText(action)
            }
            mode = .form(form)
        }
        return ScreenOutcome()
    }

    /// Keys on the languages form: ←/→ change, Enter saves what is shown (refusing the same language twice),
    /// Esc leaves everything as saved.
    private mutating func updateLanguages(_ action: Action, form: inout LanguageForm) -> ScreenOutcome {
        let unchanged = ScreenOutcome(message: AppState.Message("\(form.partner.name)'s love languages unchanged"))
        switch action {
        case .back:
            mode = .browsing
            return unchanged
        case .left: form.change(by: -1)
        case .right: form.change(by: 1)
        case .nextField: form.moveFocus()
        case .confirm:
            if let refusal = form.refusal {
                form.problem = refusal
            } else if !form.changesSomething {
                mode = .browsing
                return unchanged
            } else {
                form.problem = "Saving…"
                mode = .languages(form)
                return ScreenOutcome(effects: [.edit(.setLoveLanguages(partner: form.partner.id, primary: form.primary,
                                                                        secondary: form.secondary))])
            }
        default: break
        }
        mode = .languages(form)
        return ScreenOutcome()
    }

    /// Letters go into the moment form's focused text field; false when a chooser has focus.
    mutating func type(_ text: String, in context: ScreenContext) -> Bool {
        guard case .form(var form) = mode else { return false }
        let line = AppState.pasteText(text, multiline: false)
        guard let first = line.first, form.insert(first) else { return false }
        for character in line.dropFirst() { _ = form.insert(character) }
        mode = .form(form)
        return true
    }

    func render(into buffer: inout ScreenBuffer, in rect: Rect, context: ScreenContext) -> Position? {
        guard let journal = context.journal else { return nil }
        LoveLanguagesScreen(journal: journal, today: context.today, state: self).render(into: &buffer, in: rect)
        return buffer.cursor
    }

    mutating func editDidSave(in context: ScreenContext) {
        mode = .browsing
    }

    /// The form stays open with everything chosen and typed, and says why.
    mutating func editDidFail(_ reason: String) {
        switch mode {
        case .form(var form):
            form.problem = reason
            mode = .form(form)
        case .languages(var form):
            form.problem = reason
            mode = .languages(form)
        case .browsing:
            break
        }
    }

    mutating func journalDidChange(in context: ScreenContext) {
        list.move(by: 0, count: context.journal?.profile.partners.count ?? 0)
    }
}
