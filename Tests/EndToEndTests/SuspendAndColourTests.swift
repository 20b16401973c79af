import Foundation
import Testing

/// Ctrl-Z hands the terminal back and resumes where it was; colours follow NO_COLOR.
@Suite(.enabled(if: TmuxSession.tmux != nil, "tmux is not installed"), .endToEnd)
struct SuspendAndColourTests {
    @Test func ctrlZSuspendsWithTheTerminalRestoredAndResumes() throws {
        let session = try TmuxSession()
        try session.waitFor("Welcome to Hearth")
        try session.press("C-z")
        // Stopped, with the terminal back in cooked mode and the UI off the screen.
        let suspended = try session.waitFor("SUSPENDED")
        #expect(suspended.contains("SUSPENDED MODES=icanon echo"))
        #expect(!suspended.contains("Welcome to Hearth"))
        // Bracketed paste is off for the shell: the paste echoes without the terminal's markers around it.
        try session.paste("while away")
        #expect(!(try session.waitFor("while away")).contains("200~"))
        try session.press("Enter")  // the wrapper resumes it with fg
        try session.waitFor("Welcome to Hearth")
        try session.press("s")
        try session.waitFor("Set up Hearth")
        // And on again after resuming: a pasted line break stays in the name instead of moving on.
        try session.paste("Zoë\nKim")
        try session.waitFor("Zoë Kim")
        try session.press("Escape")
        try session.waitFor("Enter choose  q quit")
        try session.press("q")
        let exit = try session.waitForExit()
        #expect(exit.status == 0)
        #expect(exit.cooked)
    }

    /// Colours by default; monochrome under NO_COLOR and on a terminal that has no colours (a vt100).
    @Test(arguments: [[:], ["NO_COLOR": "1"], ["TERM": "vt100"]])
    func coloursUnlessNoColor(_ environment: [String: String]) throws {
        let noColor = !environment.isEmpty
        let session = try TmuxSession(environment: environment)
        try session.waitFor("Welcome to Hearth")
        try session.press("s")  // the setup form highlights the focused label in the accent colour
        // Down to the key line: the focused field, checked for colour below, is drawn before it.
        try session.waitFor("Set up Hearth", "Enter save  Esc back")
        let styled = try session.run(["capture-pane", "-p", "-e", "-t", session.target])
        // SGR 38;5;n or 3x sets a foreground colour; bold (1) and reverse (7) are fine in monochrome.
        let coloured = styled.contains("[38;5;") || styled.range(of: "\u{1B}\\[(3[0-7]|9[0-7])m", options: .regularExpression) != nil
        #expect(coloured == !noColor, "\(styled.debugDescription)")
        #expect(styled.contains("\u{1B}[7m") || styled.contains(";7m"), "the focused field shows as reverse video")
        try session.press("Escape")
        try session.waitFor("Enter choose  q quit")
        try session.press("q")
        #expect(try session.waitForExit().status == 0)
    }
}
