import HearthDomain
import HearthUI
import Testing

/// The ASCII tier on every kind of screen: the UI's own symbols become ASCII, names stay as typed.
struct AsciiScreenTests {
    static func ascii(_ state: AppState) -> AppState {
        var state = state
        state.chartTier = .ascii
        return state
    }

    static let states: [(String, @Sendable () -> AppState)] = [
        ("ascii-home", { ascii(Fixtures.state(Fixtures.journal(thisWeek: ["misaki"]))) }),
        ("ascii-home-help", { ascii(ScreenTests.withHelp(Fixtures.state(Fixtures.journal()))) }),
        ("ascii-checkin-ratings", {
            var state = ascii(CheckInWizardTests.open(choice: 0))
            press(&state, .character("4"), .character("s"), .character("2"))
            return state
        }),
        ("ascii-history", {
            var state = ascii(Fixtures.state(Fixtures.journal()))
            press(&state, .character("h"))
            return state
        }),
        ("ascii-week", {
            var state = ascii(Fixtures.state(Fixtures.journal()))
            press(&state, .character("h"), .enter)
            return state
        }),
    ]

    /// Every non-ASCII character the fixture's couple wrote themselves: names and intentions.
    static let written = Set(([Fixtures.zoe.name, Fixtures.misaki.name] + Fixtures.journal().checkIns.map(\.intention))
        .joined().filter { !$0.isASCII })

    @Test(arguments: states.map(\.0), ScreenTests.sizes)
    func screen(_ name: String, _ size: Size) throws {
        let state = try #require(Self.states.first { $0.0 == name }?.1())
        let buffer = state.render(size: size)
        try Golden.check(buffer, named: "\(name)-\(size)")
        let symbols = buffer.text.filter { !$0.isASCII && !Self.written.contains($0) }
        #expect(symbols.isEmpty, "\(name) at \(size) still draws \(symbols)")
    }

    @Test func namesStayAsTyped() {
        let text = Self.ascii(Fixtures.state(Fixtures.journal(thisWeek: ["misaki"]))).render(size: Size(width: 80, height: 24)).text
        #expect(text.contains("Hearth - Zoë & 美咲"))
        #expect(text.contains("+ 美咲 has checked in"))
        #expect(text.contains("Emotional"))
    }

    @Test func unicodeTierKeepsItsSymbols() {
        let text = Fixtures.state(Fixtures.journal(thisWeek: ["misaki"])).render(size: Size(width: 80, height: 24)).text
        #expect(text.contains("✓ 美咲 has checked in"))
    }
}
