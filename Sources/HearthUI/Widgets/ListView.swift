/// A vertical list with one selected row, scrolled so the selection is always visible.
public struct ListView: Sendable {
    public var items: [String]
    public var state: ListState
    /// Draws `›` before the selected row so it shows without colour too.
    public var marker: Bool

    public init(items: [String], state: ListState, marker: Bool = true) {
        self.items = items
        self.state = state
        self.marker = marker
    }

    public func render(into buffer: inout ScreenBuffer, in rect: Rect) {
        guard !rect.isEmpty else { return }
        var window = state
        window.scrollToSelection(height: rect.height)
        let visible = items.indices.dropFirst(window.offset).prefix(rect.height)
        for (row, index) in visible.enumerated() {
            let isSelected = index == state.selected
            let style: Style = isSelected ? .selected : .normal
            let line = Rect(x: rect.x, y: rect.y + row, width: rect.width, height: 1)
            if isSelected { buffer.fill(line, style: style) }
            let prefix = marker ? (isSelected ? "› " : "  ") : ""
            buffer.put((prefix + items[index]).truncated(toWidth: rect.width), x: rect.x, y: line.y, style: style, limit: rect.width)
        }
        // Arrows tell that more rows are hidden above or below.
        if window.offset > 0 { buffer.put("↑", x: rect.x + rect.width - 1, y: rect.y, style: .dim) }
        if window.offset + rect.height < items.count {
            buffer.put("↓", x: rect.x + rect.width - 1, y: rect.maxY - 1, style: .dim)
        }
    }
}
