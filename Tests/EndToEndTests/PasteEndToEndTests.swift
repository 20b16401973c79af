import Foundation
import HearthTerminal
import HearthUI
import Testing

/// What arrives between the paste markers becomes one key, line breaks as `\n` whatever the terminal sent.
struct PastedTextTests {
    static func decoded(_ text: String) -> Key {
        var paste = PastedText()
        for scalar in text.unicodeScalars { paste.add(scalar.value) }
        return paste.key
    }

    @Test func lineBreaksOfEveryKindBecomeOneNewline() {
        #expect(Self.decoded("a\rb\nc\r\nd") == .paste("a\nb\nc\nd"))
        #expect(Self.decoded("\r\r") == .paste("\n\n"))
    }

    @Test func tabsStayAndOtherControlsAreDropped() {
        #expect(Self.decoded("a\tb\u{1B}c\u{7F}\u{7}") == .paste("a\tbc"))
    }

    @Test func accentsEmojiAndCJKArriveWhole() {
        // Combining marks arrive as scalars of their own and must join the letter before them.
        #expect(Self.decoded("Zoe\u{308} 美咲 👩🏽‍💻") == .paste("Zoë 美咲 👩🏽‍💻"))
    }
}

/// Pasting into the real binary: text fields take the paste whole, and no pasted line break presses Enter.
@Suite(.enabled(if: TmuxSession.tmux != nil, "tmux is not installed"), .endToEnd)
struct PasteEndToEndTests {
    @Test func aPasteStaysInItsAnswerAndNeverSavesTheReview() throws {
        let cli = try CheckInEndToEndTests.journal()
        defer { cli.cleanUp() }
        let session = try CheckInEndToEndTests.session(cli, ["checkin"])
        try session.waitFor("Who is checking in?")
        try session.press("Enter")
        try session.waitFor("Check-in · Zoë · 2026-W47")
        try session.press("Tab", "Tab")
        try session.paste("Tea in bed\nYou listened")
        try session.type("!")
        // Appreciations keep the line break, and the "!" typed next lands after the paste, on the same page.
        let appreciations = try session.waitFor("You listened!")
        #expect(TmuxSession.rows(appreciations).contains { $0.hasPrefix("Tea in bed") })
        #expect(appreciations.contains("3 of 10"))
        try session.press("Tab", "Tab")
        // "More of" is one line: the break becomes a space instead of moving on to "Less of".
        try session.paste("Walks\nafter dinner")
        try session.type("!")
        try session.waitFor("Walks after dinner!")
        for _ in 0..<9 { try session.press("PageDown") }
        try session.waitFor("Review before saving", "Enter saves ·")
        try session.paste("\n")
        let review = try session.waitFor("Pasted text goes into a text field")
        #expect(review.contains("Review before saving"))
        #expect(!review.contains("Saved"))
        #expect(!FileManager.default.fileExists(atPath: cli.journal.appendingPathComponent("checkins/2026/2026-W47-zoe.md").path))
        try session.press("C-x")
        try session.waitFor("Latest ratings")
        try session.press("q")
        let exit = try session.waitForExit()
        #expect(exit.status == 0)
        // The shell gets the terminal back without bracketed paste: a paste echoes without markers.
        try session.paste("after exit")
        #expect(!(try session.waitFor("after exit")).contains("200~"))
    }
}
