import HearthDomain
import HearthUI
import Testing

/// A draft remembers its agenda step by id, so it resumes on the same question after agenda.md changed.
struct CheckInStepIDTests {
    static func screen(_ state: AppState) -> String { CheckInWizardTests.screen(state) }

    static func draft(step: Int, stepID: String?) -> CheckInDraft {
        var checkIn = CheckIn(week: Fixtures.thisWeek, partner: "misaki", ratings: Fixtures.ratings([3, 3, 3]))
        checkIn.appreciations = ["お茶をありがとう"]
        return CheckInDraft(checkIn: checkIn, step: step, stepID: stepID, session: ["misaki"])
    }

    /// The journal with its agenda's appreciations step moved from third to sixth.
    static func reordered() -> Journal {
        var journal = Fixtures.journal()
        let step = journal.agenda.steps.remove(at: 2)
        journal.agenda.steps.insert(step, at: 5)
        return journal
    }

    @Test func aDraftResumesOnItsStepAfterTheAgendaWasReordered() {
        var state = Fixtures.state(Self.reordered())
        state.offerDrafts([Self.draft(step: 2, stepID: "appreciations")])
        press(&state, .enter)
        let screen = Self.screen(state)
        #expect(screen.contains("6 of 10"))
        #expect(screen.contains("Name something your partner did or was this week that you're glad about."))
    }

    @Test func anOldDraftWithOnlyAPositionStillResumesThere() {
        var state = Fixtures.state(Self.reordered())
        state.offerDrafts([Self.draft(step: 2, stepID: nil)])
        press(&state, .enter)
        #expect(Self.screen(state).contains("3 of 10"))
    }

    @Test func aDraftWhoseStepIsGoneResumesAtItsPosition() {
        var state = Fixtures.state(Fixtures.journal())
        state.offerDrafts([Self.draft(step: 4, stepID: "money-talk")])
        press(&state, .enter)
        #expect(Self.screen(state).contains("5 of 10"))
    }

    @Test func eachDraftSavesTheIdOfItsPageAndTheReviewByName() throws {
        var state = CheckInWizardTests.open(choice: 0)
        let first = try #require(CheckInWizardTests.lastDraft(press(&state, .character("4"))))
        #expect(first.stepID == "ratings")
        #expect(first.step == 0)
        var effects: [Effect] = []
        for _ in 0..<9 { effects += press(&state, .pageDown) }
        #expect(Self.screen(state).contains("10 of 10"))
        effects += press(&state, .pageUp, .pageDown)
        let review = try #require(CheckInWizardTests.lastDraft(effects))
        #expect(review.stepID == CheckInDraft.reviewPage)
        #expect(review.page(in: Fixtures.journal().agenda) == 9)
    }

    @Test func editingAMomentInTheWizardKeepsItsId() throws {
        var journal = Fixtures.journal()
        let moment = Moment(id: "m-0000abcd", from: "zoe", to: "misaki", language: .time, text: "A walk")
        journal.checkIns.append(CheckIn(week: Fixtures.thisWeek, partner: "zoe", ratings: Fixtures.ratings([4]), moments: [moment]))
        var answers = CheckInAnswers(try #require(journal.checkIn(partner: "zoe", week: Fixtures.thisWeek)), other: "misaki")
        #expect(answers.checkIn.moments.map(\.id) == ["m-0000abcd"])
        answers.fields[.momentGiven]?.insert(" by the river")
        #expect(answers.checkIn.moments.map(\.text) == ["A walk by the river"])
        #expect(answers.checkIn.moments.map(\.id) == ["m-0000abcd"])
    }

    /// A moment logged with its day and how it landed (the love-languages screen asks both) keeps them when
    /// the wizard saves that week's check-in again, edited or not.
    @Test func savingACheckInAgainKeepsItsMomentsDayAndHowTheyLanded() throws {
        var journal = Fixtures.journal()
        let day = Fixtures.thisWeek.date(on: .tuesday)
        let given = Moment(id: "m-0000abcd", date: day, from: "zoe", to: "misaki", language: .time, text: "A walk",
                           landed: "She hummed all evening")
        let received = Moment(id: "m-0000beef", date: day, from: "misaki", to: "zoe", language: .gifts, text: "A fig",
                              landed: "Sweet")
        journal.checkIns.append(CheckIn(week: Fixtures.thisWeek, partner: "zoe", ratings: Fixtures.ratings([4]),
                                        moments: [given, received]))
        var state = Fixtures.state(journal)
        state.startCheckIn(partner: "zoe", drafts: [])
        for _ in 0..<9 { press(&state, .pageDown) }
        let unchanged = try #require(CheckInWizardTests.savedCheckIn(press(&state, .enter)))
        #expect(unchanged.moments == [given, received])

        state.startCheckIn(partner: "zoe", drafts: [])
        for _ in 0..<6 { press(&state, .pageDown) }
        #expect(Self.screen(state).contains("A walk"))
        type(&state, " by the river")
        for _ in 0..<3 { press(&state, .pageDown) }
        let edited = try #require(CheckInWizardTests.savedCheckIn(press(&state, .enter)))
        #expect(edited.moments.map(\.text) == ["A walk by the river", "A fig"])
        #expect(edited.moments.map(\.date) == [day, day])
        #expect(edited.moments.map(\.landed) == ["She hummed all evening", "Sweet"])
    }
}
