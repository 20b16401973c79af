import HearthDomain

/// The Trends screen's state: which weeks, type and partners are shown, the week under the cursor,
/// and the numbers worked out for that choice (kept here so drawing a frame computes nothing).
public struct TrendsView: Hashable, Sendable {
    /// The ranges the screen offers, cycled with one key.
    public enum Span: CaseIterable, Hashable, Sendable {
        case twelveWeeks, sixMonths, year, all

        /// `12 weeks`, `6 months`, `1 year`, `all`.
        public var label: String {
            switch self {
            case .twelveWeeks: "12 weeks"
            case .sixMonths: "6 months"
            case .year: "1 year"
            case .all: "all"
            }
        }

        /// Weeks up to and including `last`: fixed, or from the journal's first check-in for `all`.
        func weeks(in journal: Journal, through last: Week) -> Int {
            switch self {
            case .twelveWeeks: return 12
            case .sixMonths: return 26
            case .year: return 52
            case .all:
                let first = journal.checkIns.lazy.map(\.week).min() ?? last
                return min(TrendsQuery.maximumWeeks, max(1, first.weeks(until: last) + 1))
            }
        }
    }

    public private(set) var span: Span
    /// Index into the profile's types, nil for all of them.
    public private(set) var type: Int?
    /// Index into the profile's partners, nil for everyone.
    public private(set) var partner: Int?
    /// The week under the cursor, counted back from the range's last week (0 is this week).
    public private(set) var cursor: Int
    /// The week whose ratings are shown on top, after Enter.
    public var openWeek: Week?
    public let tier: ChartTier
    public private(set) var selection: TrendsSelection

    /// The screen over `journal` as of `today`: six months, every type, everyone.
    public init(journal: Journal, today: CivilDate, tier: ChartTier, span: Span = .sixMonths) {
        self.span = span
        type = nil
        partner = nil
        cursor = 0
        openWeek = nil
        self.tier = tier
        selection = Self.select(journal: journal, today: today, span: span, type: nil, partner: nil, tier: tier)
    }

    /// The week under the cursor.
    public var cursorWeek: Week { selection.report.range.last.adding(weeks: -cursor) }

    /// Cycles the range forward; the cursor stays on the same week when it is still inside.
    public mutating func nextSpan(journal: Journal, today: CivilDate) {
        let all = Span.allCases
        span = all[((all.firstIndex(of: span) ?? 0) + 1) % all.count]
        refresh(journal: journal, today: today)
    }

    /// Cycles through all types, then each type alone.
    public mutating func nextType(journal: Journal, today: CivilDate) {
        type = Self.next(type, count: journal.profile.intimacyTypes.count)
        refresh(journal: journal, today: today)
    }

    /// Cycles through everyone, then each partner alone.
    public mutating func nextPartner(journal: Journal, today: CivilDate) {
        partner = Self.next(partner, count: journal.profile.partners.count)
        refresh(journal: journal, today: today)
    }

    /// Moves the cursor by `weeks` (positive is later), kept inside the range.
    public mutating func moveCursor(by weeks: Int) {
        cursor = min(max(0, cursor - weeks), selection.report.range.count - 1)
    }

    /// Puts the cursor on the first (`toStart`) or the last week of the range.
    public mutating func moveCursor(toStart: Bool) {
        cursor = toStart ? selection.report.range.count - 1 : 0
    }

    /// Works the numbers out again (after a choice changed, or the journal did).
    public mutating func refresh(journal: Journal, today: CivilDate) {
        selection = Self.select(journal: journal, today: today, span: span, type: type, partner: partner, tier: tier)
        cursor = min(cursor, selection.report.range.count - 1)
    }

    private static func next(_ index: Int?, count: Int) -> Int? {
        guard let index else { return count > 0 ? 0 : nil }
        return index + 1 < count ? index + 1 : nil
    }

    private static func select(journal: Journal, today: CivilDate, span: Span, type: Int?, partner: Int?,
                               tier: ChartTier) -> TrendsSelection {
        let week = Week(containing: today)
        let types = journal.profile.intimacyTypes, partners = journal.profile.partners
        let query = TrendsQuery(weeks: span.weeks(in: journal, through: week),
                                type: type.flatMap { types.indices.contains($0) ? types[$0].id : nil },
                                partner: partner.flatMap { partners.indices.contains($0) ? partners[$0].id : nil })
        do {
            return try query.select(in: journal, today: today)
        } catch {
            // Cannot happen: the choices come from the journal's own lists and the span is clamped.
            return TrendsSelection(report: TrendReport(journal: journal, lastWeeks: 1, endingAt: week),
                                   typeIDs: [], partnerIDs: [], insights: [], insightWeeks: 1)
        }
    }
}
