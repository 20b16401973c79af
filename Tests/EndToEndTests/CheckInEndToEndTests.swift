import Foundation
import Testing

/// The check-in wizard in the real binary, typed into a real terminal the way a couple would.
@Suite(.enabled(if: TmuxSession.tmux != nil, "tmux is not installed"), .endToEnd)
struct CheckInEndToEndTests {
    /// A journal for Zoë and 美咲 with one weekly ritual.
    static func journal() throws -> HearthCLI {
        let cli = try HearthCLI()
        try cli.initCouple()
        try """
            ---
            hearth: 1
            rituals:
              - id: date-night
                name: "Date night"
                cadence: weekly friday
                status: active
            ---
            """.write(to: cli.journal.appendingPathComponent("rituals.md"), atomically: true, encoding: .utf8)
        return cli
    }

    static func session(_ cli: HearthCLI, _ arguments: [String], environment: [String: String] = [:]) throws -> TmuxSession {
        try TmuxSession(width: 100, height: 40, arguments: arguments + ["--dir", cli.journal.path], environment: environment)
    }

    @Test func twoPartnersCheckInAtOneKeyboardAndTheFilesHoldWhatWasTyped() throws {
        let cli = try Self.journal()
        defer { cli.cleanUp() }
        let session = try Self.session(cli, ["checkin"])
        try session.waitFor("Who is checking in?")
        try session.press("Down", "Down", "Enter")
        try session.waitFor("Check-in · Zoë · 2026-W47")
        try session.type("435s2")
        try session.waitFor("Experiential 2")
        try session.press("Tab")
        try session.waitFor("No intention was set last week")
        try session.press("Tab")
        try session.type("Tea in bed ☕️")
        try session.press("Enter")
        try session.type("美咲の笑顔, every morning")
        try session.press("Tab")
        try session.type("Closer than last month")
        try session.press("Tab")
        try session.type("Walks after dinner")
        try session.press("Tab")
        try session.type("Phones in bed")
        try session.press("Tab")
        try session.waitFor("[ ] Less affection or touch than usual")
        try session.press("Down", "Space", "Tab")
        try session.waitFor("[ ]       Date night")
        try session.press("Space", "Tab")
        try session.type("140")
        try session.press("Tab")
        try session.waitFor("A moment I gave 美咲")
        try session.press("Up", "Right", "Down")
        try session.type("Fixed the bike before work")
        try session.press("Tab", "Tab")
        try session.type("A note in my bag")
        try session.press("Tab")
        try session.type("Cook together on Thursday")
        try session.press("Tab")
        try session.type("I was more open than usual.")
        try session.press("Tab")
        try session.waitFor("Review before saving")
        try session.press("Enter")
        // Down to the handover's key line: the review showed "Tea in bed" lower down than the handover's
        // message, so a frame drawn only that far would still hold it.
        let handover = try session.waitFor("Now it is 美咲's turn", "Enter ready")
        #expect(!handover.contains("Tea in bed"))

        try session.press("Enter")
        // The lowest line of the frame checked is waited for: tmux may capture a frame half drawn.
        try session.waitFor("Emotional    –")
        #expect(session.lastScreen.contains("Check-in · 美咲 · 2026-W47"))
        try session.type("25433")
        try session.press("Tab", "Tab")
        try session.type("ゾエのカレー")
        for _ in 0..<7 { try session.press("PageDown") }
        // The whole review, down to its last line, is what must not show Zoë's answers.
        try session.waitFor("Review before saving", "Enter saves ·")
        #expect(!session.lastScreen.contains("Tea in bed"))
        try session.press("Enter")
        // The review screen already lists "- ゾエのカレー", so wait for the reveal's title and its
        // lowest line together: a bare wait for the appreciation can match the frame before Enter.
        let reveal = try session.waitUntil("the reveal, drawn down to the appreciations") {
            $0.contains("Side by side · 2026-W47") && $0.contains("- ゾエのカレー")
        }
        #expect(reveal.contains("◆ 2 apart"))
        // tmux drops the emoji variation selector from what it captures; the file below keeps it.
        #expect(reveal.contains("- Tea in bed ☕"))
        try session.press("Enter")
        try session.waitFor("✓ 美咲 has checked in")
        try session.press("q")
        #expect(try session.waitForExit().status == 0)

        #expect(try cli.file("checkins/2026/2026-W47-zoe.md") == """
            ---
            hearth: 1
            week: 2026-W47
            partner: zoe
            ratings:
              emotional: 4
              physical: 3
              intellectual: 5
              spiritual: skipped
              experiential: 2
            warning_signs: [less-affection]
            rituals:
              - ritual: date-night
                status: kept
            device_free_minutes: 140
            moments:
              - id: m-50cdfde7
                from: zoe
                to: partner-2
                language: service
                text: "Fixed the bike before work"
              - id: m-3410cff7
                from: partner-2
                to: zoe
                language: words
                text: "A note in my bag"
            ---

            ## Appreciations

            - Tea in bed ☕️
            - 美咲の笑顔, every morning

            ## How we are doing

            Closer than last month

            ## More of

            Walks after dinner

            ## Less of

            Phones in bed

            ## Intention

            Cook together on Thursday

            ## Private reflection

            I was more open than usual.

            """)
        let misaki = try cli.file("checkins/2026/2026-W47-partner-2.md")
        #expect(misaki.contains("ratings:\n  emotional: 2\n  physical: 5\n  intellectual: 4\n  spiritual: 3\n  experiential: 3\n"))
        #expect(misaki.contains("## Appreciations\n\n- ゾエのカレー\n"))
        // Saved check-ins leave no drafts behind.
        #expect(try cli.files(under: "drafts").isEmpty)
    }

    @Test func aCheckInHungUpAfterTheThirdAnswerIsOfferedForResumeWithThoseAnswers() throws {
        let cli = try Self.journal()
        defer { cli.cleanUp() }
        let first = try Self.session(cli, ["checkin", "--partner", "美咲"])
        try first.waitFor("Check-in · 美咲 · 2026-W47")
        try first.type("453")
        try first.waitFor("Intellectual 3")
        kill(try first.hearthPID(), SIGHUP)
        #expect(try first.waitForExit().status == 129)
        #expect(try cli.files(under: "checkins").isEmpty)
        #expect(try cli.file("drafts/2026-W47-partner-2.md").contains("ratings:\n  emotional: 4\n  physical: 5\n  intellectual: 3\n"))

        let second = try Self.session(cli, [])
        // The offer's last choice: the line about the draft above it is drawn by then.
        try second.waitFor("An unfinished check-in is waiting", "Not now (keep the draft)")
        #expect(second.lastScreen.contains("美咲 · 2026-W47 · step 1 · 3 answers"))
        try second.press("Enter")
        // Waiting for the last rating row rather than the title: a capture can land between two parts of a frame.
        let resumed = try second.waitFor("Intellectual 3", "Experiential –")
        #expect(resumed.contains("Check-in · 美咲 · 2026-W47"))
        #expect(resumed.contains("Emotional    4"))
        #expect(resumed.contains("Physical     5"))
        #expect(resumed.contains("Intellectual 3"))
        #expect(resumed.contains("Spiritual    –"))
        try second.press("C-x")
        try second.waitFor("kept as a draft")
        try second.press("q")
        #expect(try second.waitForExit().status == 0)
    }

    @Test func ctrlEWritesTheAnswerInTheEditorThroughAPrivateFile() throws {
        let cli = try Self.journal()
        defer { cli.cleanUp() }
        let log = cli.sandbox.appendingPathComponent("editor.log").path
        let script = cli.sandbox.appendingPathComponent("editor.sh")
        // Records how private the file and its folder are, and what it was given, then writes an answer.
        try """
            #!/bin/sh
            { stat -c '%a' "$1"; stat -c '%a' "$(dirname "$1")"; cat "$1"; echo "$1"; } > '\(log)'
            printf 'Written in my editor,\\nwith 絵文字 👩🏽‍💻\\n' > "$1"
            """.write(to: script, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o700], ofItemAtPath: script.path)
        let session = try Self.session(cli, ["checkin", "--partner", "zoe"], environment: ["EDITOR": script.path, "VISUAL": ""])
        try session.waitFor("Check-in · Zoë")
        try session.press("Tab", "Tab")
        try session.waitFor("Appreciations, one per line")
        try session.type("typed first")
        try session.press("C-e")
        // tmux shows the joined emoji without its joiner; the saved file below has it whole.
        try session.waitFor("with 絵文字")
        #expect(session.lastScreen.contains("Written in my editor,"))
        let lines = try String(contentsOfFile: log, encoding: .utf8).split(separator: "\n").map(String.init)
        #expect(Array(lines.prefix(3)) == ["600", "700", "typed first"])
        // The private copy is gone once the answer is back.
        #expect(!FileManager.default.fileExists(atPath: lines.last ?? ""))
        #expect(!FileManager.default.fileExists(atPath: URL(fileURLWithPath: lines.last ?? "/").deletingLastPathComponent().path))
        for _ in 0..<8 { try session.press("PageDown") }
        try session.waitFor("Review before saving")
        try session.press("Enter")
        try session.waitFor("Saved Zoë's check-in")
        try session.press("Enter")
        try session.press("q")
        #expect(try session.waitForExit().status == 0)
        #expect(try cli.file("checkins/2026/2026-W47-zoe.md").contains("## Appreciations\n\n- Written in my editor,\n- with 絵文字 👩🏽‍💻\n"))
    }

    @Test func aCheckInEditedInTheDemoIsSavedInTheDemoFolder() throws {
        let session = try TmuxSession(width: 100, height: 40)
        try session.waitFor("Welcome to Hearth")
        try session.press("d")
        try session.waitFor("✓ Zoë has checked in")
        try session.press("c")
        try session.waitFor("Zoë alone (checked in: opens for editing)")
        try session.press("Enter")
        try session.waitFor("Check-in · Zoë · 2026-W47")
        try session.type("1")
        try session.waitFor("Emotional    1")
        for _ in 0..<12 { try session.press("PageDown") }
        try session.waitFor("Review before saving")
        try session.press("Enter")
        let saved = try session.waitFor("It is a plain Markdown file")
        #expect(saved.contains("Saved Zoë's check-in for 2026-W47."))
        #expect(saved.contains("\(session.home.path)/hearth-demo-"))
        let own = session.home.appendingPathComponent(".local/share/hearth")
        #expect(!FileManager.default.fileExists(atPath: own.path), "nothing is written to the couple's own folder")
        try session.press("Enter")
        try session.press("q")
        #expect(try session.waitForExit().status == 0)
    }

    @Test func aLongPasteArrivesWholeAndIsSavedAsPasted() throws {
        let cli = try Self.journal()
        defer { cli.cleanUp() }
        let session = try Self.session(cli, ["checkin", "--partner", "zoe"])
        try session.waitFor("Check-in · Zoë")
        try session.press("Tab", "Tab")
        try session.waitFor("Appreciations, one per line")
        let paste = String(String(repeating: "We walked by the river, 美咲 laughed, and the tea was cold. ", count: 100).prefix(5_000))
        try session.type(paste + "END")
        // Keys already waiting are applied before the next frame, so a paste shows in a fraction of a second.
        try session.waitFor(String(paste.suffix(8)) + "END", timeout: 5)
        for _ in 0..<8 { try session.press("PageDown") }
        try session.waitFor("Enter saves")
        try session.press("Enter")
        try session.waitFor("It is a plain Markdown file")
        let file = try cli.file("checkins/2026/2026-W47-zoe.md")
        #expect(file.contains("## Appreciations\n\n- " + (paste + "END").trimmingCharacters(in: .whitespaces) + "\n"))
    }
}
