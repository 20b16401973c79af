import HearthDomain

/// Draws the home screen (HomeScreen.swift): this week at a glance, and conflicts waiting for a choice.
struct HomeView {
    let summary: HomeSummary
    /// Conflicts waiting for a choice; a line each under the header, none when there are none.
    var conflicts = JournalConflicts()
    /// The line under the header of an encrypted journal: whose keys are unlocked, and `u` for the rest.
    var sealLine: String?

    init(journal: Journal, today: CivilDate, conflicts: JournalConflicts = JournalConflicts(), seal: JournalSeal? = nil) {
        summary = HomeSummary(journal: journal, today: today)
        self.conflicts = conflicts
        sealLine = seal.map { Self.sealLine($0, profile: journal.profile) }
    }

    /// `Encrypted · unlocked: Zoë · u unlocks 美咲 too`.
    static func sealLine(_ seal: JournalSeal, profile: Profile) -> String {
        // In the profile's order, as home lists the partners everywhere else.
        let unlocked = profile.partners.filter { seal.unlocked.contains($0.id) }.map(\.name)
        let locked = profile.partners.filter { !seal.unlocked.contains($0.id) }.map(\.name)
        let line = "Encrypted · unlocked: " + (unlocked.isEmpty ? "nobody" : UnlockForm.joined(unlocked))
        return locked.isEmpty ? line : line + " · u unlocks " + UnlockForm.joined(locked, or: true) + " too"
    }

    /// Title on the left, the week on the right. When space is short the dates go first, then the title
    /// is cut, so the ISO week stays on screen as long as there is any room for a title beside it.
    func header(width: Int) -> [Span] {
        let names = summary.partners.map(\.name).joined(separator: " & ")
        let title = "Hearth · " + names
        let full = "\(summary.week) · \(HomeSummary.dateRange(of: summary.week))"
        let compact = "\(summary.week)"
        for week in [full, compact] where title.terminalWidth + 2 + week.terminalWidth <= width {
            return [Span(title, .title), Span(week, .dim, at: width - week.terminalWidth)]
        }
        let titleRoom = width - 2 - compact.terminalWidth
        guard titleRoom >= 8 else { return [Span(title.truncated(toWidth: width), .title)] }
        return [Span(title.truncated(toWidth: titleRoom), .title), Span(compact, .dim, at: width - compact.terminalWidth)]
    }

    /// The sections in priority order; on a small screen the later ones are left out.
    var sections: [(title: String, body: TextBlock)] {
        [thisWeek, ratings, intentions, rituals]
    }

    var thisWeek: (title: String, body: TextBlock) {
        let lines = summary.partners.enumerated().map { index, partner in
            summary.checkedIn[index]
                ? [Span("✓ ", .good), Span(partner.name, .partner(index)), Span(" has checked in")]
                : [Span("· ", .dim), Span(partner.name, .partner(index)), Span(" not yet", .dim)]
        }
        return ("This week", TextBlock(lines))
    }

    var intentions: (title: String, body: TextBlock) {
        let title = "Last week's intentions"
        let set = summary.partners.indices.filter { !summary.lastIntentions[$0].isEmpty }
        guard !set.isEmpty else { return (title, TextBlock([[Span("None set last week.", .dim)]])) }
        let nameWidth = min(10, set.map { summary.partners[$0].name.terminalWidth }.max() ?? 0)
        return (title, TextBlock(set.map { index in
            [Span(summary.partners[index].name.truncated(toWidth: nameWidth), .partner(index)),
             Span(summary.lastIntentions[index], .normal, at: nameWidth + 2)]
        }))
    }

    var ratings: (title: String, body: TextBlock) {
        let title = "Latest ratings"
        guard summary.latest.contains(where: { $0 != nil }) else {
            return (title, TextBlock([[Span("No check-ins yet.", .dim)]]))
        }
        let typeWidth = min(13, (summary.types.map(\.name.terminalWidth).max() ?? 0) + 1)
        let column = 9
        var names = [Span("")], weeks = [Span("")]
        for (index, partner) in summary.partners.enumerated() {
            let x = typeWidth + index * column
            names.append(Span(partner.name.truncated(toWidth: column - 1), .partner(index), at: x))
            let week = summary.latest[index].map { $0.week == summary.week ? "this wk" : "W\($0.week.number)" } ?? ""
            weeks.append(Span(week, .dim, at: x))
        }
        // Each partner's newest check-in may be from a different week: then say which under each name.
        let distinct = Set(summary.latest.compactMap { $0?.week })
        var lines = distinct.count == 1 ? [names] : [names, weeks]
        for type in summary.types {
            var line = [Span(type.name.truncated(toWidth: typeWidth - 1))]
            for (index, checkIn) in summary.latest.enumerated() {
                line.append(contentsOf: Self.score(checkIn?.ratings[type.id], at: typeWidth + index * column))
            }
            lines.append(line)
        }
        let shared = distinct.count == 1 ? distinct.first.map { $0 == summary.week ? " · this week" : " · \($0)" } : nil
        return (title + (shared ?? ""), TextBlock(lines))
    }

    /// `4 ●●●●○`, `skip`, or `–` when unanswered.
    static func score(_ rating: Rating?, at column: Int) -> [Span] {
        switch rating {
        case .score(let value)?:
            let filled = min(max(value, 0), 5)
            return [Span("\(value) ", .normal, at: column),
                    Span(String(repeating: "●", count: filled), .chart(filled)),
                    Span(String(repeating: "○", count: 5 - filled), .dim)]
        case .skipped?:
            return [Span("skip", .dim, at: column)]
        case nil:
            return [Span("–", .dim, at: column)]
        }
    }

    var rituals: (title: String, body: TextBlock) {
        let title = "Rituals due this week"
        guard !summary.ritualsDue.isEmpty else {
            let none = summary.hasActiveRituals ? "All marked for this week." : "No rituals yet."
            return (title, TextBlock([[Span(none, .dim)]]))
        }
        return (title, TextBlock(summary.ritualsDue.map {
            [Span($0.name), Span(" · " + $0.cadence.inWords, .dim)]
        }))
    }

    func render(into buffer: inout ScreenBuffer, in rect: Rect) {
        guard !rect.isEmpty else { return }
        TextBlock([header(width: rect.width)]).render(into: &buffer, in: rect.splitTop(1).top)
        buffer.put(String(repeating: "─", count: rect.width), x: rect.x, y: rect.y + 1, style: .dim)
        let lines: [(text: String, style: Style)] = (sealLine.map { [($0, .dim)] } ?? []) + conflicts.lines.map { ("! " + $0, .warning) }
        let notes = Array(lines.prefix(max(0, rect.height - 3)))
        for (row, note) in notes.enumerated() {
            buffer.put(note.text.truncated(toWidth: rect.width), x: rect.x, y: rect.y + 2 + row, style: note.style)
        }
        let top = 2 + notes.count + (notes.isEmpty ? 0 : 1)
        let body = Rect(x: rect.x, y: rect.y + top, width: rect.width, height: max(0, rect.height - top))
        let all = sections
        if body.width >= 72 {
            // Two columns: the partners' week on the left, ratings and rituals on the right.
            let (left, right) = body.splitLeft((body.width - 2) / 2, gap: 2)
            Self.stack([all[0], all[2]], into: &buffer, in: left)
            Self.stack([all[1], all[3]], into: &buffer, in: right)
        } else {
            Self.stack(all, into: &buffer, in: body)
        }
    }

    /// Draws sections top-down with a blank line between them; stops at the first that cannot show a line.
    /// When anything is left out, the last row says so: a summary that silently drops lines misleads.
    static func stack(_ sections: [(title: String, body: TextBlock)], into buffer: inout ScreenBuffer, in rect: Rect) {
        let needed = sections.reduce(0) { $0 + 2 + $1.body.height } - 1
        let cut = needed > rect.height
        let room = cut ? rect.splitTop(rect.height - 1).top : rect
        var y = room.y
        for section in sections {
            guard room.maxY - y >= 2 else { break }
            buffer.put(section.title.truncated(toWidth: room.width), x: room.x, y: y, style: .accent)
            let height = min(section.body.height, room.maxY - y - 1)
            section.body.render(into: &buffer, in: Rect(x: room.x + 1, y: y + 1, width: room.width - 1, height: height))
            y += 1 + height + 1
        }
        if cut { buffer.put(Self.more.truncated(toWidth: rect.width), x: rect.x, y: rect.maxY - 1, style: .dim) }
    }

    static let more = "more… (a taller window shows it all)"
}
