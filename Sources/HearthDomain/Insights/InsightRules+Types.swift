extension InsightRules {
    /// Declining, sitting low, and partners seeing a type differently, for each type the couple rates.
    func typeInsights(_ report: TrendReport) -> [Insight] {
        var insights: [Insight] = []
        for trend in report.types {
            if let decline = declining(trend, report) {
                insights.append(decline)
            } else if let low = sittingLow(trend, report) {
                // A decline's evidence already shows where it ended up; a second line would repeat it.
                insights.append(low)
            }
            if let gap = partnerGap(trend, report) { insights.append(gap) }
        }
        return insights
    }

    /// Fires when the least-squares slope over `trendWeeks` is steep enough and the first three weeks with a
    /// value average at least `declineDrop` above the last three: both the line and the plain numbers agree,
    /// which one noisy week of whole-number ratings cannot fake.
    private func declining(_ trend: TypeTrend, _ report: TrendReport) -> Insight? {
        let window = trend.couple.suffix(weeks: trendWeeks)
        let points = window.points.map(\.value)
        guard points.count >= max(2, minimumPoints), let line = window.trend(),
              line.slopePerWeek <= declineSlope else { return nil }
        let ends = min(3, points.count / 2)
        let from = points.prefix(ends).reduce(0, +) / Double(ends)
        let to = points.suffix(ends).reduce(0, +) / Double(ends)
        guard from - to >= declineDrop else { return nil }
        let name = trend.type.name
        let evidence = "\(name): \(InsightText.decimal(from)) -> \(InsightText.decimal(to)) over the last "
            + "\(InsightText.weeks(window.range.count)), \(who(declined: trend, report))"
        return Insight(
            kind: .declining, priority: 80 + min(19, Int((from - to) * 10)),
            sentence: "\(name) closeness has been slipping for a few weeks.",
            evidence: evidence, tip: .forType(trend.type.id), subject: trend.type.id)
    }

    /// `both of you`, or the names of the partners whose own line points down.
    private func who(declined trend: TypeTrend, _ report: TrendReport) -> String {
        let rated = trend.partners.compactMap { partner in
            partner.series.suffix(weeks: trendWeeks).trend().map { (partner.partner, $0.slopePerWeek) }
        }
        let falling = rated.filter { $0.1 <= declineSlope / 2 }.map(\.0)
        if falling.count == rated.count, rated.count > 1 {
            return rated.count == 2 ? "both of you" : "all of you"
        }
        let names = (falling.isEmpty ? rated.map(\.0) : falling).map(report.name(of:))
        return rated.count == 1 ? "only \(InsightText.list(names)) rated it" : "mostly \(InsightText.list(names))"
    }

    private func sittingLow(_ trend: TypeTrend, _ report: TrendReport) -> Insight? {
        let window = trend.couple.suffix(weeks: lowWeeks)
        guard window.presentCount >= lowMinimumPoints, let mean = window.mean,
              mean <= lowLevel else { return nil }
        let each = trend.partners.compactMap { partner in
            partner.series.suffix(weeks: lowWeeks).mean.map { "\(report.name(of: partner.partner)) \(InsightText.decimal($0))" }
        }
        let name = trend.type.name
        return Insight(
            kind: .sittingLow, priority: 70 + min(19, Int((lowLevel - mean) * 10)),
            sentence: "\(name) closeness has been sitting low lately.",
            evidence: "\(name): \(InsightText.decimal(mean)) on average over the last \(InsightText.weeks(window.range.count))"
                + (each.count > 1 ? " (\(each.joined(separator: ", ")))" : ""),
            tip: .forType(trend.type.id), subject: trend.type.id)
    }

    private func partnerGap(_ trend: TypeTrend, _ report: TrendReport) -> Insight? {
        guard let gap = trend.partnerGap(lastWeeks: gapWeeks, minimumWeeks: gapMinimumWeeks),
              gap.difference >= gapSize else { return nil }
        let name = trend.type.name
        let higher = report.name(of: gap.higher), lower = report.name(of: gap.lower)
        return Insight(
            kind: .partnerGap, priority: 60 + min(19, Int(gap.difference * 5)),
            sentence: "You see \(name.lowercased()) closeness differently: worth asking what each of you means by your number.",
            evidence: "\(name) over the last \(InsightText.weeks(gapWeeks)): \(higher) \(InsightText.decimal(gap.higherMean)), "
                + "\(lower) \(InsightText.decimal(gap.lowerMean)) on average (\(InsightText.weeks(gap.weeks)) you both rated)",
            tip: .honestConversation, subject: trend.type.id)
    }
}
