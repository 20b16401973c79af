import HearthDomain
import HearthUI
import Testing

/// Keys that act on a screen are still just letters inside a text field.
@Suite("Typing into fields")
struct TypingTests {
    @Test func aSetupNameTakesQuestionMarksAndLettersBoundToKeys() {
        var state = Fixtures.state(nil)
        press(&state, .character("s"))
        type(&state, "Jo?q j")
        #expect(!state.showingHelp, "? typed into a name must not open help")
        guard case .setup(let form) = state.screen else { Issue.record("left setup"); return }
        #expect(form.entries[0].name.text == "Jo?q j")
        press(&state, .function(1))
        #expect(state.showingHelp, "F1 still opens help while typing")
    }

    @Test func aSkipReasonTakesEveryPrintableCharacter() {
        var state = RitualFixtures.rituals()
        press(&state, .character("n"))
        type(&state, "Why? q/n")
        #expect(!state.showingHelp)
        let effects = press(&state, .enter)
        #expect(effects == [.edit(.markRitual(RitualMark(ritual: "date-night", status: .skipped, reason: "Why? q/n"),
                                                week: Fixtures.thisWeek, partner: "zoe"))])
    }

    @Test func outsideAFieldQuestionMarkStillOpensHelp() {
        var state = RitualFixtures.rituals()
        press(&state, .character("?"))
        #expect(state.showingHelp)
    }
}
