import Foundation
import Testing

/// Alt keys as a terminal sends them (Esc and the key in one write) reach the check-in as one key.
@Suite(.enabled(if: TmuxSession.tmux != nil, "tmux is not installed"), .endToEnd)
struct AltKeyEndToEndTests {
    /// Zoë alone, on the appreciations step (the first text answer).
    static func answering(_ cli: HearthCLI) throws -> TmuxSession {
        let session = try CheckInEndToEndTests.session(cli, ["checkin"])
        try session.waitFor("Who is checking in?")
        try session.press("Enter")
        try session.waitFor("Check-in · Zoë · 2026-W47", "1 of 10")
        try session.press("Tab")
        try session.waitFor("No intention was set last week", "2 of 10")
        try session.press("Tab")
        try session.waitFor("3 of 10")
        return session
    }

    @Test func altKeysEditTheAnswerOnItsStepWhileEscStillGoesBack() throws {
        let cli = try CheckInEndToEndTests.journal()
        defer { cli.cleanUp() }
        let session = try Self.answering(cli)
        try session.type("one two")
        try session.waitFor("one two")
        try session.press("M-b")
        try session.type("X")
        // Before the fix the Esc went back a step and the b was typed into that step.
        try session.waitFor("one Xtwo", "3 of 10")
        try session.type("\u{1B}f")  // the same as a terminal's Alt-f, written out
        try session.type("Y")
        try session.waitFor("one XtwoY", "3 of 10")
        try session.press("M-BSpace")
        try session.type("end")
        try session.waitFor("one end", "3 of 10")
        // A lone Esc still goes back at once.
        try session.press("Escape")
        try session.waitFor("No intention was set last week", "2 of 10")
        // Esc and an arrow at once stay two keys: back a step, then Down on that step's list (the ratings:
        // last week's intention step has nothing to choose when no intention was set).
        try session.press("Escape", "Down")
        try session.waitFor("› Physical", "1 of 10")
        try session.press("C-x")
        try session.waitFor("Latest ratings")
        try session.press("q")
        #expect(try session.waitForExit().status == 0)
    }
}
