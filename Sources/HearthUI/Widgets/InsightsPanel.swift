import HearthDomain

/// The insights in a box: each observation, the numbers behind it, and something to try.
public struct InsightsPanel: Sendable {
    public var insights: [Insight]
    /// The weeks the insights looked at, for the title.
    public var weeks: Int
    public var tier: ChartTier

    public init(insights: [Insight], weeks: Int, tier: ChartTier) {
        self.insights = insights
        self.weeks = weeks
        self.tier = tier
    }

    /// The insights as wrapped lines `width` columns wide: sentence, evidence, tip, a blank between.
    public static func lines(_ insights: [Insight], width: Int, tier: ChartTier) -> [(text: String, style: Style)] {
        func wrap(_ text: String, _ first: String, _ rest: String, _ style: Style) -> [(text: String, style: Style)] {
            tier.text(text).wrapped(toWidth: max(1, width - rest.count)).enumerated().map {
                (($0.offset == 0 ? first : rest) + $0.element, style)
            }
        }
        guard !insights.isEmpty else {
            return wrap("Nothing stands out. Insights appear when a type slips or sits low, you see one differently, "
                + "warning signs repeat, rituals fade or love languages miss each other.", "", "", .dim)
        }
        let bullet = tier == .unicode ? "• " : "- "
        var lines: [(text: String, style: Style)] = []
        for insight in insights {
            lines += wrap(insight.sentence, bullet, "  ", .bold)
            lines += wrap(insight.evidence, "  ", "    ", .dim)
            lines += wrap("Try: \(insight.tip.title). \(insight.tip.text)", "  ", "    ", .normal)
        }
        return lines
    }

    /// Draws the box and as many insight lines as fit, with `…` when some are left out.
    public func render(into buffer: inout ScreenBuffer, in rect: Rect) {
        guard rect.width >= 8, rect.height >= 3 else { return }
        let title = "Insights (last \(ChartFormat.weeks(weeks)))"
        let inner: Rect
        if tier == .unicode {
            Panel(title: title, style: .dim).render(into: &buffer, in: rect)
            inner = Panel.inner(rect).inset(dx: 1, dy: 0)
        } else {
            // Box-drawing characters are not ASCII: a title over a rule of dashes instead.
            buffer.put(tier.fit(title, width: rect.width), x: rect.x, y: rect.y, style: .title)
            buffer.put(String(repeating: "-", count: rect.width), x: rect.x, y: rect.y + 1, style: .dim)
            inner = rect.splitTop(2).rest
        }
        let lines = Self.lines(insights, width: inner.width, tier: tier)
        for (row, line) in lines.prefix(inner.height).enumerated() {
            buffer.put(line.text, x: inner.x, y: inner.y + row, style: line.style, limit: inner.width)
        }
        if lines.count > inner.height, inner.height > 0 {
            let more = tier == .unicode ? "…" : "..."
            buffer.put(more, x: inner.x + inner.width - more.count, y: inner.maxY - 1, style: .dim)
        }
    }
}
