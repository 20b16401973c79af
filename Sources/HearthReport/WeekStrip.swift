import HearthDomain

/// The year as a row of squares, one per week: empty for a missed week, pale for a calm one, warmer
/// the more different warning signs came up.
struct WeekStrip {
    let weeks: [Week]
    /// Partners who checked in, per week.
    let checkIns: [Int]
    /// Different warning signs ticked, per week.
    let signCounts: [Int]
    let summary: String

    private let width = 720.0, height = 64.0, left = 4.0, top = 6.0

    func render() -> String {
        var canvas = SVGCanvas(width: width, height: height, summary: summary)
        let cell = min(13.4, (width - 2 * left) / Double(max(1, weeks.count)))
        for (index, week) in weeks.enumerated() {
            let signs = index < signCounts.count ? signCounts[index] : 0
            let missed = index < checkIns.count && checkIns[index] == 0
            let level = missed ? "missed" : signs == 0 ? "calm" : "signs s\(min(signs, 4))"
            let words = missed ? "no check-in" : signs == 0 ? "no warning signs"
                : ReportFormat.count(signs, "warning sign")
            canvas.rect(x: left + Double(index) * cell, y: top, width: cell - 2, height: 30, class: "week \(level)",
                        title: "\(week) (\(ReportFormat.span(week))): \(words)")
        }
        for (index, month) in ReportFormat.monthStarts(weeks) {
            canvas.text(String(ReportFormat.months[month - 1].prefix(3)), x: left + Double(index) * cell, y: height - 8, class: "axis")
        }
        return canvas.render()
    }
}
