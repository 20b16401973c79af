/// Builds one inline SVG element: shapes and text placed in a fixed view box that the page scales to its width.
struct SVGCanvas {
    let width: Double
    let height: Double
    /// Read by screen readers, and shown by browsers as the chart's tooltip.
    let summary: String
    private var body: [String] = []

    init(width: Double, height: Double, summary: String) {
        self.width = width
        self.height = height
        self.summary = summary
    }

    mutating func line(x1: Double, y1: Double, x2: Double, y2: Double, class name: String) {
        body.append("<line class=\"\(name)\" x1=\"\(n(x1))\" y1=\"\(n(y1))\" x2=\"\(n(x2))\" y2=\"\(n(y2))\"/>")
    }

    mutating func path(_ points: [(x: Double, y: Double)], class name: String, closed: Bool = false) {
        guard let first = points.first else { return }
        let moves = ["M\(n(first.x)) \(n(first.y))"] + points.dropFirst().map { "L\(n($0.x)) \(n($0.y))" }
        body.append("<path class=\"\(name)\" d=\"\(moves.joined(separator: " "))\(closed ? " Z" : "")\"/>")
    }

    mutating func circle(x: Double, y: Double, radius: Double, class name: String) {
        body.append("<circle class=\"\(name)\" cx=\"\(n(x))\" cy=\"\(n(y))\" r=\"\(n(radius))\"/>")
    }

    mutating func rect(x: Double, y: Double, width: Double, height: Double, class name: String, title: String? = nil) {
        let shape = "<rect class=\"\(name)\" x=\"\(n(x))\" y=\"\(n(y))\" width=\"\(n(width))\" height=\"\(n(height))\""
        body.append(title.map { shape + "><title>\(HTMLText.escape($0))</title></rect>" } ?? shape + "/>")
    }

    /// Text is escaped here: callers pass the journal's words as they are.
    mutating func text(_ text: String, x: Double, y: Double, class name: String, anchor: String = "start") {
        body.append("<text class=\"\(name)\" x=\"\(n(x))\" y=\"\(n(y))\" text-anchor=\"\(anchor)\">\(HTMLText.escape(text))</text>")
    }

    /// The finished element.
    func render() -> String {
        "<svg class=\"chart\" viewBox=\"0 0 \(n(width)) \(n(height))\" role=\"img\" aria-label=\"\(HTMLText.escape(summary))\">"
            + "<title>\(HTMLText.escape(summary))</title>" + body.joined() + "</svg>"
    }

    /// Coordinates to a tenth of a unit: enough for any screen or printer, and short.
    private func n(_ value: Double) -> String {
        let tenths = Int((value * 10).rounded())
        let whole = tenths / 10, fraction = abs(tenths % 10)
        let sign = tenths < 0 && whole == 0 ? "-" : ""
        return fraction == 0 ? "\(sign)\(whole)" : "\(sign)\(whole).\(fraction)"
    }
}
