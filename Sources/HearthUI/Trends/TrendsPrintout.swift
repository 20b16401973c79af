import HearthDomain

/// `hearth trends` as text: a week-by-type overview, each type's chart with its numbers, then the
/// insights with their evidence and tips, laid out for a terminal `width` columns wide.
public struct TrendsPrintout: Hashable, Sendable {
    public var selection: TrendsSelection
    public var tier: ChartTier
    public var width: Int

    /// Below this the charts have no room to say anything; narrower requests are widened to it.
    public static let minimumWidth = 30

    public init(selection: TrendsSelection, tier: ChartTier, width: Int) {
        self.selection = selection
        self.tier = tier
        self.width = max(Self.minimumWidth, width)
    }

    /// The whole printout, one line per row, each ending in a newline.
    public func render() -> String {
        var lines = header() + [""]
        if selection.types.count > 1 { lines += overview() + [""] }
        for trend in selection.types { lines += chart(for: trend) + [""] }
        // Rituals belong to the couple, not to a type: shown with the whole picture only.
        if selection.types.count > 1, !report.rituals.isEmpty { lines += rituals() + [""] }
        lines += insights()
        // A last pass so nothing outside ASCII slips through from the journal's own words.
        return lines.map { tier.text($0) + "\n" }.joined()
    }

    private var report: TrendReport { selection.report }

    private func header() -> [String] {
        let range = report.range
        let names = Self.list(selection.partners.map(\.name))
        return wrap("Trends \(range.first) to \(range.last) (\(ChartFormat.weeks(range.count))): \(names)")
    }

    /// Each type's weekly mean for the partners shown, one row per type.
    private func overview() -> [String] {
        let rows = selection.types.map { trend in
            Heatmap.Row(label: trend.type.name, values: selection.numbers(for: trend).series.values)
        }
        let title = selection.isWholeCouple ? "Week by type (mean of both of you)" : "Week by type"
        return wrap(title) + draw(height: rows.count + 1) {
            Heatmap(rows: rows, range: report.range, tier: tier).render(into: &$0, in: $1)
        }
    }

    private func chart(for trend: TypeTrend) -> [String] {
        let numbers = selection.numbers(for: trend)
        let facts = Self.facts(numbers)
        var heading = wrap("\(trend.type.name): " + facts.joined(separator: ", "))
        if let gap = numbers.gap {
            heading += wrap("Gap: \(report.name(of: gap.higher)) \(ChartFormat.decimal(gap.higherMean)), "
                + "\(report.name(of: gap.lower)) \(ChartFormat.decimal(gap.lowerMean)) "
                + "(\(ChartFormat.decimal(gap.difference)) apart, \(ChartFormat.weeks(gap.weeks)) both rated)")
        }
        let lines = selection.partners.enumerated().map { index, partner in
            LineChart.Line(label: partner.name, values: trend.series(for: partner.id)?.values ?? [],
                           style: .partner(report.partners.firstIndex(of: partner) ?? index))
        }
        // Two braille rows (eight dots) per partner keep every whole rating apart, three for one partner;
        // ASCII digits say the value themselves, so three rows only sort them into low, middle and high.
        let band = tier == .ascii || lines.count == 1 ? 3 : 2
        return heading + draw(height: lines.count * band + 1) {
            LineChart(lines: lines, range: report.range, tier: tier).render(into: &$0, in: $1)
        }
    }

    /// Each ritual's strength now (0-100%), with how often it was kept in the weeks it was marked.
    private func rituals() -> [String] {
        let bars = report.rituals.map { strength in
            let percent = "\(Int((strength.current * 100).rounded()))%"
            // A paused or retired ritual says so first, where a narrow terminal cannot cut it off.
            let status = strength.ritual.status == .active ? "" : strength.ritual.status.rawValue + ", "
            let kept = strength.ritual.status == .active || strength.due > 0 ? ", " + StrengthSparkline.tally(strength) : ""
            return BarChart.Bar(label: strength.ritual.name, value: strength.current, numbers: status + percent + kept)
        }
        return wrap("Rituals: strength now, and weeks kept of those marked") + draw(height: bars.count) {
            BarChart(bars: bars, tier: tier, scale: ChartScale(0...1)).render(into: &$0, in: $1)
        }
    }

    private func insights() -> [String] {
        let title = "Insights (last \(ChartFormat.weeks(selection.insightWeeks)))"
        return wrap(title) + InsightsPanel.lines(selection.insights, width: width, tier: tier).map(\.text)
    }

    /// Text broken to the width, the first line after `first` and the rest after `rest`.
    private func wrap(_ text: String, first: String = "", rest: String = "") -> [String] {
        let body = tier.text(text).wrapped(toWidth: width - max(first.count, rest.count))
        return body.enumerated().map { ($0.offset == 0 ? first : rest) + $0.element }
    }

    /// A type's numbers in words: `last 2.0`, `avg 3.6`, `slope -0.08/wk (25 points)`.
    static func facts(_ numbers: TypeNumbers) -> [String] {
        // The slope says how many weeks it rests on: a line through two points says little.
        ["last \(ChartFormat.decimal(numbers.latest))", "avg \(ChartFormat.decimal(numbers.mean))",
         numbers.trend.map { "slope \(ChartFormat.slope($0.slopePerWeek)) (\($0.points) points)" } ?? "no slope"]
    }

    /// Names joined for running text: `Zoë`, `Zoë and 美咲`, `A, B and C`.
    static func list(_ items: [String]) -> String {
        guard let last = items.last else { return "" }
        return items.count == 1 ? last : items.dropLast().joined(separator: ", ") + " and " + last
    }

    /// Rows drawn by a widget into a buffer as wide as the printout.
    private func draw(height: Int, _ body: (inout ScreenBuffer, Rect) -> Void) -> [String] {
        var buffer = ScreenBuffer(size: Size(width: width, height: height))
        body(&buffer, Rect(buffer.size))
        return buffer.lines
    }
}
