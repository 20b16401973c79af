import Foundation
import Testing

/// The Trends screen in a real terminal over a demo journal written by `hearth demo`.
@Suite(.enabled(if: TmuxSession.tmux != nil, "tmux is not installed"), .timeLimit(.minutes(1)))
struct TrendsEndToEndTests {
    @Test func tOpensTrendsEnterShowsAWeekEscGoesHome() throws {
        let cli = try HomeEndToEndTests.demoFolder()
        defer { cli.cleanUp() }
        let session = try TmuxSession(width: 120, height: 40, arguments: ["--dir", cli.journal.path])
        try session.waitFor("Latest ratings")
        try session.press("t")
        // The end of the key line, the frame's last, which is asserted on whole below.
        let trends = try session.waitFor("Insights (last 26 weeks)", "Esc back  q quit")
        #expect(trends.contains("Trends: 6 months (2026-W22 to 2026-W47), all types, Zoë and 美咲"))
        #expect(trends.contains("r range  t type  p who  Enter week  Esc back"))
        try session.press("t", "Left", "Space")
        let peek = try session.waitFor("Week 2026-W46")
        #expect(peek.contains("Trends: 6 months (2026-W22 to 2026-W47), Emotional"))
        try session.press("Escape", "Enter")
        let week = try session.waitFor("2026-W46 · 9–15 Nov 2026", "r private  Esc back")
        #expect(week.contains("Appreciations"))
        try session.press("Escape")
        try session.waitFor("Trends: 6 months (2026-W22 to 2026-W47), Emotional")
        try session.press("Escape")
        try session.waitFor("Latest ratings")
        try session.press("q")
        #expect(try session.waitForExit().status == 0)
    }

    @Test func linuxConsoleGetsASCIICharts() throws {
        let cli = try HomeEndToEndTests.demoFolder()
        defer { cli.cleanUp() }
        let session = try TmuxSession(width: 100, height: 30, arguments: ["--dir", cli.journal.path],
                                      environment: ["TERM": "linux"])
        try session.waitFor("Latest ratings")
        try session.press("t", "t")
        // Down to the week's readout under the chart ("2026-W47: Zoe 4, …"), the chart's lowest row: the
        // heading alone can be captured before the chart below it is drawn.
        let screen = try session.waitFor("Emotional: last", "2026-W47: ")
        // Digits at their heights, no braille.
        #expect(!screen.unicodeScalars.contains { (0x2800...0x28FF).contains($0.value) })
        #expect(screen.contains("5|"))
        try session.press("q")
        #expect(try session.waitForExit().status == 0)
    }

    @Test(arguments: [["--ascii"], ["ui", "--ascii"]])
    func asciiFlagDrawsThePlainSymbolsOnAUTF8Terminal(_ arguments: [String]) throws {
        let cli = try HomeEndToEndTests.demoFolder()
        defer { cli.cleanUp() }
        let session = try TmuxSession(width: 100, height: 30, arguments: arguments + ["--dir", cli.journal.path])
        // Down to the key line, the frame's last row.
        let home = try session.waitFor("Latest ratings", "? help")
        #expect(home.contains("Hearth - "))
        // Only the names (Zoë, 美咲) and what the demo couple wrote may be outside ASCII; no rule, dot or mark.
        for symbol in ["─", "·", "●", "✓", "–"] { #expect(!home.contains(symbol), "\(symbol)") }
        try session.press("q")
        #expect(try session.waitForExit().status == 0)
    }
}
