import HearthDomain

extension AppState {
    /// The love-languages screen's keys: language changes save at once; a moment waits for its form.
    mutating func performLoveLanguages(_ action: Action, state: inout LoveLanguagesState) -> [Effect] {
        defer { if case .loveLanguages = screen { screen = .loveLanguages(state) } }
        guard let journal else { return [] }
        let partners = journal.profile.partners
        switch state.mode {
        case .browsing:
            switch action {
            case .back: screen = .home
            case .up: state.list.move(by: -1, count: partners.count)
            case .down: state.list.move(by: 1, count: partners.count)
            case .nextPrimary, .nextSecondary:
                guard partners.indices.contains(state.list.selected) else { return [] }
                let partner = partners[state.list.selected]
                // Step through "not set" and the five languages; the secondary skips the primary.
                let choices: [LoveLanguage?] = [nil] + LoveLanguage.allCases
                func next(after current: LoveLanguage?, skipping: LoveLanguage?) -> LoveLanguage? {
                    var index = choices.firstIndex(of: current) ?? 0
                    repeat { index = (index + 1) % choices.count } while choices[index] != nil && choices[index] == skipping
                    return choices[index]
                }
                var primary = partner.primaryLanguage, secondary = partner.secondaryLanguage
                if action == .nextPrimary {
                    primary = next(after: primary, skipping: nil)
                    if secondary == primary { secondary = nil }
                } else {
                    guard primary != nil else {
                        message = Message("Choose \(partner.name)'s primary language first (p)")
                        return []
                    }
                    secondary = next(after: secondary, skipping: primary)
                }
                message = Message("Saving…")
                return [.edit(.setLoveLanguages(partner: partner.id, primary: primary, secondary: secondary))]
            case .addItem:
                guard partners.count > 1 else {
                    message = Message("Moments go from one partner to another; this journal has one partner", isError: true)
                    return []
                }
                state.mode = .form(MomentForm(partners: partners, giver: state.list.selected))
            default: break
            }
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
}
