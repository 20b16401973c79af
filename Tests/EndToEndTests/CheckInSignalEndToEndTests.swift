import Foundation
import Testing

/// `hearth checkin --week`, and a check-in stopped by `kill`.
@Suite(.enabled(if: TmuxSession.tmux != nil, "tmux is not installed"), .endToEnd)
struct CheckInSignalEndToEndTests {
    @Test func weekOpensTheWizardOnThatWeekAndSIGTERMKeepsTheAnswerBeingTyped() throws {
        let cli = try CheckInEndToEndTests.journal()
        defer { cli.cleanUp() }
        let session = try CheckInEndToEndTests.session(cli, ["checkin", "--partner", "zoe", "--week", "2026-W45"])
        try session.waitFor("Check-in · Zoë · 2026-W45", "1 of 10")
        try session.type("4")
        try session.waitFor("Emotional    4")
        try session.press("Tab", "Tab")
        try session.waitFor("Appreciations, one per line")
        try session.type("half a thou")
        try session.waitFor("half a thou")
        kill(try session.hearthPID(), SIGTERM)
        #expect(try session.waitForExit().status == 143)
        #expect(try cli.files(under: "checkins").isEmpty)
        let draft = try cli.file("drafts/2026-W45-zoe.md")
        #expect(draft.contains("week: 2026-W45"))
        #expect(draft.contains("emotional: 4"))
        #expect(draft.contains("- half a thou"))
    }

    @Test func weekWithoutAPartnerAsksWhoForThatWeek() throws {
        let cli = try CheckInEndToEndTests.journal()
        defer { cli.cleanUp() }
        let session = try CheckInEndToEndTests.session(cli, ["checkin", "--week", "2026-11-04"])
        let screen = try session.waitFor("Who is checking in?", "taking turns")
        #expect(screen.contains("2026-W45"))
        try session.press("Enter")
        try session.waitFor("Check-in · Zoë · 2026-W45")
        try session.press("C-x")
        try session.press("q")
        #expect(try session.waitForExit().status == 0)
    }
}
