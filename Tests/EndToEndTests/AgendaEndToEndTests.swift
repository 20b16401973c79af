import Foundation
import Testing

/// agenda.md rewritten on disk drives the wizard with no code change.
@Suite(.enabled(if: TmuxSession.tmux != nil, "tmux is not installed"), .endToEnd)
struct AgendaEndToEndTests {
    @Test func aReorderedAgendaWithADroppedStepAndANewQuestionDrivesTheWizardAndTheFile() throws {
        let cli = try CheckInEndToEndTests.journal()
        defer { cli.cleanUp() }
        // Intention first, a question of our own, ratings last; everything else dropped.
        try """
            ---
            hearth: 1
            steps:
              - kind: intention
                title: "Our plan"
                prompt: "What will we do next week?"
              - kind: question
                id: money-talk
                title: "Money"
                prompt: "Anything about money on your mind?"
              - kind: ratings
                title: "Closeness"
                prompt: "Rate each."
            ---

            """.write(to: cli.journal.appendingPathComponent("agenda.md"), atomically: true, encoding: .utf8)
        let session = try CheckInEndToEndTests.session(cli, ["checkin", "--partner", "zoe"])
        var screen = try session.waitFor("What will we do next week?")
        #expect(screen.contains("1 of 4"))
        #expect(screen.contains("Our plan"))
        try session.type("Cook on Thursday")
        try session.press("Tab")
        screen = try session.waitFor("Anything about money on your mind?")
        #expect(screen.contains("2 of 4"))
        try session.type("Budget for the trip")
        try session.press("Tab")
        screen = try session.waitFor("Rate each.")
        #expect(screen.contains("3 of 4"))
        try session.type("4")
        try session.waitFor("Emotional    4")
        try session.press("Tab")
        screen = try session.waitFor("Review before saving")
        #expect(screen.contains("4 of 4"))
        #expect(!screen.contains("Appreciations"), "a dropped step is not asked or shown")
        try session.press("Enter")
        try session.waitFor("It is a plain Markdown file")
        try session.press("Enter")
        try session.press("q")
        #expect(try session.waitForExit().status == 0)
        let file = try cli.file("checkins/2026/2026-W47-zoe.md")
        #expect(file.contains("answers:\n  money-talk: \"Budget for the trip\"\n"))
        #expect(file.contains("emotional: 4"))
        #expect(file.contains("Cook on Thursday"))
    }
}
