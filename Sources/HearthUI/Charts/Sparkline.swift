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
        max(0, width - labelPart - numbers(in: width).terminalWidth - 1)
    }

    /// The numbers beside the chart: the full ones while the chart keeps a column, else just the latest
    /// value, which stays even when the chart must give way, so no sparkline is ever left without a number.
    func numbers(in width: Int) -> String {
        let full = tier.text(numbers ?? ChartFormat.summary(values))
        guard numbers == nil, width - labelPart - full.terminalWidth - 1 < 1 else { return full }
        return ChartFormat.decimal(values.last { $0 != nil } ?? nil)
    }

    private var labelPart: Int { label.isEmpty ? 0 : max(labelWidth, label.terminalWidth) + 1 }

    /// Draws on the first row of `rect`: label, chart (left-aligned), numbers after the chart.
    public func render(into buffer: inout ScreenBuffer, in rect: Rect) {
        guard !rect.isEmpty else { return }
        let numbers = numbers(in: rect.width)
        var x = rect.x
        let end = rect.x + rect.width
        if !label.isEmpty {
            let width = max(labelWidth, 1)
            buffer.put(tier.fit(label, width: width), x: x, y: rect.y, style: .bold, limit: min(width, end - x))
            x += width + 1
        }
        let width = chartWidth(in: rect.width)
        let columns = ChartColumns(values, columns: width)
        for value in columns.values where width > 0 && x < end {
            if let value {
                let cellStyle = style ?? .chart(scale.level(value))
                buffer.put(String(glyph(value)), x: x, y: rect.y, style: cellStyle, limit: end - x)
            }
            x += 1
        }
        // Right after the chart, or where the chart would start when it got no room.
        let gap = width > 0 ? 1 : 0
        if x + gap + numbers.terminalWidth <= end {
            buffer.put(numbers, x: x + gap, y: rect.y, style: .dim, limit: end - x - gap)
        }
    }
}
