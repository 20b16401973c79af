import HearthDomain
import HearthUI
import Testing

/// Alt keys (Esc and a key sent at once) are one key: readline's word keys in a text answer, nothing elsewhere.
struct AltKeyTests {
    static func screen(_ state: AppState) -> String { CheckInWizardTests.screen(state) }

    /// The step counter the header shows, such as `3 of 10`.
    static func step(_ state: AppState) -> String? {
        let text = screen(state)
        return (1...10).map { "\($0) of 10" }.first { text.contains($0) }
    }

    @Test func escapeFollowedByATextKeyOrBackspaceIsOneAltKey() {
        #expect(Key.character("b").afterEscape == .alt(.character("b")))
        #expect(Key.character("é").afterEscape == .alt(.character("é")))
        #expect(Key.backspace.afterEscape == .alt(.backspace))
        #expect(Key.alt(.character("b")).label == "Alt-b")
        #expect(Key.alt(.backspace).label == "Alt-Backspace")
    }

    @Test(arguments: [Key.escape, .up, .enter, .tab, .control("x"), .function(1), .paste("hello"), .alt(.character("b"))])
    func escapeBeforeAnotherKindOfKeyStaysTwoKeys(_ next: Key) {
        // Esc then an arrow, a paste or another Esc is a quick second press, not Alt: both must still act.
        #expect(next.afterEscape == nil)
    }

    @Test func altBAndAltFMoveByWordsAndAltBackspaceAndAltDDeleteThem() throws {
        var state = CheckInWizardTests.open(choice: 0)
        press(&state, .tab, .tab)
        let answering = Self.step(state)
        type(&state, "one two")
        press(&state, .alt(.character("b")))
        type(&state, "X")
        #expect(Self.screen(state).contains("one Xtwo"))
        #expect(Self.step(state) == answering, "Alt-b stays on the step")
        press(&state, .alt(.character("b")), .alt(.character("f")))
        type(&state, "Y")
        #expect(Self.screen(state).contains("one XtwoY"))
        press(&state, .alt(.backspace))
        type(&state, "end")
        #expect(Self.screen(state).contains("one end"))
        press(&state, .home, .alt(.character("d")))
        type(&state, "start")
        #expect(Self.screen(state).contains("start end"))
        #expect(Self.step(state) == answering)
        for _ in 0..<8 { press(&state, .pageDown) }
        let saved = try #require(CheckInWizardTests.savedCheckIn(press(&state, .enter)))
        #expect(saved.appreciations == ["start end"])
    }

    @Test func helpOnATextAnswerListsTheAltKeys() {
        var state = CheckInWizardTests.open(choice: 0)
        press(&state, .tab, .tab, .function(1))
        let help = Self.screen(state)
        #expect(help.contains("Alt-b"))
        #expect(help.contains("Cursor left one word"))
        #expect(help.contains("Alt-f"))
        #expect(help.contains("Alt-Backspace  Delete the word before the cursor (as Ctrl-W)"))
        #expect(help.contains("Alt-d"))
        #expect(help.contains("Delete the word after the cursor"))
    }

    @Test func wordKeysCrossLineBreaksAndRunsOfSpaces() {
        var area = TextArea("first line\nsecond   word")
        area.moveWordLeft()
        area.moveWordLeft()
        area.moveWordLeft()
        area.insert("^")
        #expect(area.text == "first ^line\nsecond   word")
        area.moveWordRight()
        area.moveWordRight()
        area.insert("$")
        #expect(area.text == "first ^line\nsecond$   word")
        area.deleteWordForward()
        #expect(area.text == "first ^line\nsecond$")
        area.deleteWordForward()
        #expect(area.text == "first ^line\nsecond$", "nothing after the cursor: nothing deleted")
    }

    @Test func anAltKeyWithNoUseHereChangesNoStepAndNoAnswer() throws {
        var state = CheckInWizardTests.open(choice: 0)
        press(&state, .tab, .tab)
        type(&state, "hi")
        let step = Self.step(state)
        for letter in ["x", "q", "j", "h"] {
            #expect(press(&state, .alt(.character(Character(letter)))).isEmpty)
            #expect(Self.step(state) == step, "Alt-\(letter) does not go back or on")
        }
        type(&state, "!")
        // On a list too, where a plain j or x would move or tick.
        press(&state, .backTab)
        let list = Self.screen(state)
        press(&state, .alt(.character("j")), .alt(.character("x")))
        #expect(Self.screen(state).contains("Alt-x does nothing here"))
        press(&state, .control("l"))  // clears the message
        #expect(Self.screen(state) == list)
        for _ in 0..<8 { press(&state, .pageDown) }
        let saved = try #require(CheckInWizardTests.savedCheckIn(press(&state, .enter)))
        #expect(saved.appreciations == ["hi!"])
        #expect(saved.lastIntentionReview == nil)
    }

    @Test func altQAtHomeDoesNotQuit() {
        var state = Fixtures.state(Fixtures.journal())
        let home = Self.screen(state)
        #expect(press(&state, .alt(.character("q"))).isEmpty)
        #expect(Self.screen(state).contains("Alt-q does nothing here"))
        press(&state, .alt(.character("c")), .control("l"))
        #expect(Self.screen(state) == home)
    }
}
