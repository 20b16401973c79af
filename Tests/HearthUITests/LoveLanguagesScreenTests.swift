import HearthDomain
import HearthUI
import Testing

/// The love-languages screen driven by keystrokes.
struct LoveLanguagesScreenTests {
    static let states: [(String, @Sendable () -> AppState)] = [
        ("love", { RitualFixtures.loveLanguages() }),
        ("love-moment", {
            var state = RitualFixtures.loveLanguages()
            press(&state, .character("a"))
            type(&state, "Cooked dinner 🍲")
            return state
        }),
        ("love-help", { ScreenTests.withHelp(RitualFixtures.loveLanguages()) }),
    ]

    @Test(arguments: states.map(\.0), ScreenTests.sizes)
    func screen(_ name: String, _ size: Size) throws {
        let state = try #require(Self.states.first { $0.0 == name }?.1())
        try Golden.check(state.render(size: size), named: "\(name)-\(size)")
    }

    @Test func showsLanguagesBalanceAndMoments() {
        let text = RitualFixtures.loveLanguages().render(size: Size(width: 80, height: 24)).text
        #expect(text.contains("Quality time"))
        // Zoë gave 美咲 words (check-in) and service (logged); 美咲 prefers words.
        #expect(text.contains("Zoë → 美咲  2 moments, 1 in theirs"))
        #expect(text.contains("Fixed the bike before work"))
    }

    @Test func noSingleKeyChangesALanguage() {
        var state = RitualFixtures.loveLanguages()
        let before = state.journal
        // → used to step Zoë's primary and save it at once.
        #expect(press(&state, .right).isEmpty)
        #expect(press(&state, .character("p"), .right).isEmpty, "p opens the form; → changes it on screen only")
        #expect(state.render(size: Size(width: 80, height: 24)).text.contains("‹ Physical touch ›"))
        #expect(press(&state, .escape).isEmpty)
        #expect(state.journal == before)
        let text = state.render(size: Size(width: 80, height: 24)).text
        #expect(text.contains("Zoë's love languages unchanged") && text.contains("Quality time"))
    }

    @Test func theFormSavesBothLanguagesOnEnter() {
        var state = RitualFixtures.loveLanguages()
        press(&state, .down, .character("s"), .right, .right)
        // 美咲: primary words; secondary none → words → service.
        #expect(press(&state, .enter) == [.edit(.setLoveLanguages(partner: "misaki", primary: .words, secondary: .service))])
        press(&state, .enter)
        #expect(state.render(size: Size(width: 80, height: 24)).text.contains("Saving…"), "a second Enter saves nothing twice")
    }

    @Test func thePrimaryPassingTheSecondaryNeverDropsIt() {
        var journal = RitualFixtures.journal()
        journal.profile.partners[1].secondaryLanguage = .gifts
        var state = Fixtures.state(journal)
        press(&state, .character("l"), .down, .enter)
        // words → service → gifts: the same as the secondary, which stays and is pointed out.
        press(&state, .right, .right)
        var text = state.render(size: Size(width: 80, height: 24)).text
        #expect(text.contains("‹ Receiving gifts ›") && text.contains("  Receiving gifts"))
        #expect(text.contains("Both are receiving gifts: choose another secondary, or none"), "\(text)")
        #expect(press(&state, .enter).isEmpty, "the same language twice is refused, not saved without the secondary")
        press(&state, .right)
        #expect(press(&state, .enter) == [.edit(.setLoveLanguages(partner: "misaki", primary: .time, secondary: .gifts))])
        text = state.render(size: Size(width: 80, height: 24)).text
        #expect(!text.contains("Both are"))
    }

    @Test func aMomentIsLoggedThroughTheForm() {
        var state = RitualFixtures.loveLanguages()
        press(&state, .down, .character("a"))
        type(&state, "Left a note")
        press(&state, .tab)
        type(&state, "He smiled")
        let effects = press(&state, .enter)
        let moment = Moment(date: Fixtures.today, from: "misaki", to: "zoe", language: .time, text: "Left a note", landed: "He smiled")
        #expect(effects == [.edit(.addMoment(moment))])
        state.apply(.failed("cannot write moments/2026/2026-W47-misaki.md: disk full"))
        var text = state.render(size: Size(width: 80, height: 24)).text
        #expect(text.contains("disk full") && text.contains("Left a note"), "the form stays with what was typed")
        state.apply(.edited(RitualFixtures.journal(), problems: [], message: "Logged 美咲 → Zoë, quality time on 2026-11-18"))
        text = state.render(size: Size(width: 80, height: 24)).text
        #expect(text.contains("Recent moments") && text.contains("Logged 美咲 → Zoë"))
    }

    @Test func anEmptyMomentIsRefused() {
        var state = RitualFixtures.loveLanguages()
        press(&state, .character("a"), .tab)
        #expect(press(&state, .enter) == [])
        #expect(state.render(size: Size(width: 80, height: 24)).text.contains("Say what happened."))
    }

    @Test func choicesCycleWithArrows() {
        var state = RitualFixtures.loveLanguages()
        press(&state, .character("a"), .backTab, .right)
        type(&state, "x")  // letters on a choice do nothing
        press(&state, .tab)
        type(&state, "Hug")
        let effects = press(&state, .tab, .enter)
        #expect(effects == [.edit(.addMoment(Moment(date: Fixtures.today, from: "zoe", to: "misaki", language: .service, text: "Hug")))])
    }

    @Test func aMomentCanBeFromEarlierDays() {
        var state = RitualFixtures.loveLanguages()
        press(&state, .character("a"), .backTab, .backTab, .backTab, .backTab, .left, .left)
        #expect(state.render(size: Size(width: 80, height: 24)).text.contains("‹ Monday, 2026-11-16 ›"))
        press(&state, .right)
        #expect(state.render(size: Size(width: 80, height: 24)).text.contains("‹ yesterday, 2026-11-17 ›"))
        press(&state, .tab, .tab, .tab, .tab)
        type(&state, "Tea")
        let effects = press(&state, .tab, .enter)
        #expect(effects == [.edit(.addMoment(Moment(date: Fixtures.today.adding(days: -1), from: "zoe", to: "misaki", language: .words, text: "Tea")))])
    }

    @Test(arguments: [Size(width: 30, height: 8), Size(width: 20, height: 5), Size(width: 120, height: 40)])
    func ritualAndLoveScreensNeverSpill(_ size: Size) {
        let states = RitualsScreenTests.states + Self.states
        for (name, make) in states {
            let buffer = make().render(size: size)
            #expect(buffer.lines.count == size.height, "\(name)")
            for line in buffer.lines { #expect(line.terminalWidth <= size.width, "\(name) at \(size): \(line)") }
        }
    }
}
