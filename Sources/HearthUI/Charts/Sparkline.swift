/// One row of a series on the fixed scale, a label on its left and its numbers on its right.
///
/// Unicode draws eighth blocks `▁▂▃▄▅▆▇█`, each eighth half a rating point tall (`▁` is 1 to 1.5, `█` is
/// 4.5 to 5); ASCII writes the nearest whole rating as a digit. A gap (no value that week, or no value
/// in any week of the column) stays blank. When the weeks outnumber the columns, each column is the
/// mean of `ChartColumns.span` weeks, counted back from the newest.
public struct Sparkline: Hashable, Sendable {
    public var values: [Double?]
    public var tier: ChartTier
    public var scale: ChartScale
    /// Drawn left of the chart, padded to `labelWidth` columns (0: as wide as it is).
    public var label: String
    public var labelWidth: Int
    /// Drawn right of the chart; nil gives `ChartFormat.summary` (latest and mean).
    public var numbers: String?
    /// Style of every cell; nil colours each cell by its level (`.chart(1...5)`).
    public var style: Style?

    public init(values: [Double?], tier: ChartTier, scale: ChartScale = .rating, label: String = "",
                labelWidth: Int = 0, numbers: String? = nil, style: Style? = nil) {
        self.values = values
        self.tier = tier
        self.scale = scale
        self.label = label
        self.labelWidth = labelWidth
        self.numbers = numbers
        self.style = style
    }

    static let eighths: [Character] = ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]

    /// The glyph for one column's value, blank for a gap.
    public func glyph(_ value: Double?) -> Character {
        guard let value else { return " " }
        return tier == .unicode ? Self.eighths[scale.band(value, steps: 8)] : scale.digit(value)
    }

    /// The chart part alone for `width` columns, without label or numbers (trailing gaps kept as spaces).
    public func chart(width: Int) -> (text: String, columns: ChartColumns) {
        let columns = ChartColumns(values, columns: width)
        return (String(columns.values.map(glyph)), columns)
    }

    /// How many columns the chart part gets in `rect`: what the label and numbers leave over.
    public func chartWidth(in width: Int) -> Int {
        let labelPart = label.isEmpty ? 0 : max(labelWidth, label.terminalWidth) + 1
        let numbersPart = (numbers ?? ChartFormat.summary(values)).terminalWidth + 1
        let room = width - labelPart - numbersPart
        return room >= 1 ? room : width - labelPart
    }

    /// Draws on the first row of `rect`: label, chart (left-aligned), numbers after the chart.
    public func render(into buffer: inout ScreenBuffer, in rect: Rect) {
        guard !rect.isEmpty else { return }
        let numbers = tier.text(self.numbers ?? ChartFormat.summary(values))
        var x = rect.x
        let end = rect.x + rect.width
        if !label.isEmpty {
            let width = max(labelWidth, 1)
            buffer.put(tier.fit(label, width: width), x: x, y: rect.y, style: .bold, limit: min(width, end - x))
            x += width + 1
        }
        let width = chartWidth(in: rect.width)
        guard width > 0 else { return }
        let columns = ChartColumns(values, columns: width)
        for value in columns.values where x < end {
            if let value {
                let cellStyle = style ?? .chart(scale.level(value))
                buffer.put(String(glyph(value)), x: x, y: rect.y, style: cellStyle, limit: end - x)
            }
            x += 1
        }
        if x + 1 + numbers.terminalWidth <= end {
            buffer.put(numbers, x: x + 1, y: rect.y, style: .dim, limit: end - x - 1)
        }
    }
}
