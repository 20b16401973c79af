import HearthDomain
import HearthUI
import Testing

/// The ritual step: kept or skipped, why it was skipped, and marks already made elsewhere.
struct CheckInRitualTests {
    static func screen(_ state: AppState) -> String { CheckInWizardTests.screen(state) }

    /// Zoë's check-in for this week, marked on the rituals screen: a paused ritual kept, a skip with its reason.
    static func journalWithMarks() -> Journal {
        var journal = Fixtures.journal()
        journal.checkIns.append(CheckIn(week: Fixtures.thisWeek, partner: "zoe", ratings: Fixtures.ratings([3, 3, 3]), rituals: [
            RitualMark(ritual: "letters", status: .kept), RitualMark(ritual: "long-walk", status: .skipped, reason: "Rain all week"),
        ]))
        return journal
    }

    @Test func marksAlreadyMadeShowWithTheirReasonAndSurviveCyclingRound() throws {
        var state = Fixtures.state(Self.journalWithMarks())
        press(&state, .character("c"), .enter)
        press(&state, .pageDown, .pageDown, .pageDown, .pageDown, .pageDown)
        let screen = Self.screen(state)
        #expect(screen.contains("6 of 10"))
        #expect(screen.contains("kept or skipped this week?"))
        #expect(screen.contains("[kept]    Letters"), "a paused ritual this check-in already marked is shown")
        #expect(screen.contains("[skipped] Long walk"))
        #expect(screen.contains("Why was Long walk skipped? (optional)"))
        #expect(screen.contains("Rain all week"))
        // Past skipped to unmarked, kept and skipped again: the reason comes back with the skip.
        press(&state, .down, .character(" "))
        #expect(!Self.screen(state).contains("Rain all week"))
        press(&state, .character(" "), .character(" "))
        #expect(Self.screen(state).contains("Rain all week"))
        // Letters taken back to unmarked keeps its row, so it can be marked again.
        press(&state, .down, .character(" "), .character(" "))
        #expect(Self.screen(state).contains("[ ]       Letters"))
        press(&state, .character(" "))
        #expect(Self.screen(state).contains("[kept]    Letters"))
        // Tab goes to the reason, which can be changed.
        press(&state, .tab, .character(" "))
        type(&state, "and wind")
        for _ in 0..<5 { press(&state, .pageDown) }
        #expect(Self.screen(state).contains("Long walk: skipped (Rain all week and wind)"))
        let saved = try #require(CheckInWizardTests.savedCheckIn(press(&state, .enter)))
        #expect(saved.rituals == [
            RitualMark(ritual: "long-walk", status: .skipped, reason: "Rain all week and wind"), RitualMark(ritual: "letters", status: .kept),
        ])
    }

    @Test func marksAreSavedInTheRitualsOrderWhateverOrderTheyWereMadeIn() throws {
        var state = CheckInWizardTests.open(choice: 0)
        press(&state, .pageDown, .pageDown, .pageDown, .pageDown, .pageDown)
        // Long walk first, then Date night above it.
        press(&state, .down, .character(" "), .up, .character(" "))
        for _ in 0..<5 { press(&state, .pageDown) }
        let saved = try #require(CheckInWizardTests.savedCheckIn(press(&state, .enter)))
        #expect(saved.rituals.map(\.ritual) == ["date-night", "long-walk"])
    }

    @Test func theRevealShowsEachPartnersRitualsWithSkipReasons() throws {
        var state = CheckInWizardTests.open(choice: 2)
        for (index, reason) in ["Rain", "Busy"].enumerated() {
            press(&state, .pageDown, .pageDown, .pageDown, .pageDown, .pageDown)
            press(&state, .down, .character(" "), .character(" "), .tab)
            type(&state, reason)
            for _ in 0..<5 { press(&state, .pageDown) }
            let saved = try #require(CheckInWizardTests.savedCheckIn(press(&state, .enter)))
            state.apply(.checkInSaved(saved, path: "/j/checkins/2026/2026-W47-\(saved.partner).md"))
            if index == 0 { press(&state, .enter) }
        }
        let screen = Self.screen(state)
        #expect(screen.contains("Rituals"))
        #expect(screen.contains("Long walk: skipped (Rain)"))
        #expect(screen.contains("Long walk: skipped (Busy)"))
    }

    @Test func minutesThatCannotBeReadAreShownAtOnceAndStopTheSave() {
        var state = CheckInWizardTests.open(choice: 0)
        for _ in 0..<5 { press(&state, .pageDown) }
        press(&state, .tab)
        type(&state, "1h4x")
        #expect(Self.screen(state).contains("Device-free time together this week: can't read that; try 90, 1h40 or 1:40"))
        // Four steps on is the review (a fifth PgDn would scroll it).
        for _ in 0..<4 { press(&state, .pageDown) }
        #expect(Self.screen(state).contains("Device-free time “1h4x”: can't read that"))
        #expect(CheckInWizardTests.savedCheckIn(press(&state, .enter)) == nil)
        #expect(Self.screen(state).contains("Fix the device-free time first (rituals step)"))
        // A long paste stops at the field's size and the screen says so; nothing is read from it silently.
        press(&state, .pageUp, .pageUp, .pageUp, .pageUp, .tab, .control("u"))
        type(&state, String(repeating: "9", count: 30))
        let screen = Self.screen(state)
        #expect(screen.contains("can't read that"))
        #expect(screen.contains("(24 characters at most)"))
    }
}
