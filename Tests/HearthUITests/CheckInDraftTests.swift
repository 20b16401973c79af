import HearthDomain
import HearthUI
import Testing

/// Drafts kept for later: offered again by `c`, and resumed or discarded as the set the couple was shown.
struct CheckInDraftTests {
    static func screen(_ state: AppState) -> String { CheckInWizardTests.screen(state) }

    static func draft(_ partner: String, appreciation: String, session: [String] = []) -> CheckInDraft {
        var checkIn = CheckIn(week: Fixtures.thisWeek, partner: partner, ratings: Fixtures.ratings([3, 3, 3]))
        checkIn.appreciations = [appreciation]
        return CheckInDraft(checkIn: checkIn, step: 2, session: session)
    }

    @Test func notNowThenCOnTheHomeScreenGoesOnWithTheDraft() {
        var state = Fixtures.state(Fixtures.journal())
        state.offerDrafts([Self.draft("misaki", appreciation: "お茶をありがとう")])
        let effects = press(&state, .down, .down, .down, .enter)
        #expect(effects.isEmpty)
        #expect(Self.screen(state).contains("press c on the home screen to go on"))
        press(&state, .character("c"))
        #expect(Self.screen(state).contains("美咲 · 2026-W47 · step 3 · 4 answers"))
        press(&state, .enter)
        let screen = Self.screen(state)
        #expect(screen.contains("Check-in · 美咲 · 2026-W47"))
        #expect(screen.contains("お茶をありがとう"))
    }

    @Test func anotherCheckInKeepsTheDraftAndNeverStartsOverIt() throws {
        var state = Fixtures.state(Fixtures.journal())
        var lastWeeks = Self.draft("zoe", appreciation: "Soup when I was ill")
        lastWeeks.checkIn.week = Fixtures.lastWeek
        state.offerDrafts([lastWeeks])
        #expect(Self.screen(state).contains("Zoë · \(Fixtures.lastWeek) · step 3"))
        // "Another check-in": the who screen for this week, the draft untouched.
        var effects = press(&state, .down, .down, .enter)
        #expect(effects.isEmpty)
        #expect(Self.screen(state).contains("Who is checking in?"))
        #expect(Self.screen(state).contains("\(Fixtures.thisWeek)"))
        press(&state, .enter)
        #expect(Self.screen(state).contains("Check-in · Zoë · \(Fixtures.thisWeek)"))
        effects = press(&state, .character("4"), .tab)
        #expect(effects.allSatisfy { if case .saveDraft(let draft) = $0 { draft.checkIn.week == Fixtures.thisWeek } else { true } })
        #expect(state.drafts.contains { $0.checkIn.week == Fixtures.lastWeek && $0.checkIn.appreciations == ["Soup when I was ill"] })

        // Choosing the draft's own week and partner from the who screen offers the draft, never an empty form.
        press(&state, .control("x"), .character("c"))
        #expect(Self.screen(state).contains("Zoë · \(Fixtures.thisWeek) · step"), "this week's new draft is the newest")
        press(&state, .down, .down, .enter, .left, .enter)
        let screen = Self.screen(state)
        #expect(screen.contains("An unfinished check-in is waiting"))
        #expect(screen.contains("Zoë · \(Fixtures.lastWeek) · step 3"))
        #expect(screen.contains("There is a draft for \(Fixtures.lastWeek) already"))
        press(&state, .enter)
        #expect(Self.screen(state).contains("Soup when I was ill"))
    }

    @Test func answersLeftInThisRunAreOfferedByCInsteadOfStartingEmpty() throws {
        var state = CheckInWizardTests.open(choice: 0)
        press(&state, .character("4"), .control("x"))
        #expect(Self.screen(state).contains("kept as a draft"))
        press(&state, .character("c"))
        #expect(Self.screen(state).contains("Zoë · 2026-W47 · step 1 · 1 answer"))
        press(&state, .enter)
        #expect(Self.screen(state).contains("Emotional    4"))
        // Once saved, the draft is gone and `c` starts afresh.
        for _ in 0..<10 { press(&state, .pageDown) }
        let saved = try #require(CheckInWizardTests.savedCheckIn(press(&state, .enter)))
        state.apply(.checkInSaved(saved, path: "/j/checkins/2026/2026-W47-zoe.md"))
        press(&state, .enter, .character("c"))
        #expect(Self.screen(state).contains("Who is checking in?"))
    }

    @Test func draftsOfTwoSessionsAreOfferedResumedAndDiscardedOneSessionAtATime() {
        let zoe = Self.draft("zoe", appreciation: "Tea", session: ["zoe"])
        let misaki = Self.draft("misaki", appreciation: "お茶", session: ["misaki"])
        var state = Fixtures.state(Fixtures.journal())
        state.offerDrafts([zoe, misaki])
        var screen = Self.screen(state)
        #expect(screen.contains("Zoë · 2026-W47"))
        #expect(!screen.contains("美咲 · 2026-W47"))
        // Discard drops only the draft on screen.
        #expect(press(&state, .down, .enter) == [.discardDrafts([zoe])])
        press(&state, .character("c"))
        screen = Self.screen(state)
        #expect(screen.contains("美咲 · 2026-W47"))
        #expect(!screen.contains("Zoë · 2026-W47"))
        press(&state, .enter)
        #expect(Self.screen(state).contains("Check-in · 美咲 · 2026-W47"))
    }

    @Test func aStopSignalKeepsTheAnswerBeingTyped() throws {
        var state = CheckInWizardTests.open(choice: 0)
        press(&state, .tab, .tab)
        type(&state, "half a thou")
        let effects = state.update(.terminate(signal: 1))
        #expect(effects.last == .quit(status: 129))
        #expect(CheckInWizardTests.lastDraft(effects)?.checkIn.appreciations == ["half a thou"])
        #expect(CheckInWizardTests.lastDraft(effects)?.step == 2)
    }

    @Test func draftsAreOfferedForResumeWithTheirAnswersAndStep() throws {
        var checkIn = CheckIn(week: Fixtures.thisWeek, partner: "misaki", ratings: Fixtures.ratings([3, 3, 3]))
        checkIn.appreciations = ["お茶をありがとう"]
        var state = Fixtures.state(Fixtures.journal())
        state.offerDrafts([CheckInDraft(checkIn: checkIn, step: 2, session: ["misaki"])])
        var screen = Self.screen(state)
        #expect(screen.contains("An unfinished check-in is waiting"))
        #expect(screen.contains("美咲 · 2026-W47 · step 3 · 4 answers"))
        press(&state, .enter)
        screen = Self.screen(state)
        #expect(screen.contains("Check-in · 美咲 · 2026-W47"))
        #expect(screen.contains("3 of 10"))
        #expect(screen.contains("お茶をありがとう"))
        press(&state, .pageUp, .pageUp)
        #expect(Self.screen(state).contains("Intellectual 3"))

        var discarding = Fixtures.state(Fixtures.journal())
        let draft = CheckInDraft(checkIn: checkIn, step: 2)
        discarding.offerDrafts([draft])
        #expect(press(&discarding, .down, .enter) == [.discardDrafts([draft])])
        #expect(Self.screen(discarding).contains("Draft discarded"))
    }
}
