import Foundation
import Testing

/// Issue 12 in a real terminal: the passphrase asked on the terminal with echo off, and the editor's file of an
/// encrypted journal kept in memory.
@Suite(.enabled(if: TmuxSession.tmux != nil && SealedJournal.hasAge, "tmux or age is not installed"), .endToEnd)
struct UnlockPromptEndToEndTests {
    @Test func thePassphraseIsAskedWithEchoOffAfterWhoseItIs() throws {
        let sealed = try SealedJournal()
        defer { sealed.cli.cleanUp() }
        let session = try TmuxSession(width: 100, height: 20, arguments: ["list", "--dir", sealed.cli.journal.path])
        try session.waitFor("Unlock as which partner? (partner-2, zoe):")
        try session.type("zoe")
        try session.press("Enter")
        try session.waitFor("Passphrase for zoe:")
        let secret = SealedJournal.passphrases["zoe"] ?? ""
        try session.type(secret)
        // The characters are not echoed: the screen still ends at the prompt.
        let screen = try session.waitFor("Passphrase for zoe:")
        #expect(!screen.contains("battery"))
        try session.press("Enter")
        let exit = try session.waitForExit(timeout: 30)
        #expect(exit.status == 0, "\(exit.screen)")
        #expect(exit.cooked, "the terminal's echo is back on")
        #expect(exit.screen.contains("No check-ins yet"), "\(exit.screen)")
        #expect(!exit.screen.contains("battery"))
    }

    @Test func aWrongPassphraseAtThePromptIsOneLineAndExitsOne() throws {
        let sealed = try SealedJournal()
        defer { sealed.cli.cleanUp() }
        let before = try sealed.snapshot()
        let session = try TmuxSession(width: 100, height: 20, arguments: ["list", "--partner", "zoe", "--dir", sealed.cli.journal.path])
        try session.waitFor("Passphrase for zoe:")
        try session.type("not the passphrase")
        try session.press("Enter")
        let exit = try session.waitForExit(timeout: 30)
        #expect(exit.status == 1)
        #expect(exit.screen.contains("wrong passphrase for zoe (as typed); nothing was opened or changed"), "\(exit.screen)")
        #expect(exit.cooked)
        #expect(try sealed.snapshot() == before)
    }

    @Test func theEditorOfAnEncryptedJournalWritesOnlyToMemory() throws {
        let sealed = try SealedJournal()
        defer { sealed.cli.cleanUp() }
        let identity = try sealed.exportedIdentity("zoe")
        // A runtime folder on disk is passed over: only tmpfs will do for an encrypted journal's answer.
        let onDisk = sealed.cli.sandbox.appendingPathComponent("run")
        try FileManager.default.createDirectory(at: onDisk, withIntermediateDirectories: true)
        let recorded = try EditorTmpfsEndToEndTests.editOnce(sealed.cli, ["--identity", identity],
                                                             environment: ["XDG_RUNTIME_DIR": onDisk.path])
        let file = recorded.first ?? ""
        #expect(file.hasPrefix("/dev/shm/hearth-edit-"), "\(file)")
        #expect(recorded.dropFirst().first == "700")
        #expect(recorded.last == "tmpfs")
        #expect(!FileManager.default.fileExists(atPath: (file as NSString).deletingLastPathComponent))
        #expect(try FileManager.default.contentsOfDirectory(atPath: onDisk.path).isEmpty)
    }

    @Test func theUIOpensOnItsLockedScreenAndAWrongPassphraseMayBeTriedAgain() throws {
        let sealed = try SealedJournal()
        defer { sealed.cli.cleanUp() }
        let session = try TmuxSession(width: 100, height: 30, arguments: ["--dir", sealed.cli.journal.path])
        // The names come from the plain comments of keys/<id>.pub: the profile that holds them is sealed.
        try session.waitFor("Hearth is locked", "It belongs to 美咲 and Zoë.")
        try session.type("wrong")
        try session.waitFor("Passphrase  •••••")
        try session.press("Enter")
        try session.waitFor("Wrong passphrase", timeout: 30)
        try session.type(SealedJournal.passphrases["partner-2"] ?? "")
        try session.press("Enter")
        // Home: the journal opened with 美咲's key, the names read from the sealed profile, and whose key it was.
        try session.waitFor("Zoë & 美咲", "Encrypted · unlocked: 美咲 · u unlocks Zoë too", timeout: 30)
        try session.press("q")
        #expect(try session.waitForExit().status == 0)
    }

    /// The soft and hard core-file limits of a process, as /proc shows them (`0`, `unlimited`).
    static func coreLimit(_ pid: Int32) throws -> [Substring] {
        let limits = try String(contentsOfFile: "/proc/\(pid)/limits", encoding: .utf8)
        let line = limits.split(separator: "\n").first { $0.hasPrefix("Max core file size") } ?? ""
        return Array(line.dropFirst("Max core file size".count).split(separator: " ").prefix(2))
    }

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/prlimit"), "prlimit is not installed"))
    func aProcessAboutToHoldKeysHasCoreDumpsOff() throws {
        let sealed = try SealedJournal()
        defer { sealed.cli.cleanUp() }
        // Started with core dumps allowed, as a user's shell may; the plain journal's process keeps them.
        let launcher = ["/usr/bin/prlimit", "--core=unlimited:unlimited", "--"]
        let plain = try HearthCLI()
        defer { plain.cleanUp() }
        try plain.initCouple()
        let open = try TmuxSession(width: 100, height: 20, arguments: ["--dir", plain.journal.path], launcher: launcher)
        try open.waitFor("Zoë")
        #expect(try Self.coreLimit(try open.hearthPID()) == ["unlimited", "unlimited"])
        let session = try TmuxSession(width: 100, height: 20, arguments: ["list", "--dir", sealed.cli.journal.path], launcher: launcher)
        try session.waitFor("Unlock as which partner?")
        #expect(try Self.coreLimit(try session.hearthPID()) == ["0", "0"])
    }
}
