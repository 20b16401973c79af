import HearthDomain

/// A week-by-row map (rows are usually intimacy types): one cell per week, or per `span` weeks when the
/// weeks outnumber the columns, shaded by the value on the fixed scale, with each row's numbers on its
/// right and the weeks along the bottom.
///
/// Unicode shades the nearest whole rating as `·░▒▓█` (1 to 5); ASCII writes it as a digit. A gap stays
/// blank. Cells also carry `.chart(level)`, which a colour terminal shows as a colour ramp.
public struct Heatmap: Hashable, Sendable {
    /// One row: its label, its weekly values, and what is printed beside it.
    public struct Row: Hashable, Sendable {
        public var label: String
        public var values: [Double?]
        /// nil gives the row's mean, `avg 3.4`.
        public var numbers: String?

        public init(label: String, values: [Double?], numbers: String? = nil) {
            self.label = label
            self.values = values
            self.numbers = numbers
        }
    }

    public var rows: [Row]
    public var range: WeekRange
    public var tier: ChartTier
    public var scale: ChartScale

    public init(rows: [Row], range: WeekRange, tier: ChartTier, scale: ChartScale = .rating) {
        self.rows = rows
        self.range = range
        self.tier = tier
        self.scale = scale
    }

    static let shades: [Character] = ["·", "░", "▒", "▓", "█"]

    /// The glyph for one cell's value, blank for a gap.
    public func glyph(_ value: Double?) -> Character {
        guard let value else { return " " }
        return tier == .unicode ? Self.shades[scale.level(value) - 1] : scale.digit(value)
    }

    func numbersText(_ row: Row) -> String {
        tier.text(row.numbers ?? "avg " + ChartFormat.decimal(ChartFormat.mean(row.values)))
    }

    /// Label, cell and numbers columns in `width`; the label shrinks first, then the numbers go.
    func layout(width: Int) -> (label: Int, cells: Int, numbers: Int) {
        let label = min(14, rows.map { tier.text($0.label).terminalWidth }.max() ?? 0)
        let numbers = rows.map { numbersText($0).terminalWidth }.max() ?? 0
        let cells = width - label - numbers - 2
        if cells >= 8 { return (label, cells, numbers) }
        let shortLabel = min(label, 4)
        return (shortLabel, max(0, width - shortLabel - 1), 0)
    }

    /// Columns each week's cell takes in `cells` columns: more than one when the weeks leave room (up to
    /// four, so a wide terminal shows a wider map). ASCII keeps one: a repeated digit would read as more weeks.
    public func cellWidth(cells: Int) -> Int {
        let weeks = rows.map(\.values.count).max() ?? 0
        guard tier == .unicode, weeks > 0 else { return 1 }
        return max(1, min(4, cells / weeks))
    }

    /// Draws a row per entry and the week axis under them, inside `rect`.
    public func render(into buffer: inout ScreenBuffer, in rect: Rect) {
        guard !rows.isEmpty, !rect.isEmpty else { return }
        let (labelWidth, cellWidth, numbersWidth) = layout(width: rect.width)
        let wide = self.cellWidth(cells: cellWidth)
        var span = 1, drawn = 0
        for (index, row) in rows.enumerated() where index < rect.height - 1 {
            let y = rect.y + index
            buffer.put(tier.fit(row.label, width: labelWidth), x: rect.x, y: y, style: .bold, limit: labelWidth)
            let columns = ChartColumns(row.values, columns: cellWidth)
            span = columns.span
            drawn = columns.values.count * wide
            let x = rect.x + labelWidth + 1
            for (column, value) in columns.values.enumerated() {
                guard let value else { continue }
                buffer.put(String(repeating: glyph(value), count: wide), x: x + column * wide, y: y, style: .chart(scale.level(value)))
            }
            if numbersWidth > 0 {
                buffer.put(numbersText(row), x: x + drawn + 1, y: y, style: .dim, limit: numbersWidth)
            }
        }
        let axisY = rect.y + min(rows.count, rect.height - 1)
        WeekAxis(first: range.first, last: range.last, span: span, tier: tier)
            .render(into: &buffer, in: Rect(x: rect.x + labelWidth + 1, y: axisY, width: drawn, height: 1))
    }
}
