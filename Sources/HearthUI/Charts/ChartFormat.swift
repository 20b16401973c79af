/// Numbers as charts print them beside themselves: always ASCII, so both tiers share them.
public enum ChartFormat {
    /// `4.0`, `2.5`, `-0.3`: one decimal, rounded half away from zero; `-` for no value.
    public static func decimal(_ value: Double?, places: Int = 1) -> String {
        guard let value, value.isFinite else { return "-" }
        var scale = 1
        for _ in 0..<max(0, places) { scale *= 10 }
        let scaled = Int((abs(value) * Double(scale)).rounded())
        let sign = value < 0 && scaled > 0 ? "-" : ""
        guard places > 0 else { return sign + "\(scaled)" }
        let fraction = String(scaled % scale)
        return sign + "\(scaled / scale)." + String(repeating: "0", count: places - fraction.count) + fraction
    }

    /// A slope per week with its sign: `+0.12/wk`, `-0.05/wk`, `0.00/wk`.
    public static func slope(_ value: Double?) -> String {
        guard let value, value.isFinite else { return "-" }
        let text = decimal(value, places: 2)
        return (text.hasPrefix("-") || text == "0.00" ? text : "+" + text) + "/wk"
    }

    /// `1 week`, `26 weeks`.
    public static func weeks(_ count: Int) -> String { count == 1 ? "1 week" : "\(count) weeks" }

    /// What one column stands for when it holds several weeks: `4-week means`; empty for one week.
    public static func span(_ weeks: Int) -> String { weeks > 1 ? "\(weeks)-week means" : "" }
}

extension ChartFormat {
    /// The numbers beside a series: its latest value and its mean, `last 4.0 avg 3.6` (`no ratings`
    /// when it is all gaps).
    public static func summary(_ values: [Double?]) -> String {
        guard let mean = mean(values), let latest = values.last(where: { $0 != nil }) ?? nil else { return "no ratings" }
        return "last \(decimal(latest)) avg \(decimal(mean))"
    }

    /// The mean of the values present, nil when all are gaps.
    public static func mean(_ values: [Double?]) -> Double? {
        var sum = 0.0, count = 0
        for case let value? in values {
            sum += value
            count += 1
        }
        return count == 0 ? nil : sum / Double(count)
    }
}
