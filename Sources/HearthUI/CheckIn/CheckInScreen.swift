import HearthDomain

/// Draws the check-in wizard: whichever phase it is in, into the content area.
struct CheckInScreen {
    let wizard: CheckInWizard
    let journal: Journal
    let today: CivilDate
    /// The journal is encrypted: a private reflection is sealed to its writer alone, on disk too.
    var sealed = false

    var profile: Profile { journal.profile }

    func render(into buffer: inout ScreenBuffer, in rect: Rect) {
        guard !rect.isEmpty else { return }
        switch wizard.phase {
        case .who(let list): renderWho(list, into: &buffer, in: rect)
        case .resume(let list): renderResume(list, into: &buffer, in: rect)
        case .answering: renderPage(into: &buffer, in: rect)
        case .handover: renderHandover(into: &buffer, in: rect)
        case .done: renderDone(into: &buffer, in: rect)
        case .reveal: renderLines(revealLines(width: rect.width), title: "Side by side · \(wizard.week)", into: &buffer, in: rect)
        }
        if wizard.confirmingLeave { renderLeaveWarning(into: &buffer, in: rect) }
    }

    /// Over the page's last rows: leaving now would show the saved answers before the reveal.
    private func renderLeaveWarning(into buffer: inout ScreenBuffer, in rect: Rect) {
        let saved = wizard.session.prefix(wizard.turn).map { profile.displayName(of: $0) }.joined(separator: " and ")
        let text = "Leave now? \(saved)'s saved answers would show on the home screen before \(profile.displayName(of: wizard.partner)) "
            + "has answered. Ctrl-X again leaves; any other key stays."
        let lines = text.wrapped(toWidth: rect.width)
        let rows = min(lines.count, rect.height)
        for (index, line) in lines.prefix(rows).enumerated() {
            let y = rect.maxY - rows + index
            buffer.put(String(repeating: " ", count: rect.width), x: rect.x, y: y)
            buffer.put(line, x: rect.x, y: y, style: .warning, limit: rect.width)
        }
    }

    /// `Check-in · Zoë · 2026-W47` on the left, `4 of 10` on the right.
    func header(into buffer: inout ScreenBuffer, in rect: Rect, progress: String = "") {
        var title = "Check-in · \(wizard.week)"
        if wizard.phase == .answering { title = "Check-in · \(profile.displayName(of: wizard.partner)) · \(wizard.week)" }
        let room = rect.width - (progress.isEmpty ? 0 : progress.terminalWidth + 2)
        buffer.put(title.truncated(toWidth: max(0, room)), x: rect.x, y: rect.y, style: .title)
        if !progress.isEmpty, room > 8 {
            buffer.put(progress, x: rect.x + rect.width - progress.terminalWidth, y: rect.y, style: .accent)
        }
    }

    /// The private reflection's promise, no more than Hearth keeps: it is hidden on screen, not secret on disk.
    static let reflectionCaveat = "Hidden on screen until someone asks to see it, but saved unencrypted "
        + "in the journal folder you share: anyone who opens the files can read it."

    /// The promise in an encrypted journal: sealed to the writer's key alone, though whoever sits at this
    /// screen after the writer unlocked can still ask to see it.
    static let sealedReflectionCaveat = "Encrypted to your key alone: your partner's passphrase does not open it. "
        + "While your key is unlocked here, it is hidden on screen until someone asks to see it."

    /// One agenda step (or the review): title, prompt, then its answers.
    func renderPage(into buffer: inout ScreenBuffer, in rect: Rect) {
        let count = wizard.pageCount(journal)
        header(into: &buffer, in: rect, progress: "\(wizard.page + 1) of \(count)")
        guard let step = wizard.step(journal) else {
            let lines = CheckInSummary(answers: wizard.answers[wizard.turn], journal: journal, week: wizard.week)
                .lines(width: rect.width)
            var below = rect.splitTop(2).rest
            buffer.put("Review before saving", x: below.x, y: below.y, style: .accent, limit: below.width)
            below = below.splitTop(2).rest
            let (body, foot) = below.splitTop(max(0, below.height - 2))
            renderScrolled(lines, offset: wizard.offset, into: &buffer, in: body)
            // Wrapped into the two footer rows on a narrow terminal rather than cut.
            let note = "Enter saves · Shift-Tab or Esc goes back to change anything".wrapped(toWidth: foot.width).suffix(foot.height)
            for (row, line) in note.enumerated() {
                buffer.put(line, x: foot.x, y: foot.maxY - note.count + row, style: .dim)
            }
            return
        }
        var y = rect.y + 2
        buffer.put(step.title, x: rect.x, y: y, style: .accent, limit: rect.width)
        y += 1
        let prompt = step.prompt.wrapped(toWidth: rect.width)
        // What Hearth does with a private answer is said in full whatever the agenda's prompt promises.
        let caveat = step.kind == .reflection ? (sealed ? Self.sealedReflectionCaveat : Self.reflectionCaveat)
            .wrapped(toWidth: rect.width) : []
        // On short screens the prompt gives way to the answers.
        let promptRows = min(prompt.count, max(1, (rect.maxY - y - caveat.count) / 4))
        for line in prompt.prefix(promptRows) {
            buffer.put(line, x: rect.x, y: y, style: .dim, limit: rect.width)
            y += 1
        }
        for line in caveat where y < rect.maxY - 2 {
            buffer.put(line, x: rect.x, y: y, style: .warning, limit: rect.width)
            y += 1
        }
        y += 1
        let area = Rect(x: rect.x, y: y, width: rect.width, height: max(0, rect.maxY - y))
        renderControls(into: &buffer, in: area)
    }

    /// The review page in `rect` (the content area): how many lines it has and how many of them show.
    func reviewRows(in rect: Rect) -> (lines: Int, visible: Int) {
        let lines = CheckInSummary(answers: wizard.answers[wizard.turn], journal: journal, week: wizard.week).lines(width: rect.width)
        // As `renderPage` lays it out: header and title two rows each, the footer two.
        return (lines.count, max(0, rect.height - 6))
    }

    /// Lines drawn from `offset`, clamped so the last line stays at the bottom; arrows mark hidden lines.
    func renderScrolled(_ lines: [[Span]], offset: Int, into buffer: inout ScreenBuffer, in rect: Rect) {
        guard !rect.isEmpty else { return }
        let start = min(max(0, offset), max(0, lines.count - rect.height))
        TextBlock(Array(lines.dropFirst(start))).render(into: &buffer, in: rect)
        let right = rect.x + rect.width - 1
        if start > 0 { buffer.put("↑", x: right, y: rect.y, style: .dim) }
        if start + rect.height < lines.count { buffer.put("↓", x: right, y: rect.maxY - 1, style: .dim) }
    }

    /// A title row, then scrollable lines.
    func renderLines(_ lines: [[Span]], title: String, into buffer: inout ScreenBuffer, in rect: Rect) {
        buffer.put(title, x: rect.x, y: rect.y, style: .title, limit: rect.width)
        renderScrolled(lines, offset: wizard.offset, into: &buffer, in: rect.splitTop(2).rest)
    }
}
