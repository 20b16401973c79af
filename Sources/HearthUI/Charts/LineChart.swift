import HearthDomain

/// Weekly lines on the fixed scale, with the scale on the left, each line's name and numbers on the
/// right, and the weeks along the bottom.
///
/// Partners are told apart without colour by position: every line gets its own band of rows, named
/// beside its numbers at the band's right edge, with the scale repeated on its left; the `.partner(i)`
/// style only repeats what the position already says. Unicode plots braille, 2 x 4 dots per cell (one
/// dot column per week, or per `span` weeks when the weeks outnumber the dot columns), joining
/// neighbouring weeks with a line and leaving gaps unjoined; ASCII writes each column's nearest whole
/// rating as a digit at its height, so the value survives even a band of one row. Too few rows for a band
/// each, it writes every line's numbers under a "too short" note rather than drawing only the first lines.
public struct LineChart: Hashable, Sendable {
    /// One line: whose it is, its weekly values, and its style.
    public struct Line: Hashable, Sendable {
        public var label: String
        public var values: [Double?]
        public var style: Style
        /// Beside the band; nil gives `ChartFormat.summary` (latest and mean).
        public var numbers: String?

        public init(label: String, values: [Double?], style: Style, numbers: String? = nil) {
            self.label = label
            self.values = values
            self.style = style
            self.numbers = numbers
        }
    }

    public var lines: [Line]
    /// The weeks the values cover, oldest first; every line has one value per week.
    public var range: WeekRange
    public var tier: ChartTier
    public var scale: ChartScale

    public init(lines: [Line], range: WeekRange, tier: ChartTier, scale: ChartScale = .rating) {
        self.lines = lines
        self.range = range
        self.tier = tier
        self.scale = scale
    }

    /// Data points per cell column: two braille dot columns, or one ASCII digit.
    var pointsPerCell: Int { tier == .unicode ? 2 : 1 }

    /// Rows each line's band gets in a chart `height` rows tall (one row goes to the week axis).
    public func bandHeight(in height: Int) -> Int {
        lines.isEmpty ? 0 : max(1, (height - 1) / lines.count)
    }

    /// Columns for the scale, the plot and the numbers; the numbers go first when space is short.
    func layout(width: Int, rows: Int) -> (gutter: Int, plot: Int, numbers: Int) {
        let gutter = scaleLabel(scale.upper).count + 1
        let numbers = lines.map { numberLines($0, rows: rows).map(\.terminalWidth).max() ?? 0 }.max() ?? 0
        let plot = width - gutter - numbers - 1
        return plot >= 4 ? (gutter, plot, numbers) : (gutter, max(0, width - gutter), 0)
    }

    /// What goes right of a band: its name, then its numbers on the next row when there is one.
    func numberLines(_ line: Line, rows: Int) -> [String] {
        let name = tier.text(line.label), numbers = tier.text(line.numbers ?? ChartFormat.summary(line.values))
        return rows >= 2 ? [name, numbers] : [name + " " + numbers]
    }

    func scaleLabel(_ value: Double) -> String {
        value == value.rounded() ? ChartFormat.decimal(value, places: 0) : ChartFormat.decimal(value)
    }

    /// Whether `height` rows hold a band for every line plus the week axis; when they do not, `render`
    /// says so with the numbers instead of drawing some lines and silently leaving out the rest.
    public func fits(height: Int) -> Bool { height - 1 >= lines.count }

    /// Draws the bands, one per line, and the week axis on the last row of `rect`.
    public func render(into buffer: inout ScreenBuffer, in rect: Rect) {
        guard !lines.isEmpty, rect.height >= 2, rect.width >= 4 else { return }
        guard fits(height: rect.height) else {
            // Each line's name and numbers on a row of its own, the rest sharing the last row.
            let numbers = lines.map { numberLines($0, rows: 1)[0] }
            for row in 0..<rect.height {
                let text = row < rect.height - 1 ? numbers[row] : numbers[row...].joined(separator: "; ")
                buffer.put(tier.fit((row == 0 ? "Too short to chart: " : "") + text, width: rect.width),
                           x: rect.x, y: rect.y + row, style: .dim, limit: rect.width)
            }
            return
        }
        let band = bandHeight(in: rect.height)
        let (gutter, plot, numbersWidth) = layout(width: rect.width, rows: band)
        let slots = plot * pointsPerCell
        let span = ChartColumns(lines[0].values, columns: slots).span
        var y = rect.y
        for line in lines {
            let fitted = ChartColumns(line.values, columns: slots).values
            drawScale(into: &buffer, x: rect.x, y: y, rows: band, width: gutter)
            let area = Rect(x: rect.x + gutter, y: y, width: plot, height: band)
            if tier == .unicode {
                plotBraille(fitted, into: &buffer, in: area, style: line.style)
            } else {
                plotDigits(fitted, into: &buffer, in: area, style: line.style)
            }
            if numbersWidth > 0 {
                let x = rect.x + gutter + plot + 1
                for (row, text) in numberLines(line, rows: band).enumerated() {
                    buffer.put(tier.fit(text, width: numbersWidth), x: x, y: y + row,
                               style: row == 0 ? line.style : .dim, limit: numbersWidth)
                }
            }
            y += band
        }
        WeekAxis(first: range.first, last: range.last, span: span, tier: tier)
            .render(into: &buffer, in: Rect(x: rect.x + gutter, y: rect.maxY - 1, width: plot, height: 1))
    }

    /// The dot (or ASCII) column of point `index` of `count` in `slots` columns: one column per point,
    /// spread evenly over the whole width when there are fewer points than columns, so short ranges
    /// use the room and the week axis under them has space for its labels.
    public static func position(_ index: Int, count: Int, slots: Int) -> Int {
        guard count > 1, count < slots else { return index }
        return (index * (slots - 1) + (count - 1) / 2) / (count - 1)
    }

    /// `5┤` at the band's top, `1┤` at its bottom, the midpoint when there is a middle row, `│` between.
    private func drawScale(into buffer: inout ScreenBuffer, x: Int, y: Int, rows: Int, width: Int) {
        let tick = tier == .unicode ? "┤" : "|", rule = tier == .unicode ? "│" : "|"
        let labelWidth = width - 1
        for row in 0..<rows {
            let label: String
            if row == 0 {
                label = scaleLabel(scale.upper)
            } else if row == rows - 1 {
                label = scaleLabel(scale.lower)
            } else if rows % 2 == 1, row == rows / 2 {
                label = scaleLabel((scale.lower + scale.upper) / 2)
            } else {
                label = ""
            }
            let text = String(repeating: " ", count: max(0, labelWidth - label.count)) + label + (label.isEmpty ? rule : tick)
            buffer.put(text, x: x, y: y + row, style: .dim)
        }
    }

    /// The dot row (from the top) of a value in a plot `dots` dots tall.
    func dotRow(_ value: Double, dots: Int) -> Int {
        dots - 1 - Int((scale.fraction(value) * Double(dots - 1)).rounded())
    }

    private func plotBraille(_ values: [Double?], into buffer: inout ScreenBuffer, in area: Rect, style: Style) {
        var canvas = BrailleCanvas(width: area.width, height: area.height)
        var previous: (x: Int, y: Int)?
        for (x, value) in values.enumerated() {
            guard let value else {
                previous = nil  // a gap is not bridged
                continue
            }
            let point = (x: Self.position(x, count: values.count, slots: canvas.dotWidth),
                         y: dotRow(value, dots: canvas.dotHeight))
            if let previous { canvas.line(from: previous, to: point) } else { canvas.set(x: point.x, y: point.y) }
            previous = point
        }
        for row in 0..<area.height {
            for column in 0..<area.width {
                if let character = canvas.character(x: column, y: row) {
                    buffer.put(String(character), x: area.x + column, y: area.y + row, style: style)
                }
            }
        }
    }

    private func plotDigits(_ values: [Double?], into buffer: inout ScreenBuffer, in area: Rect, style: Style) {
        for (index, value) in values.enumerated() {
            guard let value else { continue }
            let x = Self.position(index, count: values.count, slots: area.width)
            let row = area.height - 1 - Int((scale.fraction(value) * Double(area.height - 1)).rounded())
            buffer.put(String(scale.digit(value)), x: area.x + x, y: area.y + row, style: style, limit: area.width - x)
        }
    }
}
