/// A ritual's strength history as eighth blocks (`▁▂▃▄▅▆▇█`), one character per week, 0...1 scaled to the
/// full height; a week before the ritual started is a space.
///
/// The charts branch brings a general sparkline; this one exists because ritual screens landed first.
public enum StrengthSparkline {
    static let blocks: [Character] = ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]

    /// One character per value, oldest first.
    public static func text(_ values: [Double?]) -> String {
        String(values.map { value -> Character in
            guard let value else { return " " }
            let level = Int((min(max(value, 0), 1) * 8).rounded(.up)) - 1
            return blocks[min(max(level, 0), 7)]
        })
    }

    /// A strength as a whole percentage, for the number beside the chart.
    public static func percent(_ value: Double) -> Int { Int((value * 100).rounded()) }
}
