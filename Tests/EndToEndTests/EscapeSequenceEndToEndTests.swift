import Foundation
import Testing

/// Keys whose escape sequences `$TERM` does not list: hearth run with TERM=xterm-256color inside tmux, which
/// sends its own (`Esc [ 1 ~` for Home), and sequences that are no key at all.
@Suite(.enabled(if: TmuxSession.tmux != nil, "tmux is not installed"), .endToEnd)
struct EscapeSequenceEndToEndTests {
    @Test func homeEndAndOtherSequencesInAnAnswerMoveTheCursorAndTypeNothing() throws {
        let cli = try CheckInEndToEndTests.journal()
        defer { cli.cleanUp() }
        let session = try SignalRestoreEndToEndTests.answering(cli, "middle", environment: ["TERM": "xterm-256color"])
        try session.send("\u{1B}[1~")  // Home as tmux sends it
        try session.type("<")
        try session.send("\u{1B}[4~")  // End
        try session.type(">")
        try session.waitFor("<middle>")
        try session.send("\u{1B}[7~")  // rxvt's Home
        try session.type("(")
        try session.send("\u{1B}[8~")  // rxvt's End
        try session.type(")")
        try session.waitFor("(<middle>)")
        // Sequences that are no key: a colour, an unknown number, a title string, an unknown SS3; then Ctrl-Home.
        try session.send("\u{1B}[38;5;1m\u{1B}[99~\u{1B}]0;title\u{07}\u{1B}Oz\u{1B}[1;5H")
        try session.type("!")
        try session.waitFor("!(<middle>)")
        try session.send("\u{1B}[3~")  // Delete, under the cursor after the "!"
        try session.waitFor("!<middle>)")
        try session.send("\u{1B}[2~")  // Insert: no use here, and it says so
        try session.waitFor("Insert does nothing here")
        try session.send("\u{1B}[11~")  // F1 as vt220 sends it
        try session.waitFor("Keys: Check-in: writing")
        try session.press("Escape")
        try session.waitUntil("help to close") { !$0.contains("Keys: Check-in: writing") }
        try session.press("C-x")
        try session.waitFor("Latest ratings")
        try session.press("q")
        #expect(try session.waitForExit().status == 0)
        let draft = try cli.file("drafts/2026-W45-zoe.md")
        #expect(draft.contains("- !<middle>)\n"), "\(draft)")
        #expect(!draft.contains("~") && !draft.contains("title") && !draft.contains("\u{1B}"), "\(draft)")
    }
}

extension TmuxSession {
    /// Bytes exactly as given, in one write to the terminal (escape sequences a terminal would send).
    func send(_ bytes: String) throws {
        try run(["send-keys", "-t", target, "-H"] + bytes.utf8.map { String($0, radix: 16) })
    }
}
