import HearthDomain

extension CheckInWizard {
    /// Last week's check-ins that set an intention: what the intention step reviews.
    func lastIntentions(_ journal: Journal) -> [CheckIn] {
        journal.checkIns(in: week.previous).filter { !$0.intention.isEmpty }
    }

    /// The intention-review choices in list order; nil is "not answered".
    static let reviewChoices: [IntentionReview?] = [nil, .done, .partly, .notYet]

    /// Handles a key's action while a partner is answering.
    mutating func answer(_ action: Action, journal: Journal, leaveConfirmed: Bool = false, fieldWidth: Int = 78) -> ScreenOutcome {
        let control = focused(journal)
        let lastPage = pageCount(journal) - 1
        switch action {
        case .nextField: advance(journal)
        case .previousField: retreat(journal)
        case .pageDown: goTo(page: page + 1, journal: journal)
        case .pageUp: goTo(page: page - 1, journal: journal)
        case .back:
            guard page > 0 else { return leave(journal, confirmed: leaveConfirmed) }
            goTo(page: page - 1, journal: journal)
        case .leave: return leave(journal, confirmed: leaveConfirmed)
        case .confirm:
            if control == .summary, page == lastPage {
                // Minutes that cannot be read would be saved as none: say so and keep the page.
                switch answers[turn].minutes {
                case .unreadable, .tooMany:
                    return .note("Fix the device-free time first (rituals step)")
                case .empty, .minutes:
                    return ScreenOutcome(effects: [.saveCheckIn(answers[turn].checkIn)], message: AppState.Message("Saving…"))
                }
            }
            if let field = control?.field, field.isMultiline {
                edit(field) { $0.insert("\n") }
                return ScreenOutcome()
            }
            advance(journal)
        case .editExternally:
            guard let field = control?.field else { return .note("Ctrl-E edits a text answer; move to one first") }
            return ScreenOutcome(effects: draftEffect() + [.editInEditor(answers[turn].area(field).text)])
        default:
            guard let control else { return ScreenOutcome() }
            if handle(action, on: control, journal: journal, fieldWidth: fieldWidth) { return ScreenOutcome() }
        }
        return ScreenOutcome(effects: draftEffect())
    }

    /// Types a key or a paste into the focused text answer; false when no text answer has the focus.
    mutating func type(_ text: String, journal: Journal) -> Bool {
        guard phase == .answering, let field = focused(journal)?.field else { return false }
        confirmingLeave = false
        for character in AppState.pasteText(text, multiline: field.isMultiline) {
            edit(field) { $0.insert(character) }
        }
        return true
    }

    /// Puts text back from the editor into the focused answer.
    mutating func replaceFocusedText(with text: String, journal: Journal) {
        guard let field = focused(journal)?.field else { return }
        var trimmed = Substring(text)
        // Editors end files with a newline the couple never typed.
        while trimmed.last == "\n" { trimmed = trimmed.dropLast() }
        edit(field) { $0.replaceAll(with: String(trimmed)) }
    }

    /// Writes the current partner's draft when their answers or page changed since the last one.
    mutating func draftEffect() -> [Effect] {
        guard phase == .answering, answers.indices.contains(turn), lastDraft.indices.contains(turn) else { return [] }
        let checkIn = answers[turn].checkIn
        let pageChanged = lastDraftPage.indices.contains(turn) && lastDraftPage[turn] != page
        guard checkIn != lastDraft[turn] || (pageChanged && lastDraftPage[turn] >= 0) else { return [] }
        lastDraft[turn] = checkIn
        lastDraftPage[turn] = page
        return [.saveDraft(CheckInDraft(checkIn: checkIn, step: page, stepID: pageStepID, session: session))]
    }

    private mutating func leave(_ journal: Journal, confirmed: Bool) -> ScreenOutcome {
        let effects = draftEffect()
        guard confirmed || !revealPending else {
            confirmingLeave = true
            return ScreenOutcome(effects: effects)
        }
        let kept = lastDraftPage.indices.contains(turn) && lastDraftPage[turn] >= 0
        return .leavingCheckIn(effects,
                              note: kept ? "Check-in paused: your answers are kept as a draft for next time" : nil)
    }

    /// Tab: the next control on the page, else the next page.
    private mutating func advance(_ journal: Journal) {
        if control + 1 < controls(journal).count {
            control += 1
            row = 0
        } else if page + 1 < pageCount(journal) {
            goTo(page: page + 1, journal: journal)
        }
    }

    /// Shift-Tab: the previous control on the page, else the last control of the previous page.
    private mutating func retreat(_ journal: Journal) {
        if control > 0 {
            control -= 1
            row = 0
        } else if page > 0 {
            goTo(page: page - 1, journal: journal, lastControl: true)
        }
    }

    /// Changes a text answer in place: copying a long answer out and back would cost a copy per keystroke.
    private mutating func edit(_ field: CheckInField, _ change: (inout TextArea) -> Void) {
        change(&answers[turn].fields[field, default: field.empty])
    }

    /// A key on one control; returns true when it only moved the cursor within text (no draft needed).
    private mutating func handle(_ action: Action, on control: CheckInControl, journal: Journal, fieldWidth: Int) -> Bool {
        switch control {
        case .text(let field):
            switch action {
            case .left: edit(field) { $0.moveLeft() }
            case .right: edit(field) { $0.moveRight() }
            case .top: edit(field) { $0.moveToLineStart() }
            case .bottom: edit(field) { $0.moveToLineEnd() }
            case .deleteBackward: edit(field) { $0.deleteBackward() }
            case .deleteForward: edit(field) { $0.deleteForward() }
            case .deleteWord: edit(field) { $0.deleteWordBackward() }
            case .deleteWordForward: edit(field) { $0.deleteWordForward() }
            case .wordLeft: edit(field) { $0.moveWordLeft() }
            case .wordRight: edit(field) { $0.moveWordRight() }
            case .deleteToLineStart: edit(field) { $0.deleteToLineStart() }
            case .up, .down:
                var area = answers[turn].area(field)
                if area.moveRow(by: action == .up ? -1 : 1, width: fieldWidth) {
                    answers[turn].fields[field] = area
                    return true
                }
                if action == .up, self.control > 0 { self.control -= 1 } else if action == .down { moveDownWithinPage(journal) }
                return false
            default: return true
            }
            return true
        case .ratings: rate(action, journal: journal)
        case .intentionReview:
            guard !lastIntentions(journal).isEmpty else { return true }
            let choices = Self.reviewChoices
            let current = choices.firstIndex(of: answers[turn].base.lastIntentionReview) ?? 0
            if action == .up { answers[turn].base.lastIntentionReview = choices[max(0, current - 1)] }
            if action == .down { answers[turn].base.lastIntentionReview = choices[min(choices.count - 1, current + 1)] }
            if action == .toggle { answers[turn].base.lastIntentionReview = choices[(current + 1) % choices.count] }
        case .warningSigns:
            let signs = WarningSign.allCases
            moveRow(action, count: signs.count)
            if action == .toggle {
                let sign = signs[row]
                if let index = answers[turn].base.warningSigns.firstIndex(of: sign) {
                    answers[turn].base.warningSigns.remove(at: index)
                } else {
                    answers[turn].base.warningSigns.append(sign)
                    answers[turn].base.warningSigns.sort { signs.firstIndex(of: $0) ?? 0 < signs.firstIndex(of: $1) ?? 0 }
                }
            }
        case .rituals:
            let rituals = ritualsToMark(journal)
            // Down from the last ritual goes on to the minutes below.
            if action == .down, row >= rituals.count - 1 { moveDownWithinPage(journal); return false }
            moveRow(action, count: rituals.count)
            if action == .toggle, rituals.indices.contains(row) { cycleRitual(rituals[row].id, order: rituals.map(\.id)) }
        case .language(let field):
            switch action {
            case .left, .right:
                let all = LoveLanguage.allCases
                let current = field == .momentGiven ? answers[turn].givenLanguage : answers[turn].receivedLanguage
                let index = ((all.firstIndex(of: current) ?? 0) + (action == .left ? -1 : 1) + all.count) % all.count
                if field == .momentGiven { answers[turn].givenLanguage = all[index] } else { answers[turn].receivedLanguage = all[index] }
            case .up: if self.control > 0 { self.control -= 1 }
            case .down: moveDownWithinPage(journal)
            default: break
            }
        case .summary:
            if action == .up { offset = max(0, offset - 1) }
            if action == .down { offset += 1 }  // clamped when drawn
            return true
        }
        return false
    }

    private mutating func moveDownWithinPage(_ journal: Journal) {
        if control + 1 < controls(journal).count {
            control += 1
            row = 0
        }
    }

    private mutating func moveRow(_ action: Action, count: Int) {
        if action == .up { row = max(0, row - 1) }
        if action == .down { row = min(max(0, count - 1), row + 1) }
    }

    private mutating func rate(_ action: Action, journal: Journal) {
        let types = journal.profile.intimacyTypes
        moveRow(action, count: types.count)
        guard types.indices.contains(row) else { return }
        let id = types[row].id
        let current = answers[turn].base.ratings[id]
        switch action {
        case .rate(let score): answers[turn].base.ratings[id] = .score(score)
        case .skipRating: answers[turn].base.ratings[id] = .skipped
        case .deleteBackward, .deleteForward: answers[turn].base.ratings[id] = nil
        case .left: answers[turn].base.ratings[id] = .score(max(1, (current?.value ?? 4) - 1))
        case .right: answers[turn].base.ratings[id] = .score(min(5, (current?.value ?? 2) + 1))
        default: return
        }
        // A number answers this type; the highlight moves on to the next, as on a paper form.
        if case .rate = action, row + 1 < types.count { row += 1 }
        if action == .skipRating, row + 1 < types.count { row += 1 }
    }

    /// Space on a ritual: not marked, kept, skipped, and round again.
    ///
    /// Marks are kept in the order of the list (the rituals file's), not the order they were made, so the
    /// saved file does not change line order when a mark is redone: a quieter diff for couples who sync.
    private mutating func cycleRitual(_ id: String, order: [String]) {
        var marks = answers[turn].base.rituals
        if let index = marks.firstIndex(where: { $0.ritual == id }) {
            if marks[index].status == .kept { marks[index].status = .skipped } else { marks.remove(at: index) }
        } else {
            marks.append(RitualMark(ritual: id, status: .kept))
        }
        let position = { (mark: RitualMark) in order.firstIndex(of: mark.ritual) ?? order.count }
        answers[turn].base.rituals = marks.enumerated()
            .sorted { (position($0.element), $0.offset) < (position($1.element), $1.offset) }
            .map(\.element)
    }
}
