/// A straight line fitted through a series: how fast it moves per week, and on how many points that rests.
public struct LinearTrend: Hashable, Sendable {
    /// Change per week (negative when declining).
    public let slopePerWeek: Double
    /// The line's value at the series' first week (index 0).
    public let intercept: Double
    /// Weeks with a value that the line was fitted to; a slope from two points says little.
    public let points: Int

    /// Memberwise.
    public init(slopePerWeek: Double, intercept: Double, points: Int) {
        self.slopePerWeek = slopePerWeek
        self.intercept = intercept
        self.points = points
    }

    /// The line's value at a position of the series (0 is the first week).
    public func value(at index: Int) -> Double { intercept + slopePerWeek * Double(index) }
}
