import HearthUI
import Testing

/// Widgets rendered into small buffers, read back as text (ratatui-style).
struct WidgetTests {
    @Test func wideGraphemeThatDoesNotFitLeavesABlank() {
        var buffer = ScreenBuffer(size: Size(width: 5, height: 1))
        #expect(buffer.put("ab美咲", x: 0, y: 0) == 4)
        #expect(buffer.lines == ["ab美"])
        #expect(buffer[3, 0].width == 0)  // the right half of 美
    }

    @Test func overwritingHalfAWideGraphemeClearsTheOtherHalf() {
        var buffer = ScreenBuffer(size: Size(width: 6, height: 1))
        buffer.put("美咲", x: 0, y: 0)
        buffer.put("x", x: 1, y: 0)
        #expect(buffer.lines == [" x咲"])
        buffer.put("y", x: 2, y: 0)
        #expect(buffer.lines == [" xy"])
    }

    @Test func listKeepsTheSelectionVisibleAndShowsScrollArrows() {
        var state = ListState()
        state.move(by: 7, count: 10)
        var buffer = ScreenBuffer(size: Size(width: 12, height: 3))
        ListView(items: (1...10).map { "item \($0)" }, state: state).render(into: &buffer, in: Rect(buffer.size))
        #expect(buffer.lines == ["  item 6   ↑", "  item 7", "› item 8   ↓"])
        #expect(buffer[2, 2].style == .selected)
        state.move(by: 99, count: 10)
        #expect(state.selected == 9)
    }

    @Test func panelDrawsABoxWithATitle() {
        var buffer = ScreenBuffer(size: Size(width: 12, height: 3))
        Panel(title: "Zoë").render(into: &buffer, in: Rect(buffer.size))
        #expect(buffer.lines == ["┌─ Zoë ────┐", "│          │", "└──────────┘"])
    }

    /// Two hinted keys, as home had before it grew more: the status bar tests are about the bar, not home.
    static let twoHints = Keymap(title: "Two", bindings: [
        KeyBinding([.character("?")], .help, hint: "help"), KeyBinding([.character("q")], .quit, hint: "quit"),
    ])

    @Test func statusBarGivesAnErrorPriorityOverHints() {
        var buffer = ScreenBuffer(size: Size(width: 30, height: 1))
        StatusBar(keymap: Self.twoHints, message: "disk full", messageStyle: .warning).render(into: &buffer, in: Rect(buffer.size))
        #expect(buffer.lines == ["? help  q quit       disk full"])
        var narrow = ScreenBuffer(size: Size(width: 12, height: 1))
        StatusBar(keymap: Self.twoHints, message: "cannot write profile", messageStyle: .warning).render(into: &narrow, in: Rect(narrow.size))
        #expect(narrow.lines == ["cannot writ…"])
    }

    @Test func anInformationalNoteGivesWayToTheKeyHints() {
        var buffer = ScreenBuffer(size: Size(width: 30, height: 1))
        StatusBar(keymap: Self.twoHints, message: "demo journal in /tmp/hearth-demo-1", messageStyle: .accent)
            .render(into: &buffer, in: Rect(buffer.size))
        #expect(buffer.lines == ["? help  q quit   demo journal…"])
    }

    @Test func textFieldEditsByGraphemeAndScrollsToTheCursor() {
        var field = TextField("")
        for character in "👍🏽ab" { field.insert(character) }
        field.moveLeft()
        field.moveLeft()
        field.deleteBackward()  // the whole thumbs-up with its skin tone, not half of it
        #expect(field.text == "ab")
        field.moveToEnd()
        for character in "cdefgh" { field.insert(character) }
        var buffer = ScreenBuffer(size: Size(width: 4, height: 1))
        let cursor = field.render(into: &buffer, x: 0, y: 0, width: 4, style: .normal)
        #expect(buffer.lines == ["fgh"])
        #expect(cursor == 3)
    }
}
