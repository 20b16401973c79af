import Foundation
import Testing

/// History, a week and search in the real binary, in tmux, over a 2-year demo journal on disk.
@Suite(.enabled(if: TmuxSession.tmux != nil, "tmux is not installed"), .endToEnd)
struct BrowseEndToEndTests {
    @Test func historyOpensAWeekAndSearchLandsOnTheWeekOfAMatch() throws {
        let cli = try HomeEndToEndTests.demoFolder()
        defer { cli.cleanUp() }
        let session = try TmuxSession(arguments: ["--dir", cli.journal.path])
        try session.waitFor("Latest ratings")
        try session.press("h")
        // Each screen is waited for down to its key line, the frame's lowest: the rows asserted on lie between.
        try session.waitFor("History · 103 weeks", "f filter  Esc back")
        #expect(session.lastScreen.contains("› 2026-W47  16 Nov 2026"))
        try session.press("j", "j", "Enter")
        let week = try session.waitFor("2026-W45 · 2–8 Nov 2026", "r private  Esc back")
        #expect(week.contains("Emotional") && week.contains("Appreciations"))
        try session.press("p")
        try session.waitFor("2026-W44 · 26 Oct – 1 Nov 2026")
        try session.press("Escape")
        try session.waitFor("› 2026-W44")
        // Search from history: accents do not matter, and Enter lands on the match's week.
        try session.press("/")
        try session.waitFor("Search:")
        try session.type("CAFE")
        // Results follow every letter, so the frame must be the one for all of "CAFE", and the selected match
        // under it must be drawn: its excerpt (the line below it) shows the word it matched.
        let results = try session.waitUntil("matches for CAFE") { screen in
            let rows = TmuxSession.rows(screen)
            guard rows.first?.hasPrefix("Search: CAFE ") == true, screen.contains(" matches"),
                  let selected = rows.firstIndex(where: { $0.hasPrefix("› ") && $0.contains("-W") }) else { return false }
            return rows.indices.contains(selected + 1) && rows[selected + 1].contains("café")
        }
        let first = try #require(TmuxSession.rows(results).first { $0.hasPrefix("› ") && $0.contains("-W") })
        let weekOfMatch = try #require(first.split(separator: " ").first { $0.contains("-W") })
        try session.press("Enter")
        // The results list the week as "2026-W24 · Zoë · …" too: wait for the week's own title and key line.
        let landed = try session.waitUntil("the week \(weekOfMatch)") {
            TmuxSession.rows($0).first?.hasPrefix("\(weekOfMatch) · ") == true && $0.contains("r private  Esc back")
        }
        #expect(landed.contains("café"))
        try session.press("Escape")
        try session.waitFor("Search: CAFE")
        try session.press("Escape")
        try session.waitFor("History ·")
        try session.press("q")
        let exit = try session.waitForExit()
        #expect(exit.status == 0)
        #expect(exit.cooked)
    }

    @Test func goToAWeekByItsDateAndRevealAPrivateReflection() throws {
        let cli = try HomeEndToEndTests.demoFolder()
        defer { cli.cleanUp() }
        let session = try TmuxSession(width: 80, height: 50, arguments: ["--dir", cli.journal.path])
        try session.waitFor("Latest ratings")
        try session.press("h", "g")
        try session.waitFor("Go to week:")
        try session.type("2026-11-18")
        try session.press("Enter")
        try session.waitFor("2026-W47 · 16–22 Nov 2026")
        try session.press("End")
        try session.waitFor("🔒 hidden · r shows it")
        // r names whose reflection it is about to show and waits for a yes; no and other keys show nothing.
        try session.press("r")
        var screen = try session.waitFor("Show Zoë's private reflection?", "y yes  n no")
        #expect(!screen.contains("I felt connected on Sunday"))
        try session.press("x")
        screen = try session.waitFor("Press y for yes or n for no")
        #expect(!screen.contains("I felt connected on Sunday"))
        try session.press("n")
        screen = try session.waitFor("Reflections stay hidden.")
        #expect(!screen.contains("I felt connected on Sunday"))
        try session.press("r")
        try session.waitFor("Show Zoë's private reflection?")
        try session.press("y")
        try session.waitFor("I felt connected on Sunday")
        try session.press("q")
        #expect(try session.waitForExit().status == 0)
    }
}
