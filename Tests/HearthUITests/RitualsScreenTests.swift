import HearthDomain
import HearthUI
import Testing

/// The rituals screen driven by keystrokes, checked by what a user sees and what gets saved.
struct RitualsScreenTests {
    static let states: [(String, @Sendable () -> AppState)] = [
        ("rituals", { RitualFixtures.rituals() }),
        ("rituals-reason", {
            var state = RitualFixtures.rituals()
            press(&state, .down, .character("n"))
            type(&state, "Rain all day")
            return state
        }),
        ("rituals-add", {
            var state = RitualFixtures.rituals()
            press(&state, .character("a"))
            type(&state, "Sunday coffee")
            press(&state, .tab, .right, .tab, .tab, .right)
            return state
        }),
        ("rituals-edit", {
            var state = RitualFixtures.rituals()
            press(&state, .character("e"))
            return state
        }),
        ("rituals-help", { ScreenTests.withHelp(RitualFixtures.rituals()) }),
        ("rituals-empty", {
            var journal = RitualFixtures.journal()
            journal.rituals = []
            var state = Fixtures.state(journal)
            press(&state, .character("r"))
            return state
        }),
    ]

    @Test(arguments: states.map(\.0), ScreenTests.sizes)
    func screen(_ name: String, _ size: Size) throws {
        let state = try #require(Self.states.first { $0.0 == name }?.1())
        try Golden.check(state.render(size: size), named: "\(name)-\(size)")
    }

    @Test func showsStrengthChartAndThisWeeksMarks() {
        let text = RitualFixtures.rituals().render(size: Size(width: 80, height: 24)).text
        #expect(text.contains("Rituals · 2026-W47"))
        #expect(text.contains("as Zoë"))
        // Kept last week and this week: 0.5 -> 0.625 -> 0.71875, shown rounded.
        #expect(text.contains("Date night"))
        #expect(text.contains("72%"))
        #expect(text.contains("✓Zoë"))
        #expect(text.contains("Letters (paused)"))
    }

    @Test func spaceMarksTheSelectedRitualKeptForTheShownPartner() {
        var state = RitualFixtures.rituals()
        press(&state, .down)
        // Space saves nothing by itself: it asks, naming the ritual, the partner and the week; y saves.
        #expect(press(&state, .character(" ")).isEmpty)
        #expect(state.render(size: Size(width: 80, height: 24)).text.contains("Mark Long walk kept for Zoë in 2026-W47?"))
        let effects = press(&state, .character("y"))
        #expect(effects == [.edit(.markRitual(RitualMark(ritual: "long-walk", status: .kept), week: Fixtures.thisWeek, partner: "zoe"))])
        press(&state, .tab)
        #expect(state.render(size: Size(width: 80, height: 24)).text.contains("as 美咲"))
        #expect(press(&state, .character("y"), .character("y")) == [.edit(.markRitual(RitualMark(ritual: "long-walk", status: .kept), week: Fixtures.thisWeek, partner: "misaki"))])
        #expect(press(&state, .character(" "), .character("n")).isEmpty, "n answers no: nothing marked")
        #expect(state.render(size: Size(width: 80, height: 24)).text.contains("Nothing marked"))
    }

    @Test func skippingAsksWhyAndEscMarksNothing() {
        var state = RitualFixtures.rituals()
        press(&state, .character("n"))
        type(&state, "Too tired q")
        press(&state, .backspace, .backspace)
        let effects = press(&state, .enter)
        #expect(effects == [.edit(.markRitual(RitualMark(ritual: "date-night", status: .skipped, reason: "Too tired"), week: Fixtures.thisWeek, partner: "zoe"))])
        var journal = RitualFixtures.journal()
        journal.checkIns[journal.checkIns.count - 1].rituals = [RitualMark(ritual: "date-night", status: .skipped, reason: "Too tired")]
        state.apply(.edited(journal, problems: [], message: "Date night: skipped by Zoë in 2026-W47 (Too tired)"))
        let text = state.render(size: Size(width: 80, height: 24)).text
        #expect(text.contains("✗Zoë"))
        #expect(text.contains("Date night: skipped by Zoë"))
        #expect(!text.contains("Why skipped?"))

        press(&state, .character("n"))
        type(&state, "x")
        #expect(press(&state, .escape) == [])
        #expect(state.render(size: Size(width: 80, height: 24)).text.contains("Nothing marked"))
    }

    @Test func aFailedSaveKeepsTheReasonTyped() {
        var state = RitualFixtures.rituals()
        press(&state, .character("n"))
        type(&state, "Away")
        press(&state, .enter)
        state.apply(.failed("checkins/2026/2026-W47-zoe.md changed on disk since Hearth read it"))
        let text = state.render(size: Size(width: 80, height: 24)).text
        #expect(text.contains("Why skipped? Away"))
        #expect(text.contains("changed on disk"))
    }

    @Test func addingARitualWalksTheFormAndSavesIt() {
        var state = RitualFixtures.rituals()
        press(&state, .character("a"))
        type(&state, "Sunday coffee")
        // Name → repeats (weekly → every 2 weeks) → day (Sunday → Monday) → feeds Emotional on.
        press(&state, .enter, .right, .enter, .right, .enter, .right)
        var effects: [Effect] = []
        for _ in 0..<IntimacyType.core.count { effects = press(&state, .enter) }
        let expected = Ritual(id: "sunday-coffee", name: "Sunday coffee", cadence: .everyWeeks(2, on: .monday),
                              feeds: ["emotional"], since: Fixtures.thisWeek)
        #expect(effects == [.edit(.saveRitual(expected))])
        var journal = RitualFixtures.journal()
        journal.rituals.append(expected)
        state.apply(.edited(journal, problems: [], message: "Added Sunday coffee, every 2 weeks monday"))
        let text = state.render(size: Size(width: 80, height: 24)).text
        #expect(text.contains("› Sunday coffee"))
        #expect(text.contains("Feeds Emotional"))
    }

    @Test func theFormRefusesAnEmptyOrTakenName() {
        var state = RitualFixtures.rituals()
        press(&state, .character("a"))
        type(&state, "date NIGHT")
        press(&state, .tab, .tab)
        var effects: [Effect] = []
        for _ in 0..<IntimacyType.core.count + 1 { effects = press(&state, .enter) }
        #expect(effects.isEmpty)
        #expect(state.render(size: Size(width: 80, height: 24)).text.contains("There is already a ritual called Date night."))
        #expect(press(&state, .escape) == [])
        #expect(state.render(size: Size(width: 80, height: 24)).text.contains("Strength"))
    }

    @Test func editingRenamesKeepingTheIdAndHistory() {
        var state = RitualFixtures.rituals()
        press(&state, .character("e"), .end)
        type(&state, "s")
        let effects = press(&state, .enter)
        #expect(effects == [.edit(.saveRitual(Ritual(id: "date-night", name: "Date nights", cadence: .weekly(on: .friday))))])
    }

    @Test func pauseResumeAndRetire() {
        var state = RitualFixtures.rituals()
        // Each asks first, naming the ritual; only y saves, and Esc leaves it as it was.
        #expect(press(&state, .character("p")).isEmpty)
        #expect(state.render(size: Size(width: 80, height: 24)).text.contains("Pause Date night?"))
        #expect(press(&state, .escape).isEmpty)
        #expect(state.render(size: Size(width: 80, height: 24)).text.contains("Date night unchanged"))
        #expect(press(&state, .character("p"), .character("y")) == [.edit(.saveRitual(Ritual(id: "date-night", name: "Date night", cadence: .weekly(on: .friday), status: .paused)))])
        press(&state, .down, .down)
        #expect(press(&state, .character("p"), .character("y")) == [.edit(.saveRitual(Ritual(id: "letters", name: "Letters", cadence: .weekly(on: .monday), status: .active)))])
        #expect(press(&state, .character("x")).isEmpty)
        #expect(state.render(size: Size(width: 80, height: 24)).text.contains("Retire Letters? Its history stays"))
        #expect(press(&state, .character("y")) == [.edit(.saveRitual(Ritual(id: "letters", name: "Letters", cadence: .weekly(on: .monday), status: .retired)))])
    }

    @Test func aRetiredRitualCannotBeMarked() {
        var journal = RitualFixtures.journal()
        journal.rituals[0].status = .retired
        var state = Fixtures.state(journal)
        press(&state, .character("r"), .down, .down)
        #expect(press(&state, .character(" ")) == [])
        #expect(state.render(size: Size(width: 80, height: 24)).text.contains("Date night is retired; press p to bring it back first"))
    }

    @Test func escGoesBackHome() {
        var state = RitualFixtures.rituals()
        press(&state, .escape)
        #expect(state.screen == .home)
    }

    @Test func aCheckInHoldingOnlyRitualMarksIsNotYetACheckIn() {
        var journal = RitualFixtures.journal()
        journal.checkIns.append(CheckIn(week: Fixtures.thisWeek, partner: "misaki", rituals: [RitualMark(ritual: "date-night", status: .kept)]))
        let text = Fixtures.state(journal).render(size: Size(width: 80, height: 24)).text
        #expect(text.contains("美咲 not yet"))
        #expect(text.contains("Zoë has checked in"))
    }
}
