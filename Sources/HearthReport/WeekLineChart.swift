import HearthDomain

/// A chart of weekly values on a fixed scale (ratings 1-5, strength 0-1): one line per series, broken
/// where a week has no value, with the months along the bottom.
struct WeekLineChart {
    struct Line {
        let values: [Double?]
        /// Which palette entry draws it (`p0`, `p1`, ...).
        let colour: Int
    }

    let weeks: [Week]
    let lines: [Line]
    let scale: ClosedRange<Double>
    /// Values with a grid line and a label at the left.
    let gridLines: [(value: Double, label: String)]
    let summary: String
    var height = 170.0
    /// Strength charts fill below the line, so a fading ritual reads as a shrinking shape.
    var filled = false

    private let width = 720.0, left = 30.0, right = 10.0, top = 10.0, bottom = 24.0

    func render() -> String {
        var canvas = SVGCanvas(width: width, height: height, summary: summary)
        for grid in gridLines {
            canvas.line(x1: left, y1: y(grid.value), x2: width - right, y2: y(grid.value), class: "grid")
            canvas.text(grid.label, x: left - 8, y: y(grid.value) + 4, class: "axis", anchor: "end")
        }
        for (index, month) in ReportFormat.monthStarts(weeks) {
            let label = String(ReportFormat.months[month - 1].prefix(3))
            canvas.line(x1: x(index), y1: height - bottom, x2: x(index), y2: height - bottom + 4, class: "tick")
            canvas.text(label, x: x(index) + 2, y: height - 6, class: "axis")
        }
        for line in lines {
            for run in runs(of: line.values) {
                let points = run.map { (x: x($0), y: y(line.values[$0] ?? scale.lowerBound)) }
                if filled, points.count > 1, let first = points.first, let last = points.last {
                    let base = y(scale.lowerBound)
                    canvas.path([(first.x, base)] + points + [(last.x, base)], class: "area p\(line.colour)", closed: true)
                }
                if points.count > 1 { canvas.path(points, class: "series p\(line.colour)") }
                if !filled || points.count == 1 {
                    for point in points { canvas.circle(x: point.x, y: point.y, radius: 2.6, class: "dot p\(line.colour)") }
                }
            }
        }
        return canvas.render()
    }

    /// Consecutive weeks that have a value: each is drawn as one unbroken line.
    private func runs(of values: [Double?]) -> [[Int]] {
        var runs: [[Int]] = [], current: [Int] = []
        for index in values.indices {
            if values[index] == nil {
                if !current.isEmpty { runs.append(current) }
                current = []
            } else {
                current.append(index)
            }
        }
        if !current.isEmpty { runs.append(current) }
        return runs
    }

    private func x(_ index: Int) -> Double {
        let span = width - left - right - 8
        return left + 4 + (weeks.count > 1 ? Double(index) * span / Double(weeks.count - 1) : span / 2)
    }

    private func y(_ value: Double) -> Double {
        let clamped = min(max(value, scale.lowerBound), scale.upperBound)
        let share = (clamped - scale.lowerBound) / (scale.upperBound - scale.lowerBound)
        return top + (1 - share) * (height - top - bottom)
    }
}
