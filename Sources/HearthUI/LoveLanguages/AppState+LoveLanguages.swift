import HearthDomain

extension AppState {
    /// The love-languages screen's keys: language changes and moments wait for their forms' Enter.
    mutating func performLoveLanguages(_ action: Action, state: inout LoveLanguagesState) -> [Effect] {
        defer { if case .loveLanguages = screen { screen = .loveLanguages(state) } }
        guard let journal else { return [] }
        let partners = journal.profile.partners
        switch state.mode {
        case .browsing:
            switch action {
            case .back: goBack()
            case .up: state.list.move(by: -1, count: partners.count)
            case .down: state.list.move(by: 1, count: partners.count)
            case .editItem, .editPrimary, .editSecondary:
                guard partners.indices.contains(state.list.selected) else { return [] }
                state.mode = .languages(LanguageForm(partner: partners[state.list.selected],
                                                     focus: action == .editSecondary ? .secondary : .primary))
            case .addItem:
                guard partners.count > 1 else {
                    message = Message("Moments go from one partner to another; this journal has one partner", isError: true)
                    return []
                }
                state.mode = .form(MomentForm(partners: partners, giver: state.list.selected))
            default: break
            }
        case .languages(var form):
            return performLanguageForm(action, form: &form, state: &state)
        case .form(var form):
            form.problem = nil
            switch action {
            case .back:
                state.mode = .browsing
                return []
            case .nextField: form.moveFocus(by: 1)
            case .previousField: form.moveFocus(by: -1)
            case .left where !form.isText: form.change(by: -1)
            case .right where !form.isText: form.change(by: 1)
            case .confirm where !form.isOnLastField:
                form.moveFocus(by: 1)
            case .confirm:
                switch form.moment(today: today) {
                case .success(let moment):
                    form.problem = "Saving…"
                    state.mode = .form(form)
                    return [.edit(.addMoment(moment))]
                case .failure(let problem):
                    form.focus = problem.field
                    form.problem = problem.message
                }
            default:
                form.editText(action)
            }
            state.mode = .form(form)
        }
        return []
    }

    /// Keys on the languages form: ←/→ change, Enter saves what is shown (refusing the same language twice),
    /// Esc leaves everything as saved.
    private mutating func performLanguageForm(_ action: Action, form: inout LanguageForm, state: inout LoveLanguagesState) -> [Effect] {
        switch action {
        case .back:
            state.mode = .browsing
            message = Message("\(form.partner.name)'s love languages unchanged")
            return []
        case .left: form.change(by: -1)
        case .right: form.change(by: 1)
        case .nextField: form.moveFocus()
        case .confirm:
            if let refusal = form.refusal {
                form.problem = refusal
            } else if !form.changesSomething {
                state.mode = .browsing
                message = Message("\(form.partner.name)'s love languages unchanged")
                return []
            } else {
                form.problem = "Saving…"
                state.mode = .languages(form)
                return [.edit(.setLoveLanguages(partner: form.partner.id, primary: form.primary, secondary: form.secondary))]
            }
        default: break
        }
        state.mode = .languages(form)
        return []
    }
}
