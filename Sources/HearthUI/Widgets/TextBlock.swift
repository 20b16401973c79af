/// A run of text in one style; a line is a list of spans.
public struct Span: Hashable, Sendable {
    public var text: String
    public var style: Style
    /// The column the span starts at, relative to the line; nil follows the previous span.
    public var column: Int?

    public init(_ text: String, _ style: Style = .normal, at column: Int? = nil) {
        self.text = text
        self.style = style
        self.column = column
    }
}

/// Lines of styled spans drawn top-down in a rectangle, each clipped with an ellipsis.
public struct TextBlock: Hashable, Sendable {
    public var lines: [[Span]]

    public init(_ lines: [[Span]]) { self.lines = lines }

    public var height: Int { lines.count }

    public func render(into buffer: inout ScreenBuffer, in rect: Rect) {
        for (row, spans) in lines.prefix(rect.height).enumerated() {
            var column = 0
            for span in spans {
                if let start = span.column { column = start }
                let room = rect.width - column
                guard room > 0 else { break }
                let text = span.text.truncated(toWidth: room)
                column += buffer.put(text, x: rect.x + column, y: rect.y + row, style: span.style, limit: room)
            }
        }
    }
}
