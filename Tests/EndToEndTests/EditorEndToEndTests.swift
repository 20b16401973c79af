import Foundation
import Testing

/// Ctrl-E with an editor that leaves more behind than the answer, as Emacs and vim do.
@Suite(.enabled(if: TmuxSession.tmux != nil, "tmux is not installed"), .endToEnd)
struct EditorEndToEndTests {
    @Test func backupFilesTheEditorLeavesAreDeletedAndTheAnswerIsDraftedAtOnce() throws {
        let cli = try CheckInEndToEndTests.journal()
        defer { cli.cleanUp() }
        let log = cli.sandbox.appendingPathComponent("editor.log").path
        let script = cli.sandbox.appendingPathComponent("editor.sh")
        // Writes the answer, an Emacs-style backup and lock file beside it, and a folder of its own.
        try """
            #!/bin/sh
            echo "$1" > '\(log)'
            printf 'From the editor\\n' > "$1"
            cp "$1" "$1~"
            printf 'lock\\n' > "$(dirname "$1")/.#answer.md"
            mkdir "$(dirname "$1")/.cache" && printf 'x' > "$(dirname "$1")/.cache/state"
            """.write(to: script, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o700], ofItemAtPath: script.path)
        let session = try CheckInEndToEndTests.session(cli, ["checkin", "--partner", "zoe"], environment: ["EDITOR": script.path, "VISUAL": ""])
        try session.waitFor("Check-in · Zoë")
        try session.press("Tab", "Tab")
        try session.waitFor("Appreciations, one per line")
        try session.press("C-e")
        try session.waitFor("From the editor")
        let file = try String(contentsOfFile: log, encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines)
        let folder = URL(fileURLWithPath: file).deletingLastPathComponent().path
        #expect(folder.contains("hearth-edit-"))
        #expect(!FileManager.default.fileExists(atPath: folder), "the private folder and all in it are gone")
        // Drafted before any other key: a crash now would not lose it.
        #expect(try cli.file("drafts/2026-W47-zoe.md").contains("From the editor"))
        try session.press("C-x")
        try session.waitFor("kept as a draft")
        try session.press("q")
        #expect(try session.waitForExit().status == 0)
    }
}
