/// A form as labelled rows, one field each: text fields edit in place, choices show `‹ value ›` when focused.
/// Scrolls so the focused row stays visible when the form is taller than its rectangle.
struct FormRows {
    enum Value {
        case text(TextField)
        case choice(String)
    }

    struct Row {
        var label: String
        var value: Value
        var isFocused: Bool
    }

    var rows: [Row]

    /// The rows under a form: why the last save was refused (or "Saving…"), else the hint when `roomy`;
    /// wrapped to `width` rather than cut, at most three rows.
    static func footer(problem: String?, hint: String, width: Int, roomy: Bool) -> [[Span]] {
        guard let text = problem ?? (roomy ? hint : nil) else { return [] }
        let style: Style = problem == nil || problem == "Saving…" ? .dim : .warning
        return text.wrapped(toWidth: width).prefix(3).map { [Span($0, style)] }
    }

    func render(into buffer: inout ScreenBuffer, in rect: Rect) {
        guard !rect.isEmpty else { return }
        let labelWidth = min(rect.width / 2, (rows.map(\.label.terminalWidth).max() ?? 0) + 2)
        let focused = rows.firstIndex { $0.isFocused } ?? 0
        var window = ListState(selected: focused)
        window.scrollToSelection(height: rect.height)
        for (row, index) in rows.indices.dropFirst(window.offset).prefix(rect.height).enumerated() {
            let item = rows[index], y = rect.y + row
            buffer.put(item.label, x: rect.x, y: y, style: item.isFocused ? .accent : .normal, limit: labelWidth - 1)
            let x = rect.x + labelWidth, width = rect.width - labelWidth
            switch item.value {
            case .text(let field):
                let cursor = field.render(into: &buffer, x: x, y: y, width: width, style: item.isFocused ? .selected : .dim)
                if item.isFocused { buffer.cursor = Position(x: cursor, y: y) }
            case .choice(let text):
                buffer.put(item.isFocused ? "‹ \(text) ›" : "  \(text)", x: x, y: y,
                           style: item.isFocused ? .selected : .normal, limit: width)
            }
        }
        if window.offset > 0 { buffer.put("↑", x: rect.x + rect.width - 1, y: rect.y, style: .dim) }
        if window.offset + rect.height < rows.count { buffer.put("↓", x: rect.x + rect.width - 1, y: rect.maxY - 1, style: .dim) }
    }
}
