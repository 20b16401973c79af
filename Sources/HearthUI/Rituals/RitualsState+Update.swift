import HearthDomain

/// The rituals screen as a model: a mark kept, a pause and a retirement ask first (y saves); a reason or a
/// form waits for Enter.
extension RitualsState: ScreenModel {
    /// A reason or the form is open: printable keys go to their text when it has focus.
    var takesText: Bool {
        if case .browsing = mode { false } else { true }
    }

    mutating func update(_ action: Action, in context: ScreenContext) -> ScreenOutcome {
        guard let journal = context.journal else { return ScreenOutcome(navigation: .back) }
        if action == .quit { return ScreenOutcome(effects: [.quit(status: 0)]) }
        let rituals = Self.ordered(journal.rituals)
        let week = Week(containing: context.today)
        switch mode {
        case .browsing:
            let selected = rituals.indices.contains(list.selected) ? rituals[list.selected] : nil
            switch action {
            case .back: return ScreenOutcome(navigation: .back)
            case .up: list.move(by: -1, count: rituals.count)
            case .down: list.move(by: 1, count: rituals.count)
            case .switchPartner:
                partner = (partner + 1) % max(1, journal.profile.partners.count)
                return ScreenOutcome(message: AppState.Message("Marking as \(Self.name(of: partner, in: journal))"))
            case .addItem:
                mode = .form(RitualForm(types: journal.profile.intimacyTypes))
            case .editItem:
                guard let selected else { return Self.noRituals }
                mode = .form(RitualForm(types: journal.profile.intimacyTypes, editing: selected))
            case .markKept, .markSkipped:
                guard let selected else { return Self.noRituals }
                guard selected.status != .retired else {
                    return ScreenOutcome(message: AppState.Message("\(selected.name) is retired; press p to bring it back first", isError: true))
                }
                if action == .markSkipped {
                    mode = .skipReason(TextField("", capacity: 120))
                    return ScreenOutcome()
                }
                // One key saves nothing: it asks, naming the ritual, whose check-in and which week.
                let edit = Self.markEdit(selected, .kept, reason: "", partner: partner, week: week, journal: journal)
                return ScreenOutcome(question: Question(
                    text: "Mark \(selected.name) kept for \(Self.name(of: partner, in: journal)) in \(week)?",
                    onYes: .edit(edit), onNo: "Nothing marked"))
            case .togglePause:
                guard var ritual = selected else { return Self.noRituals }
                let pausing = ritual.status == .active
                ritual.status = pausing ? .paused : .active
                return ScreenOutcome(question: Question(text: pausing ? "Pause \(ritual.name)? It stays listed and p resumes it."
                                                                      : "Bring back \(ritual.name) as active?",
                                                        onYes: .edit(.saveRitual(ritual)), onNo: "\(ritual.name) unchanged"))
            case .retire:
                guard var ritual = selected else { return Self.noRituals }
                guard ritual.status != .retired else {
                    return ScreenOutcome(message: AppState.Message("\(ritual.name) is already retired; p brings it back"))
                }
                ritual.status = .retired
                return ScreenOutcome(question: Question(text: "Retire \(ritual.name)? Its history stays, and p brings it back.",
                                                        onYes: .edit(.saveRitual(ritual)), onNo: "\(ritual.name) unchanged"))
            default: break
            }
        case .skipReason(var reason):
            switch action {
            case .back:
                mode = .browsing
                return ScreenOutcome(message: AppState.Message("Nothing marked"))
            case .confirm:
                guard rituals.indices.contains(list.selected) else { return ScreenOutcome() }
                let edit = Self.markEdit(rituals[list.selected], .skipped, reason: reason.trimmed, partner: partner, week: week,
                                         journal: journal)
                return ScreenOutcome(effects: [.edit(edit)], message: AppState.Message("Saving…"))
            default:
                reason.edit(action)
                mode = .skipReason(reason)
            }
        case .form(var form):
            form.problem = nil
            let isText = form.focus == .name
            switch action {
            case .back:
                mode = .browsing
                return ScreenOutcome()
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
                    mode = .form(form)
                    return ScreenOutcome(effects: [.edit(.saveRitual(ritual))])
                case .failure(let problem):
                    form.focus = .name
                    form.problem = problem.message
                }
            default:
                if isText { form.name.edit(action) }
            }
            mode = .form(form)
        }
        return ScreenOutcome()
    }

    /// Letters go into the skip reason, or the form's name when it has focus.
    mutating func type(_ text: String, in context: ScreenContext) -> Bool {
        // A pasted line break or tab becomes a space: these fields are one line.
        let text = AppState.pasteText(text, multiline: false)
        switch mode {
        case .skipReason(var reason):
            for character in text { reason.insert(character) }
            mode = .skipReason(reason)
        case .form(var form) where form.focus == .name:
            for character in text { form.name.insert(character) }
            form.problem = nil
            mode = .form(form)
        default:
            return false
        }
        return true
    }

    func render(into buffer: inout ScreenBuffer, in rect: Rect, context: ScreenContext) -> Position? {
        guard let journal = context.journal else { return nil }
        RitualsScreen(journal: journal, today: context.today, state: self, tier: context.tier).render(into: &buffer, in: rect)
        return buffer.cursor
    }

    /// An edit was saved: close what was open for it, with the new ritual selected.
    mutating func editDidSave(in context: ScreenContext) {
        let count = context.journal?.rituals.count ?? 0
        if case .form(let form) = mode, form.original == nil {
            // A new ritual goes last among the ones still kept: select it.
            let kept = context.journal?.rituals.filter { $0.status != .retired }.count ?? 0
            list.select(max(0, kept - 1), count: count)
        } else {
            list.move(by: 0, count: count)
        }
        mode = .browsing
    }

    /// An edit failed: the form stays open with everything typed, and says why.
    mutating func editDidFail(_ reason: String) {
        if case .form(var form) = mode {
            form.problem = reason
            mode = .form(form)
        }
    }

    mutating func journalDidChange(in context: ScreenContext) {
        guard let journal = context.journal else { return }
        list.move(by: 0, count: journal.rituals.count)
        partner = min(partner, max(0, journal.profile.partners.count - 1))
    }

    private static let noRituals = ScreenOutcome(message: AppState.Message("No rituals yet: press a to add one"))

    private static func markEdit(_ ritual: Ritual, _ status: RitualMark.Status, reason: String, partner: Int, week: Week,
                                 journal: Journal) -> JournalEdit {
        let partners = journal.profile.partners
        let id = partners.indices.contains(partner) ? partners[partner].id : ""
        return .markRitual(RitualMark(ritual: ritual.id, status: status, reason: reason), week: week, partner: id)
    }

    private static func name(of index: Int, in journal: Journal) -> String {
        let partners = journal.profile.partners
        return partners.indices.contains(index) ? partners[index].name : ""
    }
}
