import HearthDomain

/// The x axis under a weekly chart: the first week at the left, the last at the right, and what a
/// column stands for (`4-week means`) between them when columns hold several weeks.
public struct WeekAxis: Hashable, Sendable {
    public var first: Week
    public var last: Week
    /// Weeks per column (or per braille dot column), from `ChartColumns.span`.
    public var span: Int
    public var tier: ChartTier

    public init(first: Week, last: Week, span: Int, tier: ChartTier) {
        self.first = first
        self.last = last
        self.span = span
        self.tier = tier
    }

    /// The axis as text exactly `width` columns wide or less; labels that do not fit are left out,
    /// the latest week first to stay since it is the one a reader looks for.
    public func text(width: Int) -> String {
        let left = first.description, right = last.description
        let note = ChartFormat.span(span)
        if first == last || width < left.count + right.count + 1 {
            return right.count <= width ? String(repeating: " ", count: width - right.count) + right : ""
        }
        var middle = width - left.count - right.count
        var line = left
        if !note.isEmpty, middle >= note.count + 2 {
            let before = (middle - note.count) / 2
            line += String(repeating: " ", count: before) + note
            middle -= before + note.count
        }
        return line + String(repeating: " ", count: middle) + right
    }

    /// Draws the axis on the first row of `rect`.
    public func render(into buffer: inout ScreenBuffer, in rect: Rect) {
        guard !rect.isEmpty else { return }
        buffer.put(text(width: rect.width), x: rect.x, y: rect.y, style: .dim, limit: rect.width)
    }
}
