import HearthDomain
import HearthUI
import Testing

/// The history list and the week view driven by keys over the 2-year demo journal.
struct HistoryTests {
    /// A week literal; tests may force-unwrap (and `try` inside `#expect` crashed the 6.3 optimizer here).
    static func week(_ text: String) -> Week { Week(text)! }

    @Test func hOpensEveryWeekNewestFirstWithBarsAndMarkers() throws {
        var state = BrowseFixtures.home()
        press(&state, .character("h"))
        let lines = state.render(size: state.viewport).lines
        #expect(lines[0].contains("History · 103 weeks"))
        #expect(lines[2].hasPrefix(" › 2026-W47  16 Nov 2026"))
        #expect(lines[3].contains("2026-W46"))
        // Ratings as bars: one block per type and partner; a missing partner shows a dash.
        let w40 = try #require(lines.first { $0.contains("2026-W40") })
        #expect(w40.contains("–") && w40.contains("!2"))
        #expect(lines.last?.contains("Enter open") == true)
    }

    @Test func enterOpensTheWeekSideBySideAndEscGoesBack() throws {
        var state = BrowseFixtures.home()
        press(&state, .character("h"), .down, .down, .enter)
        #expect(state.shownWeek == Self.week("2026-W45"))
        let text = BrowseFixtures.text(state)
        #expect(text.contains("2026-W45 · 2–8 Nov 2026"))
        #expect(text.contains("Emotional    4 ●●●●○  4 ●●●●○"))
        #expect(text.contains("Appreciations"))
        press(&state, .escape)
        #expect(state.history?.selectedWeek == Self.week("2026-W45"))
        press(&state, .escape)
        #expect(state.screen == .home)
    }

    @Test func nAndPStepOverWeeksWithoutCheckIns() throws {
        var state = BrowseFixtures.home()
        state.openWeek(Self.week("2026-W22"))
        press(&state, .character("p"))
        // 2026-W21 has no check-in in the demo journal: p skips it.
        #expect(state.shownWeek == Self.week("2026-W20"))
        press(&state, .character("n"), .right)
        #expect(state.shownWeek == Self.week("2026-W23"))
        state.openWeek(Self.week("2026-W47"))
        press(&state, .character("n"))
        #expect(state.shownWeek == Self.week("2026-W47"))
        #expect(BrowseFixtures.text(state).contains("This is the newest week."))
    }

    @Test func escAfterStepingReturnsToHistoryOnTheWeekLastShown() throws {
        var state = BrowseFixtures.home()
        press(&state, .character("h"), .enter, .character("p"), .character("p"))
        press(&state, .escape)
        #expect(BrowseFixtures.text(state).contains("› 2026-W45"))
    }

    @Test func gGoesToATypedWeekOrADate() throws {
        var state = BrowseFixtures.home()
        press(&state, .character("h"), .character("g"))
        #expect(BrowseFixtures.text(state).contains("Go to week:"))
        typeThen(&state, "2025-w47", .enter)
        #expect(state.shownWeek == Self.week("2025-W47"))
        press(&state, .character("g"))
        typeThen(&state, "2026-03-04", .enter)
        #expect(state.shownWeek == Self.week("2026-W10"))
        // Letters type into the prompt rather than acting: n is not "next week" here.
        press(&state, .character("g"))
        typeThen(&state, "next", .enter)
        #expect(state.shownWeek == Self.week("2026-W10"))
        #expect(BrowseFixtures.text(state).contains("not a week; try 2026-W47"))
        press(&state, .escape)
        #expect(!BrowseFixtures.text(state).contains("Go to week:"))
    }

    @Test func yShowsThisWeekOneYearAgo() throws {
        var state = BrowseFixtures.home()
        press(&state, .character("h"), .character("y"))
        #expect(state.shownWeek == Self.week("2025-W47"))
        press(&state, .character("y"))
        #expect(state.shownWeek == Self.week("2024-W47"))
        // Before the journal began: the week says so instead of showing nothing.
        #expect(BrowseFixtures.text(state).contains("No check-ins this week."))
    }

    @Test func privateReflectionsStayHiddenUntilR() throws {
        let checkIn = try #require(BrowseFixtures.demo.checkIns.last { !$0.reflection.isEmpty && $0.partner == "zoe" })
        var state = BrowseFixtures.home(Size(width: 80, height: 60))
        state.openWeek(checkIn.week)
        let words = String(checkIn.reflection.prefix(20))
        var text = BrowseFixtures.text(state)
        #expect(text.contains("Private reflection · private"))
        #expect(text.contains("🔒 hidden · r shows it"))
        #expect(!text.contains(words))
        // r asks first, naming whose reflection it is; only y shows it.
        press(&state, .character("r"))
        text = BrowseFixtures.text(state)
        #expect(text.contains("Show Zoë's private reflection?"), "\(text)")
        #expect(text.contains("y yes, n no") && !text.contains(words))
        press(&state, .character("j"))
        #expect(BrowseFixtures.text(state).contains("Press y for yes or n for no"))
        #expect(state.question != nil && !BrowseFixtures.text(state).contains(words), "another key neither answers nor scrolls")
        press(&state, .character("n"))
        text = BrowseFixtures.text(state)
        #expect(state.question == nil && !text.contains(words) && text.contains("Reflections stay hidden."))
        press(&state, .character("r"), .escape)
        #expect(state.shownWeek == checkIn.week && !BrowseFixtures.text(state).contains(words), "Esc says no and stays")
        press(&state, .character("r"), .character("y"))
        text = BrowseFixtures.text(state)
        #expect(text.contains(words))
        #expect(text.contains("Private reflection · private"))
        press(&state, .character("r"))
        #expect(!BrowseFixtures.text(state).contains(words), "hiding them again needs no question")
    }

    @Test func aWeekWithoutReflectionsSaysSoInsteadOfAsking() throws {
        let demo = BrowseFixtures.demo
        let week = try #require(demo.weeksNewestFirst.first { demo.checkIns(in: $0).allSatisfy { $0.reflection.isEmpty } })
        var state = BrowseFixtures.home()
        state.openWeek(week)
        press(&state, .character("r"))
        #expect(state.question == nil)
        #expect(BrowseFixtures.text(state).contains("No reflections this week."))
    }

    @Test func theWeekScrollsWhenItIsLongerThanTheScreen() throws {
        var state = BrowseFixtures.home(Size(width: 40, height: 12))
        state.openWeek(Self.week("2026-W45"))
        let top = BrowseFixtures.text(state)
        #expect(top.contains("Emotional") && top.contains("↓"))
        press(&state, .end)
        let bottom = BrowseFixtures.text(state)
        #expect(!bottom.contains("Emotional") && bottom.contains("↑") && !bottom.contains("↓"))
        #expect(bottom.contains("Kept?"))
        // Scrolling past the end stays at the end: one k shows the previous row at once.
        press(&state, .down, .down, .up)
        #expect(BrowseFixtures.text(state) != bottom)
        press(&state, .home)
        #expect(BrowseFixtures.text(state) == top)
    }

    @Test func longProseWrapsByDisplayColumns() throws {
        var state = BrowseFixtures.home(Size(width: 40, height: 40))
        state.openWeek(Self.week("2026-W45"))
        let buffer = state.render(size: state.viewport)
        for line in buffer.lines { #expect(line.terminalWidth <= 40, "\(line)") }
        #expect(buffer.text.contains("• The note in my"))
        #expect(buffer.text.contains("  coat pocket."))
    }

    @Test func openWeekWorksFromAnyScreenAndEscReturnsThere() throws {
        var state = BrowseFixtures.home()
        state.openWeek(Self.week("2026-W30"))
        #expect(BrowseFixtures.text(state).contains("2026-W30 · 20–26 Jul 2026"))
        press(&state, .escape)
        #expect(state.screen == .home)
    }

    @Test func pageDownAndEndScrollTwentyYearsRowByVisibleRow() throws {
        let journal = DemoJournal.make(weeks: 1040, endingAt: Fixtures.thisWeek, seed: 1)
        var state = BrowseFixtures.home(journal: journal)
        press(&state, .character("h"), .pageDown)
        #expect(state.history?.list.selected == 21)
        #expect(BrowseFixtures.text(state).contains("↑"))
        press(&state, .end)
        let last = try #require(journal.checkIns.first?.week)
        #expect(BrowseFixtures.text(state).contains("› \(last)"))
        press(&state, .up)
        // The window stays put when the cursor moves inside it.
        let lines = state.render(size: state.viewport).lines
        #expect(lines[lines.count - 2].contains(last.description))
    }
}
