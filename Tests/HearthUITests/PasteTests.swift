import HearthDomain
import HearthUI
import Testing

/// A bracketed paste arrives as one `Key.paste`: text fields take it whole, nothing else treats it as keys.
struct PasteTests {
    /// The check-in at its appreciations (a long answer), for Zoë alone.
    static func atAppreciations() -> AppState {
        var state = CheckInWizardTests.open(choice: 0)
        press(&state, .tab, .tab)
        return state
    }

    @Test func aLongAnswerKeepsThePastedLineBreaksAndStaysPut() throws {
        var state = Self.atAppreciations()
        #expect(press(&state, .paste("Tea in bed\r\nYou listened\tall evening")) == [])
        let screen = CheckInWizardTests.screen(state)
        #expect(screen.contains("Tea in bed"))
        #expect(screen.contains("You listened all evening"))
        // Still in the appreciations: typing goes on after the paste, and Tab saves both lines.
        type(&state, "!")
        let draft = try #require(CheckInWizardTests.lastDraft(press(&state, .tab)))
        #expect(draft.checkIn.appreciations == ["Tea in bed", "You listened all evening!"])
    }

    @Test func aShortAnswerTurnsLineBreaksIntoSpacesInsteadOfMovingOn() throws {
        var state = Self.atAppreciations()
        press(&state, .tab, .tab)  // how we are doing, then more of: a one-line answer
        press(&state, .paste("Walks\nafter dinner\n"))
        type(&state, "!")
        #expect(CheckInWizardTests.screen(state).contains("Walks after dinner !"))
        let draft = try #require(CheckInWizardTests.lastDraft(press(&state, .tab)))
        #expect(draft.checkIn.moreOf == "Walks after dinner !")
        #expect(draft.checkIn.lessOf.isEmpty)
    }

    @Test func aPastedLineBreakNeverSavesTheReview() {
        var state = CheckInWizardTests.open(choice: 0)
        for _ in 0..<9 { press(&state, .pageDown) }
        #expect(CheckInWizardTests.screen(state).contains("Review before saving"))
        #expect(press(&state, .paste("\n")) == [])
        #expect(press(&state, .paste("ok\r")) == [])
        #expect(CheckInWizardTests.screen(state).contains("Review before saving"))
        #expect(state.message?.text == "Pasted text goes into a text field; nothing here takes it")
    }

    @Test func screensWithoutAFieldIgnoreThePasteInsteadOfActingOnIt() {
        var state = Fixtures.state(Fixtures.journal())
        // As keys, q would quit and c would start a check-in.
        #expect(press(&state, .paste("qc\n")) == [])
        #expect(state.screen == .home)
    }

    @Test func oneLineFieldsTakeThePasteWholeOnOneLine() {
        var state = Fixtures.state(nil)
        press(&state, .character("s"), .paste("Zoë\n美咲"))
        guard case .setup(let form) = state.screen else {
            Issue.record("left setup")
            return
        }
        #expect(form.entries[0].name.text == "Zoë 美咲")
        #expect(form.focus == .name(0))
    }
}
