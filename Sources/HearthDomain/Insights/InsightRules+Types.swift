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

    /// Fires when the couple's least-squares slope over `trendWeeks` is steep enough and their first three weeks
    /// with a value average at least `declineDrop` above the last three (the line and the plain numbers agree,
    /// which one noisy week of whole-number ratings cannot fake), and at least one partner's own line fell too:
    /// the couple's mean also falls when the higher rater just stops checking in. The evidence gives the
    /// numbers of the partners whose own line fell, and names only them.
    private func declining(_ trend: TypeTrend, _ report: TrendReport) -> Insight? {
        let window = trend.couple.suffix(weeks: trendWeeks)
        guard let couple = fall(in: window), couple.from - couple.to >= declineDrop else { return nil }
        var rated = 0, falling: [(partner: String, from: Double, to: Double)] = []
        for partner in trend.partners {
            let own = partner.series.suffix(weeks: trendWeeks)
            guard own.presentCount > 0 else { continue }
            rated += 1
            if let fall = fall(in: own) { falling.append((partner.partner, fall.from, fall.to)) }
        }
        guard !falling.isEmpty else { return nil }
        let from = falling.map(\.from).reduce(0, +) / Double(falling.count)
        let to = falling.map(\.to).reduce(0, +) / Double(falling.count)
        let names = InsightText.list(falling.map { report.name(of: $0.partner) })
        let who = rated == 1 ? "only \(names) rated it"
            : falling.count == rated ? (rated == 2 ? "both of you" : "all of you")
            : "as \(names) rate\(falling.count == 1 ? "s" : "") it"
        let name = trend.type.name
        return Insight(
            kind: .declining, priority: 80 + min(19, Int((from - to) * 10)),
            sentence: "\(name) closeness has been slipping for a few weeks.",
            evidence: "\(name): \(InsightText.decimal(from)) -> \(InsightText.decimal(to)) over the last "
                + "\(InsightText.weeks(window.range.count)), \(who)",
            tip: .forType(trend.type.id), subject: trend.type.id)
    }

    /// The means of the first and of the last three rated weeks of a window whose line points down steeply
    /// enough on at least `minimumPoints` weeks; nil otherwise.
    private func fall(in window: Series) -> (from: Double, to: Double)? {
        let points = window.points.map(\.value)
        guard points.count >= max(2, minimumPoints), let line = window.trend(),
              line.slopePerWeek <= declineSlope else { return nil }
        let ends = min(3, points.count / 2)
        return (points.prefix(ends).reduce(0, +) / Double(ends), points.suffix(ends).reduce(0, +) / Double(ends))
    }

    private func sittingLow(_ trend: TypeTrend, _ report: TrendReport) -> Insight? {
        let window = trend.couple.suffix(weeks: lowWeeks)
        guard window.presentCount >= lowMinimumPoints, let mean = window.mean,
              mean <= lowLevel else { return nil }
        let each = trend.partners.compactMap { partner in
            partner.series.suffix(weeks: lowWeeks).mean.map { "\(report.name(of: partner.partner)) \(InsightText.decimal($0))" }
        }
        let name = trend.type.name
        // Already climbing back: the tip is to keep at it rather than to start something new.
        let recovering = (window.trend()?.slopePerWeek ?? 0) >= recoveringSlope
        return Insight(
            kind: .sittingLow, priority: 70 + min(19, Int((lowLevel - mean) * 10)),
            sentence: recovering ? "\(name) closeness has been sitting low, and is starting to come back."
                : "\(name) closeness has been sitting low lately.",
            evidence: "\(name): \(InsightText.decimal(mean)) on average over the last \(InsightText.weeks(window.range.count))"
                + (each.count > 1 ? " (\(each.joined(separator: ", ")))" : ""),
            tip: recovering ? .patience : .forType(trend.type.id), subject: trend.type.id)
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
