import HearthDomain
import HearthUI
import Testing

/// Enter goes forward wherever it does not start a new line.
struct CheckInKeysTests {
    static func screen(_ state: AppState) -> String { CheckInWizardTests.screen(state) }

    @Test func enterMovesOnFromRatingsListsAndShortAnswers() throws {
        var state = CheckInWizardTests.open(choice: 0)
        #expect(Self.screen(state).contains("1 of 10"))
        press(&state, .enter)
        #expect(Self.screen(state).contains("2 of 10"), "from the ratings")
        press(&state, .enter)
        #expect(Self.screen(state).contains("3 of 10"), "from the intention review list")
        press(&state, .tab)
        #expect(Self.screen(state).contains("4 of 10"))
        // How are we doing is a long answer (Enter is a new line); More of and Less of are short ones.
        press(&state, .tab)
        type(&state, "Walks")
        press(&state, .enter)
        type(&state, "Phones")
        press(&state, .enter)
        #expect(Self.screen(state).contains("5 of 10"), "from the last short answer")
        press(&state, .enter)
        #expect(Self.screen(state).contains("6 of 10"), "from the warning-sign list")
        for _ in 0..<5 { press(&state, .pageDown) }
        let saved = try #require(CheckInWizardTests.savedCheckIn(press(&state, .enter)))
        #expect(saved.moreOf == "Walks")
        #expect(saved.lessOf == "Phones")
    }

    @Test func upInALongWrappedAnswerGoesToTheRowAboveOnScreen() throws {
        var state = CheckInWizardTests.open(choice: 0)
        _ = state.update(.resize(Size(width: 40, height: 20)))
        press(&state, .tab, .tab)
        type(&state, "aaaa bbbb cccc dddd eeee ffff gggg hhhh iiii jjjj")
        press(&state, .up)
        type(&state, "X")
        for _ in 0..<8 { press(&state, .pageDown) }
        let saved = try #require(CheckInWizardTests.savedCheckIn(press(&state, .enter)))
        #expect(saved.appreciations == ["aaaa bbbb ccccX dddd eeee ffff gggg hhhh iiii jjjj"])
    }

    /// The wizard's note for a key that does nothing names the help key its status bar shows: `?` on the
    /// pages without text (it said F1 everywhere), F1 where `?` types.
    @Test func anUnboundKeyNamesTheHelpKeyTheBarShows() {
        var state = Fixtures.state(Fixtures.journal())
        press(&state, .character("c"), .control("k"))
        let bar = state.render(size: CheckInWizardTests.size).lines.last ?? ""
        #expect(bar.contains("Ctrl-K does nothing here; press ? for this screen's keys"), "\(bar)")
        press(&state, .character("?"))
        #expect(state.showingHelp, "? opens help on the who page")
        // Zoë, then on past the ratings and the two lists to the first text answer.
        press(&state, .escape, .enter, .enter, .enter, .tab, .control("k"))
        #expect(state.message?.text == "Ctrl-K does nothing here; press F1 for this screen's keys")
    }
}
