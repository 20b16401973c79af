import HearthDomain

/// The history list: a row per week with each partner's ratings as small bars, warning signs and intentions.
struct HistoryScreen {
    let journal: Journal
    let state: HistoryState

    /// Eighth blocks for ratings 1...5, tall enough to tell apart at a glance.
    static let bars: [Character] = ["▁", "▃", "▄", "▆", "█"]

    private var partners: [Partner] {
        let all = journal.profile.partners
        return state.filter.partner.map { id in all.filter { $0.id == id } } ?? all
    }

    /// Column positions for a width: bars of each partner, the markers, and whether dates fit.
    private func layout(width: Int) -> (groups: [Int], groupWidth: Int, markers: Int, dates: Int?) {
        let types = journal.profile.intimacyTypes.count
        let groupWidth = max(types, min(8, partners.map(\.name.terminalWidth).max() ?? 0))
        let withoutDates = 2 + 8 + partners.count * (groupWidth + 2) + 2 + 4
        let dates: Int? = withoutDates + 13 <= width ? 12 : nil
        let first = dates.map { $0 + 13 } ?? 12
        let groups = partners.indices.map { first + $0 * (groupWidth + 2) }
        return (groups, groupWidth, first + partners.count * (groupWidth + 2), dates)
    }

    /// Draws the screen; returns where the cursor goes (when the go-to prompt is open).
    func render(into buffer: inout ScreenBuffer, in rect: Rect) -> Position? {
        guard !rect.isEmpty else { return nil }
        let (header, rest) = rect.splitTop(2)
        let count = state.weeks.count
        let title = "History · \(count) week\(count == 1 ? "" : "s")"
        let summary = state.filter.summary(in: journal)
        let legend = summary.isEmpty ? "! warning signs  → intention  ✓ kept" : summary
        buffer.put(title.truncated(toWidth: rect.width), x: rect.x, y: rect.y, style: .title)
        let legendRoom = rect.width - title.terminalWidth - 2
        if legendRoom >= 8 || !summary.isEmpty {
            let text = legend.truncated(toWidth: max(0, legendRoom))
            buffer.put(text, x: rect.maxX - text.terminalWidth, y: rect.y, style: summary.isEmpty ? .dim : .accent)
        }
        let columns = layout(width: rect.width)
        buffer.put("Week", x: rect.x + 2, y: header.y + 1, style: .dim)
        if let dates = columns.dates { buffer.put("Monday", x: rect.x + dates, y: header.y + 1, style: .dim) }
        for (index, partner) in partners.enumerated() {
            let style: Style = .partner(journal.profile.partners.firstIndex(of: partner) ?? index)
            buffer.put(partner.name.truncated(toWidth: columns.groupWidth), x: rect.x + columns.groups[index],
                       y: header.y + 1, style: style, limit: rect.maxX - rect.x - columns.groups[index])
        }
        var body = rest
        var cursor: Position?
        if let prompt = state.goTo {
            let split = rest.splitTop(rest.height - 1)
            body = split.top
            cursor = prompt.render(into: &buffer, in: split.rest)
        }
        guard count > 0 else {
            let note = state.filter.isEmpty ? "No check-ins yet." : "No week matches the filter: f changes it, c clears it."
            TextBlock(note.wrapped(toWidth: body.width).map { [Span($0, .dim)] }).render(into: &buffer, in: body)
            return cursor
        }
        var window = state.list
        window.scrollToSelection(height: body.height)
        for (row, index) in state.weeks.indices.dropFirst(window.offset).prefix(body.height).enumerated() {
            drawRow(state.weeks[index], selected: index == state.list.selected, y: body.y + row,
                    columns: columns, into: &buffer, in: body)
        }
        if window.offset > 0 { buffer.put("↑", x: body.maxX - 1, y: body.y, style: .dim) }
        if window.offset + body.height < count { buffer.put("↓", x: body.maxX - 1, y: body.maxY - 1, style: .dim) }
        if let panel = state.filterPanel { panel.render(state.filter, journal: journal, into: &buffer, in: rect) }
        return cursor
    }

    private func drawRow(_ week: Week, selected: Bool, y: Int, columns: (groups: [Int], groupWidth: Int, markers: Int, dates: Int?),
                         into buffer: inout ScreenBuffer, in rect: Rect) {
        let limit = rect.width - 1  // the last column is kept for the scroll arrows
        func put(_ text: String, _ column: Int, _ style: Style) {
            guard column < limit else { return }
            buffer.put(text, x: rect.x + column, y: y, style: style, limit: limit - column)
        }
        put(selected ? "›" : " ", 0, selected ? .selected : .normal)
        put(week.description, 2, selected ? .selected : .normal)
        if let dates = columns.dates { put(Self.monday(of: week), dates, .dim) }
        let checkIns = journal.checkInSlice(of: week)
        // Ritual marks alone are not a check-in: that partner's column says "–" as for no file at all.
        let shown = partners.map { partner in checkIns.first { $0.partner == partner.id && $0.isCheckedIn } }
        for (index, checkIn) in shown.enumerated() {
            guard let checkIn else {
                put("–", columns.groups[index], .dim)
                continue
            }
            for (offset, type) in journal.profile.intimacyTypes.enumerated() {
                switch checkIn.ratings[type.id] {
                case .score(let value)?:
                    let level = min(max(value, 1), 5)
                    put(String(Self.bars[level - 1]), columns.groups[index] + offset, .chart(level))
                case .skipped?: put("·", columns.groups[index] + offset, .dim)
                case nil: break
                }
            }
        }
        let signs = shown.reduce(0) { $0 + ($1?.warningSigns.count ?? 0) }
        if signs > 0 { put("!\(signs)", columns.markers, .warning) }
        let ids = Set(partners.map(\.id))
        let set = shown.contains { $0?.intention.isEmpty == false }
        let kept = journal.checkInSlice(of: week.next).contains { ids.contains($0.partner) && $0.lastIntentionReview == .done }
        if kept { put("✓", columns.markers + 3, .good) } else if set { put("→", columns.markers + 3, .dim) }
    }

    /// `16 Nov 2026`.
    static func monday(of week: Week) -> String {
        let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
        let day = week.monday
        return "\(day.day < 10 ? " " : "")\(day.day) \(months[day.month - 1]) \(day.year)"
    }
}
