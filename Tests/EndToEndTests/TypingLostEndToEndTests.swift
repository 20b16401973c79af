import Foundation
import Testing

/// Typing is never lost in silence: in the real binary, the check-in's moment step takes letters typed at
/// once as text, and letters typed on its language chooser change nothing and say they were not typed.
@Suite(.enabled(if: TmuxSession.tmux != nil, "tmux is not installed"), .endToEnd)
struct TypingLostEndToEndTests {
    @Test func theMomentStepTakesTypingAtOnceAndItsChooserRefusesLettersOutLoud() throws {
        let cli = try CheckInEndToEndTests.journal()
        defer { cli.cleanUp() }
        let session = try CheckInEndToEndTests.session(cli, ["checkin", "--partner", "Zoë"])
        try session.waitFor("Check-in · Zoë · 2026-W47")
        for _ in 0..<6 {
            try session.press("PageDown")
            if (try? session.waitFor("A moment I gave 美咲", timeout: 1)) != nil { break }
        }
        let before = try session.waitFor("A moment I gave 美咲", "What I gave")
        let language = try #require(Self.language(in: before, after: "A moment I gave"))
        // Typed straight away, the words land in the answer.
        try session.type("Fixed the bike")
        try session.waitUntil("the moment typed under What I gave") { screen in
            let rows = TmuxSession.rows(screen)
            guard let label = rows.firstIndex(where: { $0.contains("What I gave") }) else { return false }
            return rows.indices.contains(label + 1) && rows[label + 1].contains("Fixed the bike")
        }
        // On the chooser, h and l are letters, not keys: the language stays and the bar says nothing was typed.
        try session.press("Up")
        try session.waitFor("‹ \(language) ›")
        try session.type("hl")
        let refused = try session.waitFor("“l” not typed: Tab to a text field")
        #expect(Self.language(in: refused, after: "A moment I gave") == language, "\(refused)")
        try session.press("Right")
        let changed = try session.waitUntil("the next language") { Self.language(in: $0, after: "A moment I gave") != language }
        #expect(!changed.contains("not typed"), "a used key clears the note")
        try session.press("C-x")
        try session.waitFor("Check-in paused")
        try session.press("q")
        #expect(try session.waitForExit().status == 0)
        let draft = try cli.file("drafts/2026-W47-zoe.md")
        #expect(draft.contains("Fixed the bike"), "\(draft)")
        #expect(!draft.contains("hl"))
    }

    /// The language on the `Love language:` row under the row holding `heading`.
    static func language(in screen: String, after heading: String) -> String? {
        let rows = TmuxSession.rows(screen)
        guard let start = rows.firstIndex(where: { $0.contains(heading) }) else { return nil }
        for row in rows[start...] where row.contains("Love language:") {
            let value = row.components(separatedBy: "Love language:")[1]
            return value.replacingOccurrences(of: "‹", with: "").replacingOccurrences(of: "›", with: "")
                .trimmingCharacters(in: .whitespaces)
        }
        return nil
    }
}
