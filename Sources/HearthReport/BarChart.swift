/// Horizontal bars with a label on the left and the numbers on the right, on a fixed maximum.
struct BarChart {
    struct Bar {
        let label: String
        let value: Double
        let text: String
        /// Palette entry (`p0` ...), or `nil` for the quiet colour.
        let colour: Int?
        /// Drawn stronger and marked with a star: the receiver's own love language, say.
        var highlighted = false
    }

    let bars: [Bar]
    let maximum: Double
    let summary: String

    private let width = 720.0, labelWidth = 190.0, textWidth = 250.0, row = 26.0

    func render() -> String {
        let height = Double(bars.count) * row + 8
        var canvas = SVGCanvas(width: width, height: height, summary: summary)
        let span = width - labelWidth - textWidth
        for (index, bar) in bars.enumerated() {
            let top = 4 + Double(index) * row
            canvas.text((bar.highlighted ? "★ " : "") + bar.label, x: labelWidth - 10, y: top + 16, class: "label", anchor: "end")
            canvas.rect(x: labelWidth, y: top + 4, width: span, height: row - 10, class: "track")
            let share = maximum > 0 ? min(1, max(0, bar.value / maximum)) : 0
            let kind = (bar.colour.map { "bar p\($0)" } ?? "bar quiet") + (bar.highlighted ? " strong" : "")
            // A zero still shows a sliver, so "none" is visibly a bar of nothing rather than a missing row.
            canvas.rect(x: labelWidth, y: top + 4, width: max(2, share * span), height: row - 10, class: kind)
            canvas.text(bar.text, x: labelWidth + span + 10, y: top + 16, class: "value")
        }
        return canvas.render()
    }
}
