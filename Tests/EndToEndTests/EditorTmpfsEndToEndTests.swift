import Foundation
import Testing

/// Issue 12: the `$EDITOR` file is written only to memory (tmpfs), in a 0700 folder that is gone afterwards.
@Suite(.enabled(if: TmuxSession.tmux != nil, "tmux is not installed"), .endToEnd)
struct EditorTmpfsEndToEndTests {
    /// An editor that records where its file is (path, folder mode, file system type), then writes an answer.
    static func recordingEditor(in cli: HearthCLI) throws -> (script: String, log: String) {
        let log = cli.sandbox.appendingPathComponent("editor.log").path
        let script = cli.sandbox.appendingPathComponent("editor.sh")
        try """
            #!/bin/sh
            dir=$(dirname "$1")
            printf '%s\\n%s\\n%s\\n' "$1" "$(stat -c %a "$dir")" "$(stat -f -c %T "$dir")" > '\(log)'
            printf 'From the editor\\n' > "$1"
            """.write(to: script, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o700], ofItemAtPath: script.path)
        return (script.path, log)
    }

    /// Opens the check-in wizard, writes the appreciations in the editor, keeps a draft and quits; returns
    /// what the editor recorded: its file, its folder's mode and the file system's type.
    static func editOnce(_ cli: HearthCLI, _ arguments: [String], environment: [String: String]) throws -> [String] {
        let editor = try recordingEditor(in: cli)
        var variables = environment
        variables["EDITOR"] = editor.script
        variables["VISUAL"] = ""
        let session = try CheckInEndToEndTests.session(cli, ["checkin", "--partner", "zoe"] + arguments, environment: variables)
        try session.waitFor("Check-in · Zoë")
        try session.press("Tab", "Tab")
        try session.waitFor("Appreciations, one per line")
        try session.press("C-e")
        try session.waitFor("From the editor")
        try session.press("C-x")
        try session.waitFor("kept as a draft")
        try session.press("q")
        #expect(try session.waitForExit().status == 0)
        return try String(contentsOfFile: editor.log, encoding: .utf8).split(separator: "\n").map(String.init)
    }

    @Test func withoutARuntimeFolderTheEditorWritesInDevShmPrivatelyAndTheFolderGoes() throws {
        let cli = try CheckInEndToEndTests.journal()
        defer { cli.cleanUp() }
        let recorded = try Self.editOnce(cli, [], environment: ["XDG_RUNTIME_DIR": ""])
        #expect(recorded.count == 3)
        let file = recorded.first ?? ""
        #expect(file.hasPrefix("/dev/shm/hearth-edit-"), "\(file)")
        #expect(recorded.dropFirst().first == "700")
        #expect(recorded.last == "tmpfs")
        let folder = (file as NSString).deletingLastPathComponent
        #expect(!FileManager.default.fileExists(atPath: folder), "the editor's folder is removed after")
    }
}
