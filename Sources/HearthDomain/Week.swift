/// An ISO-8601 week (`2026-W47`): Monday to Sunday, week 1 holds the year's first Thursday.
public struct Week: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let year: Int
    public let number: Int

    /// Creates a week, or nil when the year has no such week (2026-W53).
    public init?(year: Int, number: Int) {
        guard number >= 1, number <= Week.weeksIn(isoYear: year) else { return nil }
        self.year = year
        self.number = number
    }

    /// The ISO week a date falls in; early January may belong to last year's week.
    public init(containing date: CivilDate) {
        // The Thursday of the date's week decides the ISO year.
        let thursday = date.adding(days: 4 - date.weekday.rawValue)
        year = thursday.year
        number = (thursday.dayOfYear - 1) / 7 + 1
    }

    /// Parses `2026-W47` (also `2026-w47`); nil for anything else.
    public init?(_ text: some StringProtocol) {
        let upper = text.uppercased()
        let parts = upper.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[0].count == 4, parts[1].count == 3, parts[1].first == "W",
              parts[0].allSatisfy(\.isASCII), parts[1].allSatisfy(\.isASCII),
              let y = Int(parts[0]), let n = Int(parts[1].dropFirst()) else { return nil }
        self.init(year: y, number: n)
    }

    /// `2026-W47`.
    public var description: String { "\(CivilDate.pad(year, 4))-W\(CivilDate.pad(number, 2))" }

    /// The Monday that starts this week.
    public var monday: CivilDate {
        let januaryFourth = CivilDate(unchecked: year, 1, 4)
        let firstMonday = januaryFourth.adding(days: 1 - januaryFourth.weekday.rawValue)
        return firstMonday.adding(days: 7 * (number - 1))
    }

    /// The Sunday that ends this week.
    public var sunday: CivilDate { monday.adding(days: 6) }

    /// The seven days, Monday first.
    public var days: [CivilDate] { (0..<7).map { monday.adding(days: $0) } }

    /// The date of a given weekday within this week.
    public func date(on weekday: Weekday) -> CivilDate { monday.adding(days: weekday.rawValue - 1) }

    public var next: Week { adding(weeks: 1) }
    public var previous: Week { adding(weeks: -1) }

    /// The week `count` weeks later (earlier when negative).
    public func adding(weeks count: Int) -> Week { Week(containing: monday.adding(days: 7 * count)) }

    /// Whole weeks from `self` to `other` (positive when `other` is later).
    public func weeks(until other: Week) -> Int {
        (other.monday.daysSinceEpoch - monday.daysSinceEpoch) / 7
    }

    /// 53 when the ISO year starts on a Thursday, or is a leap year starting on a Wednesday.
    public static func weeksIn(isoYear year: Int) -> Int {
        let januaryFirst = CivilDate(unchecked: year, 1, 1).weekday
        if januaryFirst == .thursday || (januaryFirst == .wednesday && CivilDate.isLeap(year)) { return 53 }
        return 52
    }

    public static func < (lhs: Week, rhs: Week) -> Bool { (lhs.year, lhs.number) < (rhs.year, rhs.number) }
}
