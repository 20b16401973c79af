import HearthDomain

/// A box over the Trends screen with one week's ratings: a row per type, a column per partner.
public struct WeekRatingsOverlay: Sendable {
    public var week: Week
    public var report: TrendReport
    public var tier: ChartTier

    public init(week: Week, report: TrendReport, tier: ChartTier) {
        self.week = week
        self.report = report
        self.tier = tier
    }

    /// The rows shown: a header of partner names, then each type with each partner's rating (`-` when
    /// not rated that week).
    public var rows: [[String]] {
        let header = [""] + report.partners.map(\.name)
        return [header] + report.types.map { trend in
            [trend.type.name] + report.partners.map { partner in
                ChartFormat.decimal(trend.series(for: partner.id)?.value(at: week), places: 0)
            }
        }
    }

    /// Draws the box centred in `rect`, over whatever is there.
    public func render(into buffer: inout ScreenBuffer, in rect: Rect) {
        let rows = self.rows.map { $0.map(tier.text) }
        let columns = (0..<(rows.first?.count ?? 0)).map { column in rows.map { $0[column].terminalWidth }.max() ?? 0 }
        let footer = "Esc closes"
        let width = max(columns.reduce(0, +) + 2 * max(0, columns.count - 1), footer.count, 14) + 4
        let box = rect.centered(width: width, height: rows.count + 4)
        guard box.width >= 10, box.height >= 4 else { return }
        buffer.fill(box)
        if tier == .unicode {
            Panel(title: "Week \(week)", style: .accent).render(into: &buffer, in: box)
        } else {
            buffer.put(tier.fit("Week \(week)", width: box.width), x: box.x, y: box.y, style: .title)
        }
        let inner = box.inset(dx: 2, dy: 1)
        for (index, row) in rows.prefix(max(0, inner.height - 1)).enumerated() {
            var x = inner.x
            for (column, text) in row.enumerated() {
                // Names left-aligned, ratings right-aligned under their partner's name.
                let pad = columns[column] - text.terminalWidth
                let shown = column == 0 ? text : String(repeating: " ", count: pad) + text
                buffer.put(shown, x: x, y: inner.y + index, style: index == 0 || column == 0 ? .bold : .normal,
                           limit: inner.x + inner.width - x)
                x += columns[column] + 2
            }
        }
        buffer.put(footer, x: inner.x, y: inner.maxY - 1, style: .dim)
    }
}
