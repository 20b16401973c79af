import HearthDomain

extension AppState {
    /// The rituals screen's keys: a mark kept, a pause and a retirement ask first (y saves); a reason or a form
    /// waits for Enter.
    mutating func performRituals(_ action: Action, state: inout RitualsState) -> [Effect] {
        defer { if case .rituals = screen { screen = .rituals(state) } }
        guard let journal else { return [] }
        let rituals = RitualsState.ordered(journal.rituals)
        let week = Week(containing: today)
        switch state.mode {
        case .browsing:
            let selected = rituals.indices.contains(state.list.selected) ? rituals[state.list.selected] : nil
            switch action {
            case .back: goBack()
            case .up: state.list.move(by: -1, count: rituals.count)
            case .down: state.list.move(by: 1, count: rituals.count)
            case .switchPartner:
                state.partner = (state.partner + 1) % max(1, journal.profile.partners.count)
                message = Message("Marking as \(partnerName(state.partner))")
            case .addItem:
                state.mode = .form(RitualForm(types: journal.profile.intimacyTypes))
            case .editItem:
                guard let selected else { return noRituals() }
                state.mode = .form(RitualForm(types: journal.profile.intimacyTypes, editing: selected))
            case .markKept, .markSkipped:
                guard let selected else { return noRituals() }
                guard selected.status != .retired else {
                    message = Message("\(selected.name) is retired; press p to bring it back first", isError: true)
                    return []
                }
                if action == .markSkipped {
                    state.mode = .skipReason(TextField("", capacity: 120))
                    return []
                }
                // One key saves nothing: it asks, naming the ritual, whose check-in and which week.
                question = Question(text: "Mark \(selected.name) kept for \(partnerName(state.partner)) in \(week)?",
                                    onYes: .edit(markEdit(selected, .kept, reason: "", partner: state.partner, week: week)),
                                    onNo: "Nothing marked")
            case .togglePause:
                guard var ritual = selected else { return noRituals() }
                let pausing = ritual.status == .active
                ritual.status = pausing ? .paused : .active
                question = Question(text: pausing ? "Pause \(ritual.name)? It stays listed and p resumes it."
                                                  : "Bring back \(ritual.name) as active?",
                                    onYes: .edit(.saveRitual(ritual)), onNo: "\(ritual.name) unchanged")
            case .retire:
                guard var ritual = selected else { return noRituals() }
                guard ritual.status != .retired else {
                    message = Message("\(ritual.name) is already retired; p brings it back")
                    return []
                }
                ritual.status = .retired
                question = Question(text: "Retire \(ritual.name)? Its history stays, and p brings it back.",
                                    onYes: .edit(.saveRitual(ritual)), onNo: "\(ritual.name) unchanged")
            default: break
            }
        case .skipReason(var reason):
            switch action {
            case .back:
                state.mode = .browsing
                message = Message("Nothing marked")
                return []
            case .confirm:
                guard rituals.indices.contains(state.list.selected) else { return [] }
                message = Message("Saving…")
                return [.edit(markEdit(rituals[state.list.selected], .skipped, reason: reason.trimmed, partner: state.partner, week: week))]
            default:
                reason.edit(action)
                state.mode = .skipReason(reason)
            }
        case .form(var form):
            form.problem = nil
            let isText = form.focus == .name
            switch action {
            case .back:
                state.mode = .browsing
                return []
            case .nextField: form.moveFocus(by: 1)
            case .previousField: form.moveFocus(by: -1)
            case .left where !isText: form.change(by: -1)
            case .right where !isText: form.change(by: 1)
            case .toggle where !isText: form.change(by: 1)
            case .confirm where !form.isOnLastField && form.original == nil:
                // A new ritual walks through every field; an edit saves from wherever the cursor is.
                form.moveFocus(by: 1)
            case .confirm:
                switch form.ritual(among: journal.rituals, week: week) {
                case .success(let ritual):
                    form.problem = "Saving…"
                    state.mode = .form(form)
                    return [.edit(.saveRitual(ritual))]
                case .failure(let problem):
                    form.focus = .name
                    form.problem = problem.message
                }
            default:
                if isText { form.name.edit(action) }
            }
            state.mode = .form(form)
        }
        return []
    }

    private func markEdit(_ ritual: Ritual, _ status: RitualMark.Status, reason: String, partner: Int, week: Week) -> JournalEdit {
        let id = journal?.profile.partners.indices.contains(partner) == true ? journal?.profile.partners[partner].id ?? "" : ""
        return .markRitual(RitualMark(ritual: ritual.id, status: status, reason: reason), week: week, partner: id)
    }

    private mutating func noRituals() -> [Effect] {
        message = Message("No rituals yet: press a to add one")
        return []
    }

    func partnerName(_ index: Int) -> String {
        guard let partners = journal?.profile.partners, partners.indices.contains(index) else { return "" }
        return partners[index].name
    }
}
