import HearthDomain
import HearthUI
import Testing

/// Every state of the home screen, the first-run screens and help, at 80x24 and at 40x12, as text.
struct ScreenTests {
    static let sizes = [Size(width: 80, height: 24), Size(width: 40, height: 12)]

    static func setupFilledIn() -> AppState {
        var state = Fixtures.state(nil)
        press(&state, .character("s"))
        type(&state, "Zoë")
        press(&state, .tab, .right, .right, .right, .right, .tab)
        type(&state, "美咲")
        return state
    }

    static func withHelp(_ state: AppState) -> AppState {
        var state = state
        press(&state, .function(1))
        return state
    }

    static let states: [(String, AppState)] = [
        ("home-nobody-yet", Fixtures.state(Fixtures.journal())),
        ("home-one-checked-in", Fixtures.state(Fixtures.journal(thisWeek: ["misaki"]))),
        ("home-both-checked-in", Fixtures.state(Fixtures.journal(thisWeek: ["zoe", "misaki"]))),
        ("home-no-check-ins", Fixtures.state(Fixtures.journal(history: false))),
        ("home-problems", Fixtures.state(Fixtures.journal(), problems: ["a.md:3: bad", "b.md:1: bad"])),
        ("home-help", withHelp(Fixtures.state(Fixtures.journal()))),
        ("welcome", Fixtures.state(nil)),
        ("welcome-help", withHelp(Fixtures.state(nil))),
        ("setup", setupFilledIn()),
        ("setup-help", withHelp(setupFilledIn())),
    ]

    @Test(arguments: states.map(\.0), sizes)
    func screen(_ name: String, _ size: Size) throws {
        let state = try #require(Self.states.first { $0.0 == name }?.1)
        try Golden.check(state.render(size: size), named: "\(name)-\(size)")
    }

    @Test(arguments: [Size(width: 30, height: 8), Size(width: 19, height: 4), Size(width: 1, height: 1), Size(width: 0, height: 0)])
    func smallSizesNeverSpill(_ size: Size) throws {
        for (name, state) in Self.states {
            let buffer = state.render(size: size)
            #expect(buffer.lines.count == size.height, "\(name)")
            for line in buffer.lines { #expect(line.terminalWidth <= size.width, "\(name) at \(size): \(line)") }
        }
    }

    @Test func belowTheMinimumSaysSo() {
        let lines = Fixtures.state(Fixtures.journal()).render(size: Size(width: 19, height: 4)).lines
        #expect(lines == ["Too small:", "enlarge to 20x5", "", ""])
    }

    @Test func narrowHomeKeepsTheWeekAndSaysWhatItLeftOut() {
        let narrow = Fixtures.state(Fixtures.journal()).render(size: Size(width: 40, height: 12)).lines
        #expect(narrow[0].hasSuffix("2026-W47"))
        // Intentions and rituals do not fit under the ratings: the last row before the key line says so.
        #expect(narrow[10].hasPrefix(" more…"))
        let wide = Fixtures.state(Fixtures.journal()).render(size: Size(width: 80, height: 24)).text
        #expect(wide.contains("2026-W47 · 16–22 Nov 2026"))
        #expect(!wide.contains("more…"))
    }

    @Test func homeAt30x8() throws {
        try Golden.check(Fixtures.state(Fixtures.journal()).render(size: Size(width: 30, height: 8)), named: "home-30x8")
    }
}

/// The welcome screen's paragraph, cut short on a small window, always says so with an ellipsis.
struct WelcomeCutTests {
    @Test func aCutParagraphEndsInAnEllipsisAtEverySize() {
        // Folders of many lengths and windows of many sizes, so some cut line fills its row exactly.
        let folders = (1...12).map { "/home/" + String(repeating: "z", count: $0) }
        let sizes = (20...50).flatMap { width in (9...12).map { Size(width: width, height: $0) } }
        for folder in folders {
            for size in sizes {
                let lines = AppState(today: Fixtures.today, journal: nil, folder: folder).render(size: size).lines
                // Title, a blank line, then the paragraph down to the next blank line.
                let paragraph = lines.dropFirst(2).prefix { !$0.isEmpty }
                // The whole paragraph ends "yet."; when it is not all there, its last line shown ends in "…".
                guard let last = paragraph.last, !last.hasSuffix("yet.") else { continue }
                #expect(last.hasSuffix("…"), "no ellipsis at \(size):\n\(lines.joined(separator: "\n"))")
            }
        }
    }
}
