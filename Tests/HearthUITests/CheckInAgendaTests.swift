import HearthDomain
import HearthUI
import Testing

/// The wizard follows the couple's agenda, including what it leaves out.
struct CheckInAgendaTests {
    @Test func anAgendaWithoutRatingsShowsNoRatingsOnReviewOrReveal() throws {
        var journal = Fixtures.journal()
        journal.agenda = Agenda(steps: [AgendaStep(kind: .question, title: "Money", prompt: "Anything about money?", id: "money")])
        var state = Fixtures.state(journal)
        press(&state, .character("c"), .down, .down, .enter)
        for answer in ["Budget", "Savings"] {
            type(&state, answer)
            press(&state, .tab)
            let review = CheckInWizardTests.screen(state)
            #expect(review.contains("2 of 2"))
            #expect(review.contains("Money"))
            #expect(!review.contains("Ratings"))
            #expect(!review.contains("Emotional"))
            let saved = try #require(CheckInWizardTests.savedCheckIn(press(&state, .enter)))
            state.apply(.checkInSaved(saved, path: "/j/checkins/2026/2026-W47-\(saved.partner).md"))
            if answer == "Budget" { press(&state, .enter) }
        }
        let reveal = CheckInWizardTests.screen(state)
        #expect(reveal.contains("Side by side"))
        #expect(!reveal.contains("Emotional"))
        #expect(!reveal.contains("Appreciations"), "the agenda never asked for any")
    }
}
