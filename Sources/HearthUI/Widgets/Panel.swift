/// A box with a title in its top border; content goes in `inner`.
public struct Panel: Sendable {
    public var title: String
    public var style: Style

    public init(title: String = "", style: Style = .dim) {
        self.title = title
        self.style = style
    }

    /// The area inside the border.
    public static func inner(_ rect: Rect) -> Rect { rect.inset(1) }

    public func render(into buffer: inout ScreenBuffer, in rect: Rect) {
        guard rect.width >= 2, rect.height >= 2 else { return }
        buffer.fill(rect)
        let right = rect.x + rect.width - 1, bottom = rect.maxY - 1
        let horizontal = String(repeating: "─", count: rect.width - 2)
        buffer.put("┌" + horizontal + "┐", x: rect.x, y: rect.y, style: style)
        buffer.put("└" + horizontal + "┘", x: rect.x, y: bottom, style: style)
        for row in (rect.y + 1)..<bottom {
            buffer.put("│", x: rect.x, y: row, style: style)
            buffer.put("│", x: right, y: row, style: style)
        }
        if !title.isEmpty, rect.width > 4 {
            buffer.put(" " + title.truncated(toWidth: rect.width - 6) + " ", x: rect.x + 2, y: rect.y, style: .title)
        }
    }
}
