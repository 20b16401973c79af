/// One number per week of a range; nil marks a gap (no check-in that week, or the rating was skipped).
public struct Series: Hashable, Sendable {
    public let range: WeekRange
    /// Exactly `range.count` entries, oldest week first.
    public let values: [Double?]

    /// A series over `range`; extra values are dropped and missing ones become gaps.
    public init(range: WeekRange, values: [Double?]) {
        self.range = range
        if values.count == range.count {
            self.values = values
        } else {
            self.values = Array(values.prefix(range.count))
                + Array(repeating: nil, count: max(0, range.count - values.count))
        }
    }

    /// A series with no values at all.
    public static func empty(_ range: WeekRange) -> Series {
        Series(range: range, values: Array(repeating: nil, count: range.count))
    }

    /// The weeks that have a value, with it, oldest first.
    public var points: [SeriesPoint] {
        values.enumerated().compactMap { index, value in
            value.map { SeriesPoint(index: index, week: range[index], value: $0) }
        }
    }

    /// How many weeks have a value.
    public var presentCount: Int { values.reduce(0) { $0 + ($1 == nil ? 0 : 1) } }

    /// The most recent value, wherever it falls.
    public var latest: Double? { values.last { $0 != nil } ?? nil }

    /// The value for `week`, nil when it is a gap or outside the range.
    public func value(at week: Week) -> Double? { range.index(of: week).flatMap { values[$0] } }

    /// The last `n` weeks of the series.
    public func suffix(weeks n: Int) -> Series {
        let tail = range.suffix(weeks: n)
        return Series(range: tail, values: Array(values.suffix(tail.count)))
    }
}

/// A week of a series that has a value.
public struct SeriesPoint: Hashable, Sendable {
    /// Position in the series' range (0 is its first week); the x of trend lines.
    public let index: Int
    public let week: Week
    public let value: Double
}
