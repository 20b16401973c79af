/// First run: no profile in the folder yet. Offers setup, a demo, or leaving.
struct WelcomeScreen {
    let folder: String
    let list: ListState

    func render(into buffer: inout ScreenBuffer, in rect: Rect) {
        let intro = TextBlock([
            [Span("Welcome to Hearth", .title)],
            [],
            [Span("A weekly check-in for the two of you, kept in plain")],
            [Span("text files on this computer. There is no journal in")],
            [Span(folder, .accent)],
            [Span("yet.")],
            [],
        ])
        let (top, rest) = rect.splitTop(intro.height)
        intro.render(into: &buffer, in: top)
        let items = AppState.welcomeChoices.map(\.label)
        ListView(items: items, state: list).render(into: &buffer, in: rest.splitTop(items.count).top)
    }
}
