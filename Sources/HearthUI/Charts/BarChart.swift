/// Horizontal bars, one per row: a label, a bar on a fixed scale, and the number it stands for.
///
/// Bars start at the scale's lower end (0 by default, so a rating of 1 still shows a short bar).
/// Unicode draws eighth-width blocks `▏▎▍▌▋▊▉█`; ASCII draws `#` rounded to whole columns, the number
/// beside the bar keeping the exact value. A row without a value has no bar and `-` as its number.
public struct BarChart: Hashable, Sendable {
    /// One bar.
    public struct Bar: Hashable, Sendable {
        public var label: String
        public var value: Double?
        /// nil prints the value with one decimal.
        public var numbers: String?
        /// nil styles the bar by its level on the scale (`.chart(1...5)`).
        public var style: Style?

        public init(label: String, value: Double?, numbers: String? = nil, style: Style? = nil) {
            self.label = label
            self.value = value
            self.numbers = numbers
            self.style = style
        }
    }

    public var bars: [Bar]
    public var tier: ChartTier
    public var scale: ChartScale

    /// Bars on `scale`; ratings by default, drawn from 0 to 5.
    public init(bars: [Bar], tier: ChartTier, scale: ChartScale = ChartScale(0...5)) {
        self.bars = bars
        self.tier = tier
        self.scale = scale
    }

    static let eighths: [Character] = ["▏", "▎", "▍", "▌", "▋", "▊", "▉", "█"]

    /// The bar for `value` in `width` columns.
    public func bar(_ value: Double?, width: Int) -> String {
        guard let value, width > 0 else { return "" }
        let fraction = scale.fraction(value)
        if tier == .ascii { return String(repeating: "#", count: Int((fraction * Double(width)).rounded())) }
        let eighths = Int((fraction * Double(width * 8)).rounded())
        let full = String(repeating: "█", count: eighths / 8)
        return eighths % 8 == 0 ? full : full + String(Self.eighths[eighths % 8 - 1])
    }

    func numbersText(_ bar: Bar) -> String { tier.text(bar.numbers ?? ChartFormat.decimal(bar.value)) }

    /// Draws a bar per row from the top of `rect`: label, bar, number; rows beyond its height are left out.
    public func render(into buffer: inout ScreenBuffer, in rect: Rect) {
        guard !rect.isEmpty else { return }
        let labelWidth = min(max(4, rect.width / 3), bars.map { tier.text($0.label).terminalWidth }.max() ?? 0)
        let numbersWidth = bars.map { numbersText($0).terminalWidth }.max() ?? 0
        let barWidth = max(0, rect.width - labelWidth - numbersWidth - 2)
        for (row, bar) in bars.prefix(rect.height).enumerated() {
            let y = rect.y + row
            buffer.put(tier.fit(bar.label, width: labelWidth), x: rect.x, y: y, style: .bold, limit: labelWidth)
            let x = rect.x + labelWidth + 1
            let style = bar.style ?? bar.value.map { .chart(scale.level($0)) } ?? .dim
            buffer.put(self.bar(bar.value, width: barWidth), x: x, y: y, style: style, limit: barWidth)
            // Numbers line up in one column after the longest possible bar, easy to scan down.
            buffer.put(numbersText(bar), x: x + barWidth + 1, y: y, style: .dim, limit: rect.x + rect.width - x - barWidth - 1)
        }
    }
}
