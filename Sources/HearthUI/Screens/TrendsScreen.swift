import HearthDomain

/// The Trends screen: charts for the chosen range, type and partners, the week under the cursor, and
/// the insights beside them (below them on narrow terminals).
public struct TrendsScreen: Sendable {
    public var view: TrendsView

    public init(view: TrendsView) { self.view = view }

    /// Terminals at least this wide get the insights in a column beside the charts.
    static let sideBySideWidth = 90

    private var selection: TrendsSelection { view.selection }
    private var tier: ChartTier { view.tier }

    /// Draws the title, the charts, the insights and any open week inside `rect`.
    public func render(into buffer: inout ScreenBuffer, in rect: Rect) {
        guard !rect.isEmpty else { return }
        let (titleRow, body) = rect.splitTop(1)
        buffer.put(tier.fit(title(width: titleRow.width), width: titleRow.width), x: titleRow.x, y: titleRow.y, style: .title)
        let content = body.splitTop(1).rest
        if content.width >= Self.sideBySideWidth {
            let side = min(48, content.width * 2 / 5)
            let (charts, insights) = content.splitLeft(content.width - side - 1, gap: 1)
            renderCharts(into: &buffer, in: charts, numbers: true)
            InsightsPanel(insights: selection.insights, weeks: selection.insightWeeks, tier: tier)
                .render(into: &buffer, in: insights)
        } else {
            // Narrow: the insights matter more than a table repeating the numbers beside the heatmap.
            let used = renderCharts(into: &buffer, in: content, numbers: false)
            let rest = content.splitTop(used + 1).rest
            if rest.height >= 4 {
                InsightsPanel(insights: selection.insights, weeks: selection.insightWeeks, tier: tier)
                    .render(into: &buffer, in: rest)
            }
        }
        if let week = view.openWeek {
            WeekRatingsOverlay(week: week, report: selection.report, tier: tier).render(into: &buffer, in: rect)
        }
    }

    /// `Trends: 6 months (2026-W12 to 2026-W37), all types, Zoë and 美咲`; where that does not fit in
    /// `width`, the weeks go first (the axis shows them), so the names are not the part that is cut.
    func title(width: Int) -> String {
        let range = selection.report.range
        let types = selection.types.count == 1 ? selection.types[0].type.name : "all types"
        let names = TrendsPrintout.list(selection.partners.map(\.name))
        let full = "Trends: \(view.span.label) (\(range.first) to \(range.last)), \(types), \(names)"
        return full.terminalWidth <= width ? full : "Trends: \(view.span.label), \(types), \(names)"
    }

    /// Draws the charts from the top of `rect`, with a table of every type's numbers when `numbers`;
    /// returns the rows used.
    @discardableResult
    private func renderCharts(into buffer: inout ScreenBuffer, in rect: Rect, numbers: Bool) -> Int {
        if selection.types.count == 1 { return renderOneType(selection.types[0], into: &buffer, in: rect, tall: numbers) }
        let rows = selection.types.map { trend in
            Heatmap.Row(label: trend.type.name, values: selection.numbers(for: trend).series.values)
        }
        let heatmap = Heatmap(rows: rows, range: selection.report.range, tier: tier)
        let height = min(rect.height, rows.count + 1)
        heatmap.render(into: &buffer, in: Rect(x: rect.x, y: rect.y, width: rect.width, height: height))
        let layout = heatmap.layout(width: rect.width)
        let columns = ChartColumns(rows.first?.values ?? [], columns: layout.cells)
        let week = selection.report.range.count - 1 - view.cursor
        let wide = heatmap.cellWidth(cells: layout.cells)
        let column = columns.column(ofWeek: week) * wide
        var used = height
        if used < rect.height {
            let x = rect.x + layout.label + 1 + column
            buffer.restyle(Rect(x: x, y: rect.y, width: wide, height: rows.count), style: .selected)
            used += marker(into: &buffer, x: x, y: rect.y + used, in: rect)
        }
        // The numbers for every type, one row each, while there is room.
        for (index, trend) in selection.types.enumerated() where numbers && used + 1 < rect.height {
            if index == 0 { used += 1 }
            let line = TrendsPrintout.facts(selection.numbers(for: trend)).joined(separator: ", ")
            buffer.put(tier.fit(trend.type.name, width: layout.label), x: rect.x, y: rect.y + used, style: .bold)
            buffer.put(tier.fit(line, width: rect.width - layout.label - 1), x: rect.x + layout.label + 1,
                       y: rect.y + used, style: .dim)
            used += 1
        }
        return used
    }

    /// One type's line chart; `tall` when the chart has the column to itself (insights beside it), so it
    /// may take up to half the height instead of four rows a partner.
    private func renderOneType(_ trend: TypeTrend, into buffer: inout ScreenBuffer, in rect: Rect, tall: Bool) -> Int {
        let numbers = selection.numbers(for: trend)
        let heading = "\(trend.type.name): " + TrendsPrintout.facts(numbers).joined(separator: ", ")
        buffer.put(tier.fit(heading, width: rect.width), x: rect.x, y: rect.y, style: .bold)
        let lines = selection.partners.map { partner in
            LineChart.Line(label: partner.name, values: trend.series(for: partner.id)?.values ?? [],
                           style: .partner(selection.report.partners.firstIndex(of: partner) ?? 0))
        }
        let chart = LineChart(lines: lines, range: selection.report.range, tier: tier)
        // Four rows per partner, more on a tall terminal (up to half of it), leaving the heading, the marker
        // and its week below the chart.
        let perLine = tall ? max(4, min(12, (rect.height - 3) / 2 / max(1, lines.count))) : 4
        let height = min(rect.height - 3, lines.count * perLine + 1)
        guard height >= 2 else { return 1 }
        let area = Rect(x: rect.x, y: rect.y + 1, width: rect.width, height: height)
        chart.render(into: &buffer, in: area)
        let band = chart.bandHeight(in: height)
        let layout = chart.layout(width: rect.width, rows: band)
        let slots = layout.plot * chart.pointsPerCell
        let columns = ChartColumns(lines.first?.values ?? [], columns: slots)
        let column = columns.column(ofWeek: selection.report.range.count - 1 - view.cursor)
        let x = rect.x + layout.gutter
            + LineChart.position(column, count: columns.values.count, slots: slots) / chart.pointsPerCell
        if chart.fits(height: height) {
            buffer.restyle(Rect(x: x, y: area.y, width: 1, height: band * lines.count), style: .selected)
        }
        var used = 1 + height
        if used < rect.height {
            used += marker(into: &buffer, x: x, y: rect.y + used, in: rect, ratings: ratings(trend))
        }
        return used
    }

    /// Each shown partner's rating of `trend` in the cursor week: `Zoë 4, 美咲 -`.
    private func ratings(_ trend: TypeTrend) -> String {
        selection.partners.map { partner in
            "\(partner.name) " + ChartFormat.decimal(trend.series(for: partner.id)?.value(at: view.cursorWeek), places: 0)
        }.joined(separator: ", ")
    }

    /// `▲ 2026-W33` under the cursor column (the label kept on screen), plus what else fits; returns 1.
    private func marker(into buffer: inout ScreenBuffer, x: Int, y: Int, in rect: Rect, ratings: String = "") -> Int {
        let arrow = tier == .unicode ? "▲" : "^"
        var text = "\(arrow) \(view.cursorWeek)"
        if !ratings.isEmpty { text += ": " + ratings }
        // The hint goes when it would not fit whole on either side of the arrow (help says what Enter
        // does); the week and its ratings stay.
        let hint = " (Enter: that week)"
        let room = max(x - rect.x - 1, rect.x + rect.width - x - 2)
        if (text + hint).terminalWidth - 2 <= room { text += hint }
        let width = text.terminalWidth
        let start = max(rect.x, min(x, rect.x + rect.width - width))
        if start < x {
            // Not enough room right of the cursor: the arrow stays on its column, the words go left of it.
            buffer.put(tier.fit(String(text.dropFirst(2)), width: x - rect.x - 1), x: rect.x, y: y, style: .dim)
            buffer.put(arrow, x: x, y: y, style: .accent)
        } else {
            buffer.put(arrow, x: x, y: y, style: .accent)
            buffer.put(tier.fit(String(text.dropFirst(2)), width: rect.x + rect.width - x - 2), x: x + 2, y: y, style: .dim)
        }
        return 1
    }
}
