import HearthUI
import Testing

/// Text entry people can trust: whole graphemes, in any script, however they arrive from the terminal.
struct CheckInTextAreaTests {
    /// Types text the way a terminal delivers it: one Unicode scalar per key.
    static func typed(_ text: String, into area: inout TextArea) {
        for scalar in text.unicodeScalars { area.insert(Character(scalar)) }
    }

    @Test(arguments: ["👩🏽‍💻", "美咲", "e\u{301}", "مرحبا بالعالم", "🇯🇵", "한국어"])
    func scalarsTypedOneByOneBecomeWholeGraphemes(_ text: String) {
        var area = TextArea()
        Self.typed(text, into: &area)
        #expect(area.text == text)
        #expect(area.characters.count == text.count)
        #expect(area.cursor == text.count)
    }

    @Test func theWomanTechnologistIsOneCharacterForTheCursorAndForBackspace() {
        var area = TextArea()
        Self.typed("a👩🏽‍💻b", into: &area)
        #expect(area.characters.count == 3)
        area.moveLeft()
        area.deleteBackward()
        #expect(area.text == "ab")
        #expect(area.cursor == 1)
    }

    @Test func anAccentTypedAfterItsLetterJoinsItAndDeletesWithIt() {
        var area = TextArea()
        Self.typed("cafe\u{301}!", into: &area)
        #expect(area.text == "café!")
        #expect(area.characters.count == 5)
        area.moveLeft()
        area.deleteBackward()
        #expect(area.text == "caf!")
        area.moveToLineStart()
        area.deleteForward()
        #expect(area.text == "af!")
    }

    @Test func cjkMovesOneCharacterAtATimeAndTakesTwoColumns() {
        var area = TextArea("美咲さん")
        area.moveLeft()
        area.moveLeft()
        area.deleteBackward()
        #expect(area.text == "美さん")
        var buffer = ScreenBuffer(size: Size(width: 10, height: 1))
        let cursor = area.render(into: &buffer, in: Rect(x: 0, y: 0, width: 10, height: 1), style: .normal)
        #expect(buffer.lines == ["美さん"])
        #expect(cursor == Position(x: 2, y: 0))
    }

    @Test func arabicTextIsKeptInLogicalOrderAndIntact() {
        let phrase = "شكرا على العشاء"
        var area = TextArea()
        Self.typed(phrase, into: &area)
        area.moveToLineStart()
        area.moveRight()
        area.deleteForward()
        #expect(area.text == "شرا على العشاء")
        area.insert("ك")
        #expect(area.text == phrase)
    }

    @Test func ctrlWDeletesTheWordBeforeTheCursorAndCtrlUTheLine() {
        var area = TextArea("first line\nwalk after dinner  ")
        area.deleteWordBackward()
        #expect(area.text == "first line\nwalk after ")
        area.deleteWordBackward()
        #expect(area.text == "first line\nwalk ")
        area.deleteToLineStart()
        #expect(area.text == "first line\n")
        area.deleteWordBackward()
        #expect(area.text == "first line")
    }

    @Test func upAndDownWalkWrappedRowsAtTheFieldsWidthInScreenColumns() {
        var area = TextArea("aaaa bbbb cccc dddd eeee ffff gggg hhhh iiii jjjj")
        var moved: Bool
        #expect(area.cursorPlace(width: 38, rows: area.rows(width: 38)) == Position(x: 14, y: 1))
        moved = area.moveRow(by: -1, width: 38)
        #expect(moved)
        #expect(area.cursor == 14)
        moved = area.moveRow(by: -1, width: 38)
        #expect(!moved)
        moved = area.moveRow(by: 1, width: 38)
        #expect(moved)
        #expect(area.cursor == 49)
        // Wide characters: the cursor keeps its screen column and never lands inside one.
        var wide = TextArea("a美咲美咲")
        moved = wide.moveRow(by: -1, width: 5)
        #expect(moved)
        #expect(wide.cursor == 2)
        #expect(wide.cursorPlace(width: 5, rows: wide.rows(width: 5)) == Position(x: 3, y: 0))
        moved = wide.moveRow(by: 1, width: 5)
        #expect(moved)
        #expect(wide.cursorPlace(width: 5, rows: wide.rows(width: 5)) == Position(x: 2, y: 1))
    }

    @Test func homeAndEndWorkOnTheCursorsLineAndUpDownKeepTheColumn() {
        var area = TextArea("one\ntwo three\nsix")
        area.moveToLineStart()
        #expect(area.cursor == 14)
        var moved = area.moveRow(by: -1, width: 80)
        #expect(moved)
        #expect(area.cursor == 4)
        area.moveToLineEnd()
        #expect(area.cursor == 13)
        moved = area.moveRow(by: -1, width: 80)
        #expect(moved)
        #expect(area.cursor == 3)
        moved = area.moveRow(by: -1, width: 80)
        #expect(!moved)
    }

    @Test func aSingleLineFieldTurnsLineBreaksIntoSpacesSoWordsStayApart() {
        var area = TextArea(multiline: false)
        area.insert("Walks\r\nafter dinner\nand  \ntea")
        #expect(area.text == "Walks after dinner and  tea")
        var long = TextArea(multiline: true)
        long.insert("Walks\r\nafter dinner\r\ntea")
        #expect(long.text == "Walks\nafter dinner\ntea")
        var short = TextArea(multiline: false, limit: 4)
        short.insert("1h 40m")
        #expect(short.text == "1h 4")
        #expect(short.isFull)
    }

    @Test func aLongPasteIsKeptWhole() {
        let paragraph = String(repeating: "We walked by the river and talked about 夏休み 🌊. ", count: 200)
        let paste = String(paragraph.prefix(5_000))
        var area = TextArea()
        for character in paste { area.insert(character) }
        #expect(area.text == paste)
        #expect(area.characters.count == 5_000)
        var buffer = ScreenBuffer(size: Size(width: 40, height: 6))
        let cursor = area.render(into: &buffer, in: Rect(x: 0, y: 0, width: 40, height: 6), style: .normal)
        // The end of the text shows, with the cursor after it.
        #expect(buffer.lines.contains { !$0.isEmpty })
        #expect(cursor.map { $0.y < 6 } == true)
        for line in buffer.lines { #expect(line.terminalWidth <= 40) }
    }

    @Test func wrapsAtSpacesWithinTheFieldWidthInColumns() {
        let area = TextArea("美咲 and Zoë went to the sea 🌊 today")
        var buffer = ScreenBuffer(size: Size(width: 12, height: 4))
        area.render(into: &buffer, in: Rect(x: 0, y: 0, width: 12, height: 4), style: .normal)
        #expect(buffer.lines == ["美咲 and Zoë", "went to the", "sea 🌊 today", ""])
    }

    @Test func aWordLongerThanTheFieldIsCutBetweenGraphemesNeverInsideOne() {
        let area = TextArea("👩🏽‍💻👩🏽‍💻👩🏽‍💻")
        let rows = area.rows(width: 5)
        #expect(rows.map(\.count) == [2, 1])
        var buffer = ScreenBuffer(size: Size(width: 5, height: 2))
        area.render(into: &buffer, in: Rect(x: 0, y: 0, width: 5, height: 2), style: .normal)
        #expect(buffer.lines == ["👩🏽‍💻👩🏽‍💻", "👩🏽‍💻"])
    }

    @Test func graphemesJoinedWhileTypingAreMeasuredAsTheWholeGrapheme() {
        var area = TextArea()
        // 👩 alone is two columns, and so is the finished technologist; the accent adds none to the e.
        Self.typed("👩🏽‍💻👩🏽‍💻e\u{301}e\u{301}", into: &area)
        #expect(area.rows(width: 4).map(\.count) == [2, 2])
        #expect(area.cursorPlace(width: 4, rows: area.rows(width: 4)) == Position(x: 2, y: 1))
    }

    @Test func theCursorAfterAFullRowMovesToTheNextRow() {
        let area = TextArea("abcde")
        #expect(area.cursorPlace(width: 5, rows: area.rows(width: 5)) == Position(x: 0, y: 1))
        #expect(area.cursorPlace(width: 6, rows: area.rows(width: 6)) == Position(x: 5, y: 0))
    }

    @Test func theViewScrollsToKeepTheCursorRowVisible() {
        let area = TextArea("1\n2\n3\n4\n5")
        var buffer = ScreenBuffer(size: Size(width: 4, height: 2))
        let cursor = area.render(into: &buffer, in: Rect(x: 0, y: 0, width: 4, height: 2), style: .normal)
        #expect(buffer.lines == ["4", "5"])
        #expect(cursor == Position(x: 1, y: 1))
    }
}
