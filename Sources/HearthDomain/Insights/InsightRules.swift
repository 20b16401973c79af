/// The thresholds that turn a `TrendReport` into a handful of insights; the defaults suit weekly check-ins.
///
/// Each rule looks at the last few weeks of the report's range, so the report should end at the current
/// week and reach back far enough for the longest window (26 weeks is plenty).
public struct InsightRules: Hashable, Sendable {
    /// Weeks a decline is looked for in, and the least-squares slope (per week) and drop that count.
    public var trendWeeks = 8
    public var declineSlope = -0.1
    public var declineDrop = 0.75
    /// Fewest weeks with a value before a decline is trusted.
    public var minimumPoints = 4
    /// A type "sits low" when the couple's mean over `lowWeeks` is at most `lowLevel`.
    public var lowWeeks = 4
    public var lowLevel = 2.5
    public var lowMinimumPoints = 3
    /// A low type is coming back when its slope over `lowWeeks` is at least this (per week).
    public var recoveringSlope = 0.25
    /// Partners "see it differently" when their means differ by `gapSize` over `gapWeeks`.
    public var gapWeeks = 8
    public var gapSize = 1.5
    public var gapMinimumWeeks = 3
    /// A sign recurs when ticked in this many weeks of the report's sign window.
    public var signMinimum = 3
    /// A ritual fades when its strength fell by `ritualDrop` over `ritualWeeks` and is now below `fadedBelow`.
    public var ritualWeeks = 8
    public var ritualDrop = 0.2
    public var fadedBelow = 0.5
    /// Love languages mismatch when fewer than `preferredShareBelow` of at least `balanceMinimum` moments
    /// given over the whole range were in the receiver's preferred languages.
    public var balanceMinimum = 6
    public var preferredShareBelow = 0.3
    /// Counselling is mentioned only when, over `counsellingWeeks`, at least `counsellingSignWeeks` weeks had
    /// two or more different warning signs, and the couple's ratings averaged at most `counsellingLevel`
    /// over the last `trendWeeks`: several signals, persisting, together.
    public var counsellingWeeks = 12
    public var counsellingSignWeeks = 8
    public var counsellingLevel = 2.75
    /// Never more than this many insights at once, and at most `perKind` of one kind.
    public var limit = 5
    public var perKind = 2

    /// The default thresholds; change single fields for tests or tuning.
    public init() {}

    /// The default rules.
    public static let standard = InsightRules()

    /// The insights for a report, most important first, at most `limit`; the counselling mention, when it
    /// fires, is always kept and comes last, after the observations that explain it.
    public func insights(from report: TrendReport) -> [Insight] {
        var found = typeInsights(report) + signInsights(report) + ritualInsights(report) + loveLanguageInsights(report)
        found.sort { ($1.priority, $0.kind.order, $0.subject) < ($0.priority, $1.kind.order, $1.subject) }
        var chosen: [Insight] = [], perKindCount: [Insight.Kind: Int] = [:]
        let counselling = counsellingInsight(report)
        let room = max(0, limit - (counselling == nil ? 0 : 1))
        for insight in found where chosen.count < room && perKindCount[insight.kind, default: 0] < perKind {
            chosen.append(insight)
            perKindCount[insight.kind, default: 0] += 1
        }
        if let counselling, limit > 0 { chosen.append(counselling) }
        return chosen
    }

    /// Insights for the `weeks` weeks ending at `week` (today's week, passed in).
    public func insights(journal: Journal, endingAt week: Week, weeks: Int = 26) -> [Insight] {
        insights(from: TrendReport(journal: journal, lastWeeks: weeks, endingAt: week))
    }
}

extension Insight.Kind {
    /// Tie-break when priorities match: declaration order.
    var order: Int { Self.allCases.firstIndex(of: self) ?? 0 }
}
