/// First run: no profile in the folder yet. Offers setup, a demo, or leaving.
public struct WelcomeScreen: Hashable, Sendable, ScreenModel {
    /// Which choice is selected.
    public private(set) var list = ListState()

    public init() {}

    /// The choices, in list order.
    static let choices: [(label: String, action: Action)] = [
        ("Set up our journal", .setUp),
        ("Open a demo journal (in a temporary folder)", .openDemo),
        ("Quit", .quit),
    ]

    var keymap: Keymap { .welcome }
    var takesText: Bool { false }
    var isForm: Bool { true }

    mutating func update(_ action: Action, in context: ScreenContext) -> ScreenOutcome {
        switch action {
        case .up: list.move(by: -1, count: Self.choices.count)
        case .down: list.move(by: 1, count: Self.choices.count)
        case .confirm: return choose(Self.choices[list.selected].action)
        default: return choose(action)
        }
        return ScreenOutcome()
    }

    private func choose(_ action: Action) -> ScreenOutcome {
        switch action {
        case .setUp: ScreenOutcome(navigation: .reset(.setup(SetupForm())))
        case .openDemo: ScreenOutcome(effects: [.openDemo], working: "Writing a demo journal…")
        case .quit: ScreenOutcome(effects: [.quit(status: 0)])
        default: ScreenOutcome()
        }
    }

    func render(into buffer: inout ScreenBuffer, in rect: Rect, context: ScreenContext) -> Position? {
        guard !rect.isEmpty else { return nil }
        let items = Self.choices.map(\.label)
        let intro = "A weekly check-in for the two of you, kept in plain text files on this computer. "
            + "There is no journal in \(context.folder) yet."
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
        return nil
    }
}
