/// A run of consecutive ISO weeks, the x axis of every trend.
public struct WeekRange: Hashable, Sendable {
    /// The earliest week.
    public let first: Week
    /// How many weeks, 0 or more.
    public let count: Int
    private let firstOrdinal: Int

    /// The `count` weeks starting at `first`.
    public init(first: Week, count: Int) {
        self.first = first
        self.count = max(0, count)
        firstOrdinal = first.ordinal
    }

    /// The `count` weeks ending at `last` (inclusive): "the last 12 weeks".
    public init(last: Week, count: Int) {
        self.init(first: last.adding(weeks: -max(0, count - 1)), count: count)
    }

    /// Every week from `first` to `last` inclusive; empty when `last` comes first.
    public init(from first: Week, through last: Week) {
        self.init(first: first, count: first.weeks(until: last) + 1)
    }

    /// The latest week (the first one when empty).
    public var last: Week { count == 0 ? first : first.adding(weeks: count - 1) }

    /// The week at `position` (0 is `first`); positions outside the range extrapolate.
    public subscript(position: Int) -> Week { first.adding(weeks: position) }

    /// All the weeks, oldest first.
    public var weeks: [Week] { (0..<count).map { first.adding(weeks: $0) } }

    /// Whether `week` falls inside the range.
    public func contains(_ week: Week) -> Bool { index(of: week) != nil }

    /// The position of `week` in the range, or nil when it falls outside.
    public func index(of week: Week) -> Int? {
        let offset = week.ordinal - firstOrdinal
        return offset >= 0 && offset < count ? offset : nil
    }

    /// The last `n` weeks of this range (all of it when shorter).
    public func suffix(weeks n: Int) -> WeekRange {
        let kept = min(count, max(0, n))
        return WeekRange(first: first.adding(weeks: count - kept), count: kept)
    }

    /// Position of `week` relative to the first week; negative before, `count` or more after.
    func offset(of week: Week) -> Int { week.ordinal - firstOrdinal }
}
