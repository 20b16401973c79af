import HearthDomain

/// The rituals screen: each ritual's strength and this week's marks, details of the selected one, and the
/// reason line or the add / edit form when open.
struct RitualsScreen {
    let journal: Journal
    let week: Week
    let state: RitualsState
    let rituals: [Ritual]
    let tier: ChartTier

    init(journal: Journal, today: CivilDate, state: RitualsState, tier: ChartTier = .unicode) {
        self.journal = journal
        self.tier = tier
        week = Week(containing: today)
        self.state = state
        rituals = RitualsState.ordered(journal.rituals)
    }

    func render(into buffer: inout ScreenBuffer, in rect: Rect) {
        guard !rect.isEmpty else { return }
        let partner = journal.profile.partners.indices.contains(state.partner) ? journal.profile.partners[state.partner] : nil
        var header = [Span("Rituals · \(week)", .title)]
        let who = partner.map { "as \($0.name)" } ?? ""
        if "Rituals · \(week)".terminalWidth + who.terminalWidth + 2 <= rect.width {
            header.append(Span(who, .partner(state.partner), at: rect.width - who.terminalWidth))
        }
        TextBlock([header]).render(into: &buffer, in: rect.splitTop(1).top)
        buffer.put(String(repeating: "─", count: rect.width), x: rect.x, y: rect.y + 1, style: .dim)
        let body = Rect(x: rect.x, y: rect.y + 2, width: rect.width, height: rect.height - 2)
        if case .form(let form) = state.mode {
            RitualFormView(form: form).render(into: &buffer, in: body)
            return
        }
        guard !rituals.isEmpty else {
            TextBlock("No rituals yet. Press a to add one: a date night, a Sunday walk, phones away at dinner."
                .wrapped(toWidth: body.width).map { [Span($0, .dim)] }).render(into: &buffer, in: body)
            return
        }
        // History long enough for the detail chart; the rows show its last weeks.
        let historyWeeks = min(52, max(12, body.width - 16))
        let strengths = RitualStrength.all(in: journal, range: WeekRange(last: week, count: historyWeeks))
        let byID = Dictionary(strengths.map { ($0.ritual.id, $0) }, uniquingKeysWith: { first, _ in first })
        let bottom = bottomLines(byID: byID, width: body.width)
        let listHeight = min(rituals.count + 1, max(2, body.height - bottom.count - 1))
        let (listRect, rest) = body.splitTop(listHeight)
        table(byID: byID, in: listRect, into: &buffer)
        TextBlock(bottom).render(into: &buffer, in: Rect(x: rest.x, y: rest.y + 1, width: rest.width, height: rest.height - 1))
        if case .skipReason(let reason) = state.mode, rest.height >= 2 {
            let y = rest.maxY - 1, label = "Why skipped? "
            buffer.put(label, x: rest.x, y: y, style: .accent)
            let cursor = reason.render(into: &buffer, x: rest.x + label.terminalWidth, y: y,
                                       width: rest.width - label.terminalWidth, style: .selected)
            buffer.cursor = Position(x: cursor, y: y)
        }
    }

    /// Header row, then one row per ritual: name, cadence when there is room, strength, chart, this week.
    private func table(byID: [String: RitualStrength], in rect: Rect, into buffer: inout ScreenBuffer) {
        let wide = rect.width >= 70, chartWeeks = rect.width >= 50 ? 12 : 0
        // Leave "This week" room for two partners' marks (`✓Zoë ✓美咲`).
        let nameWidth = max(8, min(24, rect.width - (wide ? 24 : 0) - 5 - (chartWeeks > 0 ? chartWeeks + 1 : 0) - 14))
        let cadenceX = 2 + nameWidth + 1, strengthX = cadenceX + (wide ? 24 : 0)
        let weekX = strengthX + 5 + (chartWeeks > 0 ? chartWeeks + 1 : 0)
        var header = [Span("  Ritual", .dim)]
        if wide { header.append(Span("Cadence", .dim, at: cadenceX)) }
        header.append(Span(chartWeeks > 0 ? "Strength" : "Str", .dim, at: strengthX))
        header.append(Span("This week", .dim, at: weekX))
        TextBlock([header]).render(into: &buffer, in: rect.splitTop(1).top)
        var window = state.list
        window.scrollToSelection(height: rect.height - 1)
        for (row, index) in rituals.indices.dropFirst(window.offset).prefix(rect.height - 1).enumerated() {
            let ritual = rituals[index], y = rect.y + 1 + row
            let selected = index == state.list.selected
            let dim = ritual.status != .active
            let name = ritual.name.truncated(toWidth: nameWidth, keeping: dim ? " (\(ritual.status.rawValue))" : "")
            var line = [Span((selected ? "› " : "  ") + name, dim ? .dim : .normal)]
            if wide { line.append(Span(ritual.cadence.inWords.truncated(toWidth: 23), .dim, at: cadenceX)) }
            if let strength = byID[ritual.id] {
                let percent = "\(StrengthSparkline.percent(strength.current))%"
                line.append(Span(String(repeating: " ", count: max(0, 4 - percent.count)) + percent, .normal, at: strengthX))
                if chartWeeks > 0 {
                    let values = Array(strength.series.values.suffix(chartWeeks))
                    line.append(Span(StrengthSparkline.text(values, tier: tier), .chart(Self.level(strength.current)), at: strengthX + 5))
                }
            }
            line += marks(ritual, at: weekX)
            let lineRect = Rect(x: rect.x, y: y, width: rect.width, height: 1)
            if selected { buffer.fill(lineRect, style: .selected) }
            TextBlock([line.map { selected ? Span($0.text, .selected, at: $0.column) : $0 }]).render(into: &buffer, in: lineRect)
        }
    }

    /// This week's marks by partner (`✓` kept, `✗` skipped), else `due` or `–`.
    private func marks(_ ritual: Ritual, at column: Int) -> [Span] {
        var spans: [Span] = []
        for (index, partner) in journal.profile.partners.enumerated() {
            guard let mark = journal.checkIn(partner: partner.id, week: week)?.rituals.first(where: { $0.ritual == ritual.id }) else { continue }
            let symbol = mark.status == .kept ? "✓" : "✗"
            spans.append(Span(spans.isEmpty ? "" : " ", .normal, at: spans.isEmpty ? column : nil))
            spans.append(Span("\(symbol)\(partner.name)", .partner(index)))
        }
        if spans.isEmpty { spans.append(Span(ritual.isDueThisWeek(week) ? "due" : "–", .dim, at: column)) }
        return spans
    }

    /// Details of the selected ritual: what it is, how strong, its history as a chart.
    private func bottomLines(byID: [String: RitualStrength], width: Int) -> [[Span]] {
        guard rituals.indices.contains(state.list.selected) else { return [] }
        let ritual = rituals[state.list.selected]
        let feeds = ritual.feeds.map { id in journal.profile.intimacyTypes.first { $0.id == id }?.name ?? id }
        let status = ritual.status == .active ? "" : " · " + ritual.status.rawValue
        var lines: [[Span]] = [[Span(ritual.name.truncated(toWidth: width, keeping: status), .accent),
                                Span(" · " + ritual.cadence.inWords, .dim)]]
        if !feeds.isEmpty { lines.append([Span("Feeds " + feeds.joined(separator: ", "), .dim)]) }
        if let strength = byID[ritual.id] {
            lines.append([Span("Strength \(StrengthSparkline.percent(strength.current))%"),
                          Span(" · " + StrengthSparkline.tally(strength), .dim)])
            // From the ritual's first counted week: blank weeks before it would only push the chart right.
            let values = strength.series.values.drop { $0 == nil }.suffix(max(4, width - 12))
            if !values.isEmpty {
                lines.append([Span(StrengthSparkline.text(Array(values), tier: tier), .chart(Self.level(strength.current))),
                              Span(" last \(values.count) wk\(values.count == 1 ? "" : "s")", .dim)])
            }
        }
        return lines
    }

    /// A chart colour level 1-5 for a strength.
    static func level(_ strength: Double) -> Int { min(5, max(1, Int((strength * 5).rounded(.up)))) }
}
