/// The fixed value range a chart is drawn against, so a 3 always sits at the same height: charts never
/// stretch to the series' own minimum and maximum, which would turn a steady week into a cliff.
public struct ChartScale: Hashable, Sendable {
    public let lower: Double
    public let upper: Double

    /// A scale from `range.lowerBound` to `range.upperBound` (an empty range is widened by one).
    public init(_ range: ClosedRange<Double>) {
        lower = range.lowerBound
        upper = range.upperBound > range.lowerBound ? range.upperBound : range.lowerBound + 1
    }

    /// Ratings, 1 to 5.
    public static let rating = ChartScale(1...5)

    /// Where `value` falls, 0 at `lower` to 1 at `upper`, clamped.
    public func fraction(_ value: Double) -> Double {
        min(1, max(0, (value - lower) / (upper - lower)))
    }

    /// The `.chart(level)` style level, 1 (low) to 5 (high): the fraction in five equal steps.
    public func level(_ value: Double) -> Int { 1 + Int((fraction(value) * 4).rounded()) }

    /// The digit the ASCII tier writes for `value`: the nearest whole number, clamped to the scale.
    public func digit(_ value: Double) -> Character {
        let whole = Int(min(upper, max(lower, value)).rounded())
        return (0...9).contains(whole) ? Character(String(whole)) : "#"
    }

    /// Which of `steps` equal bands `value` falls in, 0 ... steps - 1; the top band includes `upper`.
    public func band(_ value: Double, steps: Int) -> Int {
        min(steps - 1, Int(fraction(value) * Double(steps)))
    }
}
