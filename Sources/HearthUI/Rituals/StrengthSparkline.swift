import HearthDomain

/// A ritual's strength history drawn with the charts' `Sparkline`, one column per week, oldest first; a
/// week before the ritual started is blank.
///
/// Strength runs 0...1; it is drawn on a 0...9 scale so that the ASCII tier writes a meaningful digit
/// (0 faded ... 9 strong) while Unicode draws the same eighth blocks a 0...1 scale would.
public enum StrengthSparkline {
    static let scale = ChartScale(0...9)

    /// One character per value, oldest first.
    public static func text(_ values: [Double?], tier: ChartTier = .unicode) -> String {
        Sparkline(values: values.map { $0.map { $0 * 9 } }, tier: tier, scale: scale).chart(width: values.count).text
    }

    /// A strength as a whole percentage, for the number beside the chart.
    public static func percent(_ value: Double) -> Int { Int((value * 100).rounded()) }

    /// How often it was kept, out of the weeks somebody marked it: weeks nobody answered for are not
    /// counted as either, since nobody said.
    public static func tally(_ strength: RitualStrength) -> String {
        strength.marked == 0 ? "not marked yet"
            : "kept \(strength.kept) of \(strength.marked) marked"
    }
}
