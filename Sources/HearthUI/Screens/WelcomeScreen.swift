/// First run: no profile in the folder yet. Offers setup, a demo, or leaving.
struct WelcomeScreen {
    let folder: String
    let list: ListState

    func render(into buffer: inout ScreenBuffer, in rect: Rect) {
        guard !rect.isEmpty else { return }
        let items = AppState.welcomeChoices.map(\.label)
        let intro = "A weekly check-in for the two of you, kept in plain text files on this computer. "
            + "There is no journal in \(folder) yet."
        // The choices matter most: the paragraph gets what is left after the title and the list.
        let paragraph = intro.wrapped(toWidth: rect.width)
        let room = max(0, rect.height - items.count - 3)
        let shown = Array(paragraph.prefix(room))
        var lines: [[Span]] = [[Span("Welcome to Hearth", .title)], []]
        lines += shown.enumerated().map { index, line in
            let cut = index == shown.count - 1 && shown.count < paragraph.count
            // A line that already fills the row loses its last character to the ellipsis rather than the ellipsis.
            return [Span(cut ? (line + "…").truncated(toWidth: rect.width) : line)]
        }
        lines.append([])
        let block = TextBlock(lines)
        block.render(into: &buffer, in: rect)
        let listArea = Rect(x: rect.x, y: rect.y + block.height, width: rect.width, height: rect.height - block.height)
        ListView(items: items, state: list).render(into: &buffer, in: listArea.splitTop(items.count).top)
    }
}
