import Foundation
import Testing

/// Keys as a real terminal sends them (escape sequences, control bytes, UTF-8) arrive as the right Key.
@Suite(.enabled(if: TmuxSession.tmux != nil, "tmux is not installed"), .endToEnd)
struct KeyDecodingTests {
    @Test func editingKeysInTheSetupForm() throws {
        let session = try TmuxSession()
        try session.waitFor("Welcome to Hearth")
        try session.press("Down", "Up", "Enter")  // arrows move the list; Enter picks "Set up our journal"
        try session.waitFor("Set up Hearth")
        try session.type("Zoëxy")
        try session.press("BSpace", "Left", "DC")  // Backspace removes y, Delete removes x
        try session.press("Home")
        try session.type("[")
        try session.press("End")
        try session.type("]")
        try session.waitFor("[Zoë]")
        try session.press("Tab", "BTab")  // Shift-Tab comes back to the name
        try session.type("!")
        try session.waitFor("[Zoë]!")
        try session.press("F1")
        try session.waitFor("Keys: Setup")
        try session.press("Escape", "Escape")
        try session.waitFor("Welcome to Hearth")
        try session.press("q")
        #expect(try session.waitForExit().status == 0)
    }

    /// Control bytes and page keys as the terminal sends them, in a check-in answer.
    @Test func controlAndPageKeysInACheckInAnswer() throws {
        let cli = try CheckInEndToEndTests.journal()
        defer { cli.cleanUp() }
        let session = try AltKeyEndToEndTests.answering(cli)
        try session.type("one two three")
        try session.waitFor("one two three")
        try session.press("C-w")  // the word before the cursor
        try session.type("2")
        try session.waitFor("one two 2", "3 of 10")
        try session.press("C-u")  // the line before the cursor
        try session.type("again")
        let cleared = try session.waitFor("again", "3 of 10")
        #expect(!cleared.contains("one two"))
        try session.press("NPage")
        try session.waitFor("4 of 10")
        try session.press("PPage")
        try session.waitFor("again", "3 of 10")
        try session.press("C-x")
        try session.waitFor("Latest ratings")
        try session.press("q")
        #expect(try session.waitForExit().status == 0)
    }
}
