import HearthDomain

/// A trends query worked out: the numbers behind every chart and the insights, ready to draw or export.
public struct TrendsSelection: Hashable, Sendable {
    /// Everything computed over the query's weeks.
    public let report: TrendReport
    /// The types and partners asked for, in profile order.
    public let types: [TypeTrend]
    public let partners: [Partner]
    /// Insights over the range shown (`insightWeeks` weeks), most important first.
    public let insights: [Insight]
    public let insightWeeks: Int

    init(report: TrendReport, typeIDs: [String], partnerIDs: [String], insights: [Insight], insightWeeks: Int) {
        self.report = report
        types = report.types.filter { typeIDs.contains($0.type.id) }
        partners = report.partners.filter { partnerIDs.contains($0.id) }
        self.insights = insights
        self.insightWeeks = insightWeeks
    }

    /// Whether every partner of the journal is shown (then the couple's numbers apply).
    public var isWholeCouple: Bool { partners.count == report.partners.count }

    /// The numbers behind one type's chart, for the selected partners.
    public func numbers(for trend: TypeTrend) -> TypeNumbers {
        let series = isWholeCouple ? trend.couple : (partners.first.flatMap { trend.series(for: $0.id) } ?? trend.couple)
        let gap = partners.count >= 2 ? trend.partnerGap(lastWeeks: report.range.count) : nil
        return TypeNumbers(series: series, trend: series.trend(), gap: gap)
    }
}

/// The numbers printed beside a type's chart: for the couple (each week's mean of the partners who
/// rated it) or for the one partner shown.
public struct TypeNumbers: Hashable, Sendable {
    /// The weekly values the numbers come from.
    public let series: Series
    /// The least-squares line over the weeks with a value; nil with fewer than two.
    public let trend: LinearTrend?
    /// How far apart the partners' means are, on the weeks both rated; nil for one partner or too few weeks.
    public let gap: PartnerGap?

    /// The most recent week's value and the mean of all weeks with one.
    public var latest: Double? { series.latest }
    public var mean: Double? { series.mean }
}
