import HearthDomain

extension CheckInScreen {
    var answers: CheckInAnswers { wizard.answers[wizard.turn] }

    /// The page's answers, top to bottom; text fields share the rows the lists leave.
    func renderControls(into buffer: inout ScreenBuffer, in rect: Rect) {
        let controls = wizard.controls(journal)
        let focusedIndex = controls.indices.contains(wizard.control) ? wizard.control : 0
        let fixed = controls.reduce(0) { $0 + fixedHeight($1) }
        let multiline = controls.filter { $0.field?.isMultiline == true }.count
        let singles = controls.filter { $0.field?.isMultiline == false }.count
        let spare = max(0, rect.height - fixed - singles * 2)
        var y = rect.y
        // When the page does not fit, the answers above the focused one give way so it stays in view.
        let needed = fixed + singles * 2 + multiline * 3
        let first = needed > rect.height ? focusedIndex : 0
        for (index, control) in controls.enumerated() where index >= first {
            guard y < rect.maxY else { break }
            let focused = index == focusedIndex
            let height: Int
            switch control {
            case .text(let field):
                let rows = field.isMultiline ? max(2, spare / max(1, multiline) - 1) : min(2, max(1, answers.area(field).rows(width: rect.width).count))
                height = renderText(field, focused: focused, rows: rows, into: &buffer, in: rect, y: y)
            default:
                height = renderList(control, focused: focused, into: &buffer, in: Rect(x: rect.x, y: y, width: rect.width, height: rect.maxY - y))
            }
            y += height + 1
        }
    }

    private func fixedHeight(_ control: CheckInControl) -> Int {
        switch control {
        case .ratings: profile.intimacyTypes.count + 4
        case .intentionReview: lastIntentions.isEmpty ? 1 : lastIntentions.count + CheckInWizard.reviewChoices.count + 2
        case .warningSigns: WarningSign.allCases.count + 1
        case .rituals: wizard.ritualsToMark(journal).count + 1
        case .language: 2
        case .text, .summary: 1
        }
    }

    /// A label and the field under it; returns the rows used.
    private func renderText(_ field: CheckInField, focused: Bool, rows: Int, into buffer: inout ScreenBuffer, in rect: Rect, y: Int) -> Int {
        buffer.put(label(field), x: rect.x, y: y, style: focused ? .accent : .normal, limit: rect.width)
        let box = Rect(x: rect.x, y: y + 1, width: rect.width, height: min(rows, rect.maxY - y - 1))
        let cursor = answers.area(field).render(into: &buffer, in: box, style: focused ? .selected : .dim)
        if focused, let cursor, cursor.y < box.maxY { buffer.cursor = cursor }
        return 1 + box.height
    }

    private func label(_ field: CheckInField) -> String {
        switch field {
        case .appreciations: "Appreciations, one per line"
        case .howWeAreDoing: "How are we doing?"
        case .moreOf: "More of"
        case .lessOf: "Less of"
        case .deviceFreeMinutes:
            "Device-free time together this week: \(answers.minutes.note)"
                + (answers.area(field).isFull ? " (\(MinutesEntry.longest) characters at most)" : "")
        case .momentGiven: "What I gave"
        case .momentReceived: "What I received"
        case .intention: "Next week I/we will…"
        case .reflection: "My reflection"
        case .notes: "Notes"
        case .answer: "Your answer"
        case .ritualReason(let id): "Why was \(journal.rituals.first { $0.id == id }?.name ?? id) skipped? (optional)"
        }
    }

    /// This week's intentions from last week's check-ins, by partner.
    var lastIntentions: [(name: String, text: String)] {
        wizard.lastIntentions(journal).map { (profile.displayName(of: $0.partner), $0.intention) }
    }

    /// A list control; returns the rows used.
    private func renderList(_ control: CheckInControl, focused: Bool, into buffer: inout ScreenBuffer, in rect: Rect) -> Int {
        var lines: [[Span]] = []
        var selected: Int?
        func row(_ index: Int, _ mark: String, _ text: String, _ style: Style = .normal) {
            let isSelected = focused && index == wizard.row
            if isSelected { selected = lines.count }
            lines.append([Span((isSelected ? "› " : "  ") + mark + " ", isSelected ? .selected : .accent), Span(text, isSelected ? .selected : style)])
        }
        switch control {
        case .ratings:
            let types = profile.intimacyTypes
            let nameWidth = min(14, (types.map(\.name.terminalWidth).max() ?? 0) + 1)
            for (index, type) in types.enumerated() {
                let value: String, style: Style
                switch answers.base.ratings[type.id] {
                case .score(let score)?: (value, style) = ("\(score)  \(type.anchor(for: score))", .normal)
                case .skipped?: (value, style) = ("skipped this week", .dim)
                case nil: (value, style) = ("–", .dim)
                }
                let isSelected = focused && index == wizard.row
                if isSelected { selected = lines.count }
                lines.append([Span(isSelected ? "› " : "  ", .accent), Span(type.name.padded(toWidth: nameWidth), isSelected ? .selected : .normal),
                              Span(value, isSelected ? .selected : style)])
            }
            if types.indices.contains(wizard.row) {
                let type = types[wizard.row]
                lines.append([])
                lines += type.summary.wrapped(toWidth: rect.width).prefix(1).map { [Span($0, .dim)] }
                let scale = (1...5).map { "\($0) \(type.anchor(for: $0))" }.joined(separator: " · ")
                lines += scale.wrapped(toWidth: rect.width).map { [Span($0, .dim)] }
            }
        case .intentionReview:
            // Nothing to review, nothing to choose: no buttons that would record an answer to no question.
            guard !lastIntentions.isEmpty else {
                lines.append([Span("No intention was set last week; nothing to review. Tab goes on.", .dim)])
                break
            }
            lines.append([Span("Last week's intention:", .dim)])
            for intention in lastIntentions { lines.append([Span("  \(intention.name): ", .accent), Span(intention.text)]) }
            lines.append([])
            for choice in CheckInWizard.reviewChoices {
                let chosen = answers.base.lastIntentionReview == choice
                let isSelected = focused && chosen
                if isSelected { selected = lines.count }
                lines.append([Span(chosen ? "(•) " : "( ) ", .accent), Span(choice?.name ?? "Not answered", isSelected ? .selected : .normal)])
            }
        case .warningSigns:
            for (index, sign) in WarningSign.allCases.enumerated() {
                row(index, answers.base.warningSigns.contains(sign) ? "[x]" : "[ ]", sign.name)
            }
        case .rituals:
            for (index, ritual) in wizard.ritualsToMark(journal).enumerated() {
                let status = answers.base.rituals.first { $0.ritual == ritual.id }?.status
                let mark = status.map { $0 == .kept ? "[kept]   " : "[skipped]" } ?? "[ ]      "
                row(index, mark, "\(ritual.name) · \(ritual.cadence.inWords)")
            }
        case .language(let field):
            let language = field == .momentGiven ? answers.givenLanguage : answers.receivedLanguage
            let other = profile.displayName(of: CheckInWizard.other(of: wizard.partner, in: profile))
            lines.append([Span(field == .momentGiven ? "A moment I gave \(other)" : "A moment \(other) gave me", focused ? .accent : .normal)])
            lines.append([Span("Love language: "), Span(focused ? "‹ \(language.name) ›" : "  \(language.name)", focused ? .selected : .normal)])
        case .text, .summary:
            return 0
        }
        let height = min(lines.count, rect.height)
        // Keep the highlighted row on screen when the list is taller than the room.
        let start = selected.map { max(0, $0 - height + 1) } ?? 0
        TextBlock(Array(lines.dropFirst(start))).render(into: &buffer, in: Rect(x: rect.x, y: rect.y, width: rect.width, height: height))
        return height
    }
}
