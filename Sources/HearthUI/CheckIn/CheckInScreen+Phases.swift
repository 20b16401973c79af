import HearthDomain

extension CheckInScreen {
    func renderWho(_ list: ListState, into buffer: inout ScreenBuffer, in rect: Rect) {
        header(into: &buffer, in: rect)
        var y = rect.y + 2
        buffer.put("Who is checking in?", x: rect.x, y: y, style: .accent, limit: rect.width)
        y += 1
        let thisWeek = Week(containing: today)
        let when = wizard.week == thisWeek ? "this week" : (wizard.week == thisWeek.previous ? "last week" : "an earlier week")
        buffer.put("\(wizard.week) · \(HomeSummary.dateRange(of: wizard.week)) (\(when); ← → for another)",
                   x: rect.x, y: y, style: .dim, limit: rect.width)
        y += 2
        let items = CheckInWizard.whoChoices(profile).map { ids -> String in
            let names = ids.map(profile.displayName(of:))
            let done = ids.filter { journal.hasCheckedIn($0, in: wizard.week) }
            let label = ids.count == 1 ? "\(names[0]) alone" : names.joined(separator: " and ") + ", taking turns"
            if done.count == ids.count { return label + " (checked in: opens for editing)" }
            if !done.isEmpty { return label + " (" + done.map(profile.displayName(of:)).joined(separator: ", ") + " checked in)" }
            return label
        }
        ListView(items: items, state: list).render(into: &buffer, in: Rect(x: rect.x, y: y, width: rect.width, height: min(items.count, rect.maxY - y)))
        y += items.count + 1
        let note = "Taking turns at one keyboard: each partner's answers stay hidden until everyone has saved, then you see them side by side."
        TextBlock(note.wrapped(toWidth: rect.width).map { [Span($0, .dim)] })
            .render(into: &buffer, in: Rect(x: rect.x, y: y, width: rect.width, height: max(0, rect.maxY - y)))
    }

    func renderResume(_ list: ListState, into buffer: inout ScreenBuffer, in rect: Rect) {
        header(into: &buffer, in: rect)
        var y = rect.y + 2
        buffer.put("An unfinished check-in is waiting", x: rect.x, y: y, style: .accent, limit: rect.width)
        y += 2
        for draft in wizard.drafts where y < rect.maxY {
            let answers = CheckInAnswers(draft.checkIn, other: CheckInWizard.other(of: draft.checkIn.partner, in: profile))
            let count = answers.answeredCount
            let line = "\(profile.displayName(of: draft.checkIn.partner)) · \(draft.checkIn.week) · step \(draft.step + 1) · "
                + (count == 1 ? "1 answer" : "\(count) answers")
            buffer.put(line, x: rect.x + 2, y: y, limit: rect.width - 2)
            y += 1
        }
        y += 1
        let items = CheckInWizard.resumeChoices
        ListView(items: items, state: list)
            .render(into: &buffer, in: Rect(x: rect.x, y: y, width: rect.width, height: max(0, min(items.count, rect.maxY - y))))
    }

    func renderHandover(into buffer: inout ScreenBuffer, in rect: Rect) {
        header(into: &buffer, in: rect)
        let previous = profile.displayName(of: wizard.session[max(0, wizard.turn - 1)])
        let next = profile.displayName(of: wizard.partner)
        let text = [
            [Span("\(previous)'s check-in is saved.", .good)],
            [],
            [Span("Now it is \(next)'s turn. \(previous), please hand over the keyboard.")],
            [Span("\(previous)'s answers stay hidden until \(next) has saved too; then you see both side by side.", .dim)],
            [],
            [Span("Press Enter when \(next) is ready.", .accent)],
        ]
        let lines = text.flatMap { spans -> [[Span]] in
            guard let span = spans.first else { return [[]] }
            return span.text.wrapped(toWidth: rect.width).map { [Span($0, span.style)] }
        }
        TextBlock(lines).render(into: &buffer, in: rect.splitTop(2).rest)
    }

    func renderDone(into buffer: inout ScreenBuffer, in rect: Rect) {
        header(into: &buffer, in: rect)
        var lines: [[Span]] = [[Span("Saved \(profile.displayName(of: wizard.partner))'s check-in for \(wizard.week).", .good)], []]
        lines += wizard.saved.flatMap { $0.wrapped(toWidth: rect.width) }.map { [Span($0)] }
        let kind = sealed ? "It is encrypted (an age file): `age -d -i` with your exported key reads it. Enter goes home."
            : "It is a plain Markdown file: read it, edit it, back it up. Enter goes home."
        lines += [[], [Span(kind, .dim)]]
        TextBlock(lines).render(into: &buffer, in: rect.splitTop(2).rest)
    }

    /// Everyone's ratings per type, with how far apart they are, then what each appreciated in the other.
    func revealLines(width: Int) -> [[Span]] {
        let checkIns = wizard.answers.map(\.checkIn)
        let nameWidth = min(14, (profile.intimacyTypes.map(\.name.terminalWidth).max() ?? 0) + 1)
        let column = 10
        var lines: [[Span]] = []
        var head = [Span("")]
        for (index, checkIn) in checkIns.enumerated() {
            head.append(Span(profile.displayName(of: checkIn.partner).truncated(toWidth: column - 1), .partner(index), at: nameWidth + index * column))
        }
        lines.append(head)
        let differenceX = nameWidth + checkIns.count * column
        // An agenda without the ratings step asked for none; the table would only show dashes.
        let asksRatings = journal.agenda.steps.contains { $0.kind == .ratings }
        for type in profile.intimacyTypes where asksRatings {
            var spans = [Span(type.name.truncated(toWidth: nameWidth - 1))]
            for (index, checkIn) in checkIns.enumerated() {
                let text = switch checkIn.ratings[type.id] {
                case .score(let score)?: "\(score)"
                case .skipped?: "skip"
                case nil: "–"
                }
                spans.append(Span(text, .partner(index), at: nameWidth + index * column))
            }
            let scores = checkIns.compactMap { $0.score(type) }
            if scores.count > 1, let low = scores.min(), let high = scores.max() {
                let gap = high - low
                spans.append(gap == 0 ? Span("= same", .good, at: differenceX)
                             : Span(gap == 1 ? "≠ 1 apart" : "◆ \(gap) apart: talk about it?", gap == 1 ? .dim : .warning, at: differenceX))
            }
            lines.append(spans)
        }
        // Like the ratings: an agenda that never asked for appreciations would only show "(none this week)".
        let asksAppreciations = journal.agenda.steps.contains { $0.kind == .appreciations }
            || checkIns.contains { !$0.appreciations.isEmpty }
        if asksAppreciations { lines.append([]); lines.append([Span("Appreciations", .accent)]) }
        for (index, checkIn) in checkIns.enumerated() where asksAppreciations {
            let to = checkIns.count == 2 ? profile.displayName(of: checkIns[1 - index].partner) : "everyone"
            lines.append([Span("\(profile.displayName(of: checkIn.partner)) to \(to):", .partner(index))])
            let items = checkIn.appreciations.isEmpty ? ["(none this week)"] : checkIn.appreciations.map { "- " + $0 }
            lines += items.flatMap { $0.wrapped(toWidth: max(1, width - 2)) }.map { [Span("  " + $0)] }
        }
        if checkIns.contains(where: { !$0.rituals.isEmpty }) {
            lines.append([])
            lines.append([Span("Rituals", .accent)])
            for (index, checkIn) in checkIns.enumerated() where !checkIn.rituals.isEmpty {
                lines.append([Span("\(profile.displayName(of: checkIn.partner)):", .partner(index))])
                lines += checkIn.rituals.flatMap { journal.describe($0).wrapped(toWidth: max(1, width - 2)) }.map { [Span("  " + $0)] }
            }
        }
        lines.append([])
        lines.append([Span("Saved:", .dim)])
        lines += wizard.saved.map { [Span("  " + $0, .dim)] }
        return lines
    }
}
