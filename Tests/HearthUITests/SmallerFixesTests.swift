import HearthDomain
import HearthUI
import Testing

/// The smaller things a new couple tripped over: paging the review, an intention step with nothing to
/// review, and Ctrl-W / Ctrl-U in every one-line field.
struct SmallerFixesTests {
    static let size = Size(width: 80, height: 16)

    static func text(_ state: AppState) -> String { state.render(size: size).text }

    /// A review longer than the screen: twelve appreciations.
    static func longReview() -> AppState {
        var state = CheckInWizardTests.open(choice: 0)
        _ = state.update(.resize(size))
        press(&state, .pageDown, .pageDown)  // ratings → intention review → appreciations
        for number in 1...12 {
            type(&state, "Thanks \(number)")
            if number < 12 { press(&state, .enter) }
        }
        for _ in 0..<7 { press(&state, .pageDown) }
        return state
    }

    /// End, PgDn, PgUp and Home scroll the review (End and PgDn did nothing there).
    @Test func theReviewPagesWithPgDnEndPgUpAndHome() {
        var state = Self.longReview()
        let top = Self.text(state)
        #expect(top.contains("Review before saving") && top.contains("Emotional"))
        #expect(!top.contains("Private reflection"))
        press(&state, .end)
        let end = Self.text(state)
        #expect(end.contains("Private reflection") && !end.contains("↓"), "\(end)")
        #expect(state.message == nil)
        press(&state, .home)
        #expect(Self.text(state) == top)
        press(&state, .pageDown)
        #expect(Self.text(state).contains("Thanks 6"), "a page on: \(Self.text(state))")
        press(&state, .pageDown, .pageDown, .pageDown)
        #expect(Self.text(state) == end)
        // Up from the end moves at once (scrolling past the end used to need as many presses back).
        press(&state, .down, .down, .down, .up)
        #expect(Self.text(state).contains("↓"))
        press(&state, .home)
        #expect(Self.text(state) == top)
        // At the top PgUp goes back a step, as on every other page.
        press(&state, .pageUp)
        #expect(Self.text(state).contains("9 of 10"))
    }

    /// With no intention set last week the step says so and shows no buttons to record an answer.
    @Test func theIntentionStepWithoutAnIntentionHasNoButtons() {
        var state = Fixtures.state(Fixtures.journal(history: false))
        press(&state, .character("c"), .enter, .enter)  // who → ratings → intention review
        let page = Self.text(state)
        #expect(page.contains("No intention was set last week"), "\(page)")
        #expect(!page.contains("( )") && !page.contains("(•)"), "\(page)")
        let effects = press(&state, .character(" "), .down)
        #expect(effects.isEmpty, "nothing to answer, nothing saved")
    }

    static func query(_ state: AppState) -> String? {
        if case .search(let search) = state.screen { return search.query.text }
        return nil
    }

    /// Ctrl-U clears the search field, Ctrl-W takes the last word (both did nothing there).
    @Test func ctrlUAndCtrlWEditTheSearchQuery() {
        var state = Fixtures.state(Fixtures.journal())
        press(&state, .character("/"))
        type(&state, "Sunday walk")
        press(&state, .control("w"))
        #expect(Self.query(state) == "Sunday ")
        press(&state, .control("u"))
        #expect(Self.query(state) == "")
        #expect(state.message == nil)
    }

    /// The same keys in the ritual form's name and the setup form's names.
    @Test func ctrlUAndCtrlWEditEveryOneLineField() {
        var rituals = RitualFixtures.rituals()
        press(&rituals, .character("a"))
        type(&rituals, "Long Sunday walk")
        press(&rituals, .control("w"))
        guard case .rituals(let state) = rituals.screen, case .form(let form) = state.mode else {
            Issue.record("the form closed")
            return
        }
        #expect(form.name.text == "Long Sunday ")
        var setup = Fixtures.state(nil)
        press(&setup, .character("s"))
        type(&setup, "Zoë Müller")
        press(&setup, .left, .left, .control("u"))
        guard case .setup(let names) = setup.screen else {
            Issue.record("left setup")
            return
        }
        #expect(names.entries[0].name.text == "er")
    }
}
