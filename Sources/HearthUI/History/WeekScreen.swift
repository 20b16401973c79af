import HearthDomain

/// The week view: a title with the dates, then the week's layout scrolled to `state.scroll`.
struct WeekScreen {
    let journal: Journal
    let state: WeekViewState

    /// Draws the screen; returns where the cursor goes (when the go-to prompt is open).
    func render(into buffer: inout ScreenBuffer, in rect: Rect) -> Position? {
        guard !rect.isEmpty else { return nil }
        let title = "\(state.week) · \(HomeSummary.dateRange(of: state.week))"
        buffer.put(title.truncated(toWidth: rect.width), x: rect.x, y: rect.y, style: .title)
        let around = "p ‹ › n"
        if title.terminalWidth + around.terminalWidth + 2 <= rect.width {
            buffer.put(around, x: rect.maxX - around.terminalWidth, y: rect.y, style: .dim)
        }
        buffer.put(String(repeating: "─", count: max(0, rect.width)), x: rect.x, y: rect.y + 1, style: .dim)
        var body = Rect(x: rect.x, y: rect.y + 2, width: rect.width, height: rect.height - 2)
        var cursor: Position?
        if let prompt = state.goTo, body.height > 1 {
            let split = body.splitTop(body.height - 1)
            body = split.top
            cursor = prompt.render(into: &buffer, in: split.rest)
        }
        // The last column is kept for the scroll arrows, so they never cover a word.
        let layout = state.layout(journal, width: body.width - 1)
        let offset = min(max(0, state.scroll), max(0, layout.count - body.height))
        TextBlock(layout.rows(offset..<(offset + max(0, body.height)))).render(into: &buffer, in: body)
        if offset > 0 { buffer.put("↑", x: body.maxX - 1, y: body.y, style: .dim) }
        if offset + body.height < layout.count { buffer.put("↓", x: body.maxX - 1, y: body.maxY - 1, style: .dim) }
        return cursor
    }
}
