import HearthDomain

/// One ISO year of a journal, as the year-in-review page shows it: the domain's own trend report,
/// insights and ritual strength for the year's weeks, plus the few facts the page adds around them.
public struct YearInReview: Hashable, Sendable {
    public let year: Int
    /// The year's weeks, ending at `today`'s week when the year is not over yet.
    public let range: WeekRange
    /// Charts, gaps, rituals and love languages; its warning signs are counted over the whole year.
    public let trends: TrendReport
    /// What the insight rules said at the end of each quarter reached so far, oldest first.
    public let seasons: [Season]
    /// Weeks in which anyone ticked a warning sign, oldest first.
    public let warningWeeks: [WarningWeek]
    /// A few appreciations, at most one a month, in the couple's own words.
    public let appreciations: [Appreciation]
    /// Check-ins in the year (ritual marks alone do not count).
    public let checkInCount: Int

    /// The year `year` of `journal`, as far as `today` has reached.
    public init(journal: Journal, year: Int, today: CivilDate) {
        self.year = year
        let range = Self.range(of: year, today: today)
        self.range = range
        trends = TrendReport(journal: journal, range: range, signWindow: range.count)
        seasons = Self.quarterEnds(of: range).map { end in
            Season(end: end, insights: InsightRules.standard.insights(journal: journal, endingAt: end))
        }
        let inYear = journal.checkIns.filter { range.contains($0.week) && $0.isCheckedIn }
        checkInCount = inYear.count
        var ticks: [Week: [WarningWeek.Tick]] = [:]
        for checkIn in inYear where !checkIn.warningSigns.isEmpty {
            ticks[checkIn.week, default: []].append(WarningWeek.Tick(partner: checkIn.partner, signs: checkIn.warningSigns))
        }
        var weeks: [WarningWeek] = []
        for week in range.weeks {
            if let found = ticks[week] { weeks.append(WarningWeek(week: week, ticks: found)) }
        }
        warningWeeks = weeks
        appreciations = Self.monthly(appreciationsIn: inYear)
    }

    /// The ISO weeks of `year`, cut at `today`'s week when that falls inside it; empty for a year to come.
    public static func range(of year: Int, today: CivilDate) -> WeekRange {
        let now = Week(containing: today)
        // Every ISO year has a week 1 and a last week; the fallback only keeps this total.
        guard let first = Week(year: year, number: 1), let last = Week(year: year, number: Week.weeksIn(isoYear: year)),
              first <= now else { return WeekRange(first: Week(year: year, number: 1) ?? now, count: 0) }
        return WeekRange(from: first, through: min(last, now))
    }

    /// Whether anything was recorded in the year.
    public var isEmpty: Bool { checkInCount == 0 }

    /// The partners, in profile order.
    public var partners: [Partner] { trends.partners }

    /// The last week of each quarter (13, 26, 39, then the year's last) that the range reaches, and the
    /// range's last week when it ends between them.
    static func quarterEnds(of range: WeekRange) -> [Week] {
        guard range.count > 0 else { return [] }
        var ends = [13, 26, 39].filter { $0 < range.count }.map { range[$0 - 1] }
        ends.append(range.last)
        return ends
    }

    /// The first appreciation written in each month (by the week's Thursday), in journal order.
    static func monthly(appreciationsIn checkIns: [CheckIn]) -> [Appreciation] {
        var seen = Set<Int>(), chosen: [Appreciation] = []
        for checkIn in checkIns {
            let month = checkIn.week.date(on: .thursday).month
            guard !seen.contains(month),
                  let text = checkIn.appreciations.first(where: { !$0.trimmingWhitespace().isEmpty }) else { continue }
            seen.insert(month)
            chosen.append(Appreciation(week: checkIn.week, partner: checkIn.partner, text: text))
        }
        return chosen
    }
}

extension YearInReview {
    /// The insights as they stood at the end of a quarter, over the 26 weeks up to it.
    public struct Season: Hashable, Sendable {
        public let end: Week
        public let insights: [Insight]
    }

    /// One week's warning signs, per partner who ticked any.
    public struct WarningWeek: Hashable, Sendable {
        public struct Tick: Hashable, Sendable {
            public let partner: String
            public let signs: [WarningSign]
        }

        public let week: Week
        public let ticks: [Tick]
    }

    /// Something one partner appreciated, as written.
    public struct Appreciation: Hashable, Sendable {
        public let week: Week
        public let partner: String
        public let text: String
    }
}
