import Foundation
import Testing

/// Rituals and moments through the real UI on the demo journal: what the keys do ends up in the files,
/// and `hearth doctor` finds nothing wrong afterwards.
@Suite(.enabled(if: TmuxSession.tmux != nil, "tmux is not installed"), .endToEnd)
struct RitualsEndToEndTests {
    @Test func addARitualMarkItKeptAndLogAMoment() throws {
        let cli = try HomeEndToEndTests.demoFolder()
        defer { cli.cleanUp() }
        let checkInBefore = try cli.file("checkins/2026/2026-W47-zoe.md")
        let session = try TmuxSession(arguments: ["--dir", cli.journal.path])
        try session.waitFor("Latest ratings")

        // Rituals: add "Tea at dusk", weekly on Sunday, feeding nothing in particular.
        try session.press("r")
        try session.waitFor("Rituals · 2026-W47")
        try session.press("a")
        try session.waitFor("New ritual")
        try session.type("Tea at dusk")
        // Name, repeats, day, then one row per intimacy type (the demo couple added Sexual): Enter on the last saves.
        for _ in 0..<9 { try session.press("Enter") }
        try session.waitFor("Added Tea at dusk")
        #expect(session.lastScreen.contains("› Tea at dusk"))
        // Space asks to mark the selected (new) ritual kept, as Zoë; y saves it.
        try session.press("Space")
        try session.waitFor("Mark Tea at dusk kept for Zoë in 2026-W47?")
        try session.press("y")
        try session.waitFor("Tea at dusk: kept by Zoë")
        try session.press("Escape")
        try session.waitFor("Latest ratings")

        // Love languages: log a moment from Zoë to 美咲.
        try session.press("l")
        try session.waitFor("Who prefers what")
        try session.press("a")
        try session.waitFor("today, 2026-11-18")
        try session.type("Brought tea to bed")
        try session.press("Enter", "Enter")
        try session.waitFor("Logged Zoë → 美咲")
        #expect(session.lastScreen.contains("Brought tea to bed"))
        try session.press("q")
        #expect(try session.waitForExit().status == 0)

        let rituals = try cli.file("rituals.md")
        #expect(rituals.contains("- id: tea-at-dusk\n    name: \"Tea at dusk\"\n    cadence: weekly sunday\n    status: active\n    since: 2026-W47"))
        let checkIn = try cli.file("checkins/2026/2026-W47-zoe.md")
        #expect(checkIn.contains("- ritual: tea-at-dusk\n    status: kept"))
        // Everything the check-in held before is still there: only a mark was added.
        for line in checkInBefore.split(separator: "\n") where !line.hasPrefix("rituals:") {
            #expect(checkIn.contains(line), "lost: \(line)")
        }
        let moments = try cli.file("moments/2026/2026-W47-zoe.md")
        #expect(moments.contains("text: \"Brought tea to bed\""))
        #expect(moments.contains("date: 2026-11-18"))
        let doctor = try cli.run(["doctor"])
        #expect(doctor.status == 0, "\(doctor.stdout)\(doctor.stderr)")
        #expect(doctor.stdout.contains("No problems"))
    }

    @Test func ritualsAndLoveLanguagesAt40x12() throws {
        let cli = try HomeEndToEndTests.demoFolder()
        defer { cli.cleanUp() }
        let session = try TmuxSession(width: 40, height: 12, arguments: ["--dir", cli.journal.path])
        try session.waitFor("This week")
        try session.press("r")
        let rituals = try session.waitFor("Strength")
        #expect(rituals.contains("Weekly check-in"))
        try session.press("?")
        try session.waitFor("Keys: Rituals")
        try session.press("Escape", "Escape", "l")
        // Down to the key line: the rows below the heading still held the help until then.
        let love = try session.waitFor("Who prefers what", "a add moment  Esc back")
        #expect(love.contains("Zoë") && love.contains("美咲"))
        try session.press("q")
        #expect(try session.waitForExit().status == 0)
    }
}
