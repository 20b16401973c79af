import Foundation
import Testing

/// The Trends screen in a real terminal over a demo journal written by `hearth demo`.
@Suite(.enabled(if: TmuxSession.tmux != nil, "tmux is not installed"), .endToEnd)
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

    @Test func at60x20TheRangeTypeAndAPointOpenTheirWeek() throws {
        let cli = try HomeEndToEndTests.demoFolder()
        defer { cli.cleanUp() }
        let session = try TmuxSession(width: 60, height: 20, arguments: ["--dir", cli.journal.path])
        try session.waitFor("Latest ratings")
        try session.press("t")
        // At 60 columns the title leaves out its weeks (the axis shows them) so the names stay whole.
        try session.waitFor("Trends: 6 months, all types, Zoë and 美咲", "Insights (last 26 weeks)")
        // A year: the new label, the axis from its first week and the insights' longer window, all on one frame.
        try session.press("r")
        let year = try session.waitFor("Trends: 1 year, all types", "2025-W48          2026-W47",
                                       "Insights (last 52 weeks)")
        #expect(!year.contains("2026-W22"))
        // One type: the line chart with both partners' bands and the latest week's readout.
        try session.press("t")
        let emotional = try session.waitFor("Trends: 1 year, Emotional", "2026-W47: Zoë 4, 美咲 3")
        #expect(emotional.contains("Emotional: last 3.5, avg 3.6") && emotional.contains("美咲"))
        try session.press("Left", "Left", "Left")
        try session.waitFor("2026-W44: Zoë 3, 美咲 3")
        try session.press("Enter")
        let week = try session.waitFor("2026-W44 · 26 Oct – 1 Nov 2026", "r private  Esc back")
        #expect(week.contains("Appreciations"))
        try session.press("Escape")
        try session.waitFor("Trends: 1 year, Emotional", "2026-W44: Zoë 3, 美咲 3",
                            "r range  t type  p who  Enter week  Esc back")
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
        // ASCII is for symbols: the names stay as written (trends alone showed `Zoe` and `misaki`).
        #expect(screen.contains("2026-W47: Zoë ") && screen.contains("美咲"), "\(screen)")
        #expect(!screen.contains("misaki") && !screen.contains("Zoe "))
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
