import HearthDomain
import HearthUI
import Testing

/// A letter typed where no text goes changes no value and says it was not typed, on every form and chooser.
struct UntypedKeysTests {
    /// Types `text` and returns the state after, with what the status bar says.
    static func typing(_ text: String, into state: AppState) -> (state: AppState, bar: String) {
        var state = state
        type(&state, text)
        // The status bar: a message too long to share the hints' row has rows of its own just above it.
        let lines = state.render(size: state.viewport).lines
        return (state, lines.suffix(4).joined(separator: "\n"))
    }

    @Test func setupsLanguageChooserKeepsItsLanguage() {
        var state = Fixtures.state(nil)
        press(&state, .character("s"), .tab)
        guard case .setup(let before) = state.screen else { Issue.record("not on setup"); return }
        let (after, bar) = Self.typing("hl words", into: state)
        guard case .setup(let form) = after.screen else { Issue.record("left setup"); return }
        #expect(form == before, "nothing in the form changed")
        #expect(bar.contains("“s” not typed: Tab to a text field"), "\(bar)")
    }

    @Test func ritualFormChoicesKeepTheirValues() {
        var state = RitualFixtures.rituals()
        press(&state, .character("a"))
        type(&state, "Tea")
        press(&state, .tab)
        guard case .rituals(let before) = state.screen else { Issue.record("not on rituals"); return }
        let (after, bar) = Self.typing("weekly", into: state)
        guard case .rituals(let rituals) = after.screen else { Issue.record("left rituals"); return }
        #expect(rituals == before)
        #expect(bar.contains("“y” not typed: Tab to a text field"), "\(bar)")
    }

    @Test func momentFormChoicesKeepTheirValues() {
        var state = RitualFixtures.loveLanguages()
        press(&state, .character("a"), .backTab)
        guard case .loveLanguages(let before) = state.screen else { Issue.record("not on love languages"); return }
        let (after, bar) = Self.typing("gifts", into: state)
        guard case .loveLanguages(let languages) = after.screen else { Issue.record("left love languages"); return }
        #expect(languages == before)
        #expect(bar.contains("“s” not typed: Tab to a text field"), "\(bar)")
    }

    @Test func theSearchFilterPanelTakesNoLettersSoTypingACafeClearsNoFilter() throws {
        var state = BrowseFixtures.home()
        press(&state, .character("/"), .control("f"), .down, .right)
        let filter = try #require(state.search?.filter)
        #expect(!filter.isEmpty)
        let (after, bar) = Self.typing("cafe", into: state)
        #expect(after.search?.filter == filter, "c no longer clears the filter, f no longer closes it")
        #expect(after.search?.filterPanel != nil)
        #expect(after.search?.query.text == "")
        #expect(bar.contains("“e” not typed: Tab to a text field"), "\(bar)")
        press(&state, .delete)
        #expect(state.search?.filter.isEmpty == true, "Delete clears it instead")
    }

    @Test func checkInChoosersAndListsSayLettersWereNotTyped() {
        var state = CheckInWizardTests.open(choice: 0)
        // Ratings: a word typed there rates nothing (s is skip, a named key, so a word without one).
        guard case .checkIn(let ratings) = state.screen else { Issue.record("no wizard"); return }
        var (after, bar) = Self.typing("fun", into: state)
        if case .checkIn(let wizard) = after.screen { #expect(wizard == ratings) }
        #expect(bar.contains("“n” not typed: Tab to a text field") || bar.contains("does nothing here"), "\(bar)")
        // The warning-signs list.
        while !CheckInWizardTests.screen(state).contains("Less affection") { press(&state, .pageDown) }
        guard case .checkIn(let list) = state.screen else { return }
        (after, bar) = Self.typing("fun", into: state)
        if case .checkIn(let wizard) = after.screen { #expect(wizard == list) }
    }
}
