import Foundation
import Testing

/// Issue 11, defect 8: the editor's private folder lives where a reboot clears it, and one left by a killed
/// session (its answer in clear) is gone at the next start.
@Suite(.enabled(if: TmuxSession.tmux != nil, "tmux is not installed"), .endToEnd)
struct EditorFolderEndToEndTests {
    @Test func theEditorWritesInTheRuntimeFolderAndAStaleOneIsSweptAtStart() throws {
        let cli = try CheckInEndToEndTests.journal()
        defer { cli.cleanUp() }
        let runtime = cli.sandbox.appendingPathComponent("run")
        // A session killed while its editor was open: a process that has ended.
        let ended = Process()
        ended.executableURL = URL(fileURLWithPath: "/bin/true")
        try ended.run()
        ended.waitUntilExit()
        let stale = runtime.appendingPathComponent("hearth-edit-\(ended.processIdentifier)-Ab12Cd")
        try FileManager.default.createDirectory(at: stale, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        try Data("what I was typing".utf8).write(to: stale.appendingPathComponent("answer.md"))
        let log = cli.sandbox.appendingPathComponent("editor.log").path
        let script = cli.sandbox.appendingPathComponent("editor.sh")
        try "#!/bin/sh\necho \"$1\" > '\(log)'\nprintf 'From the editor\\n' > \"$1\"\n".write(to: script, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o700], ofItemAtPath: script.path)

        let session = try CheckInEndToEndTests.session(cli, ["checkin", "--partner", "zoe"],
                                                       environment: ["EDITOR": script.path, "VISUAL": "", "XDG_RUNTIME_DIR": runtime.path])
        try session.waitFor("Check-in · Zoë")
        #expect(!FileManager.default.fileExists(atPath: stale.path), "the stale folder was swept at start")
        try session.press("Tab", "Tab")
        try session.waitFor("Appreciations, one per line")
        try session.press("C-e")
        try session.waitFor("From the editor")
        let file = try String(contentsOfFile: log, encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(file.hasPrefix(runtime.path + "/hearth-edit-"), "\(file)")
        try session.press("C-x")
        try session.waitFor("kept as a draft")
        try session.press("q")
        #expect(try session.waitForExit().status == 0)
    }
}
