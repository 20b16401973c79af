import Foundation
import Testing

/// A journal folder Hearth cannot use is said to be so at once, in the CLI and the UI, and never offered set-up.
@Suite(.endToEnd)
struct JournalFolderTests {
    static let setpriv = ["/usr/bin/setpriv", "/bin/setpriv"].first { FileManager.default.isExecutableFile(atPath: $0) }

    @Test(arguments: [["list"], ["doctor"], ["ui"], ["init", "--partner", "Zoë", "--partner", "美咲"]])
    func aFileGivenAsTheFolderIsSaidToBeAFile(_ command: [String]) throws {
        let cli = try HearthCLI()
        defer { cli.cleanUp() }
        try Data("not a journal".utf8).write(to: cli.journal)
        let result = try cli.run(command)
        #expect(result.status != 0)
        #expect(result.stderr.contains("\(cli.journal.path) is a file, not a folder"), "got: \(result.stderr)")
        #expect(!result.stderr.contains("permissions"))
        #expect(try String(contentsOf: cli.journal, encoding: .utf8) == "not a journal")
    }

    /// A journal set up, then made unreadable (chmod 000) inside a folder others can pass through.
    static func unreadableJournal() throws -> HearthCLI {
        let cli = try HearthCLI()
        try cli.initCouple()
        #expect(chmod(cli.sandbox.path, 0o755) == 0)
        #expect(chmod(cli.journal.path, 0o000) == 0)
        return cli
    }

    /// chmod 000 denies nothing to root, so as root the binary runs as `nobody` through setpriv.
    @Test(.enabled(if: getuid() != 0 || setpriv != nil, "running as root without setpriv: chmod 000 cannot deny"),
          arguments: [["list"], ["ui"], ["init", "--partner", "Zoë", "--partner", "美咲"]])
    func anUnreadableJournalSaysPermissionDenied(_ command: [String]) throws {
        let cli = try Self.unreadableJournal()
        defer {
            chmod(cli.journal.path, 0o700)
            cli.cleanUp()
        }
        let process = Process()
        let arguments = command + ["--dir", cli.journal.path]
        if getuid() == 0, let setpriv = Self.setpriv {
            process.executableURL = URL(fileURLWithPath: setpriv)
            process.arguments = ["--reuid=nobody", "--regid=nogroup", "--clear-groups", HearthCLI.binary.path] + arguments
        } else {
            process.executableURL = HearthCLI.binary
            process.arguments = arguments
        }
        process.environment = ["HOME": "/nonexistent", "LANG": "C.UTF-8", "HEARTH_TODAY": "2026-11-21"]
        let err = Pipe()
        process.standardError = err
        process.standardOutput = FileHandle.nullDevice
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let stderr = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus != 0)
        #expect(stderr.contains("cannot read \(cli.journal.path): permission denied"), "got: \(stderr)")
        #expect(stderr.contains("chmod u+rwx"))
        #expect(!stderr.contains("no journal"))
    }

    @Test(.enabled(if: TmuxSession.tmux != nil, "tmux is not installed"))
    func theUIOnAFileSaysSoAndOffersNoSetUp() throws {
        let cli = try HearthCLI()
        defer { cli.cleanUp() }
        try Data("not a journal".utf8).write(to: cli.journal)
        let session = try TmuxSession(arguments: ["--dir", cli.journal.path])
        let exit = try session.waitForExit()
        #expect(exit.status == 1)
        #expect(exit.screen.contains("is a file, not a folder"), "screen:\n\(exit.screen)")
        #expect(!exit.screen.contains("Set up our journal"))
    }

    @Test(.enabled(if: TmuxSession.tmux != nil, "tmux is not installed"))
    func theUIOverAProfileItCannotReadOffersNoSetUp() throws {
        let cli = try HearthCLI()
        defer { cli.cleanUp() }
        try cli.initCouple()
        let profile = cli.journal.appendingPathComponent("profile.md")
        try FileManager.default.removeItem(at: profile)
        #expect(mkfifo(profile.path, 0o600) == 0)
        let session = try TmuxSession(arguments: ["--dir", cli.journal.path])
        let exit = try session.waitForExit()
        #expect(exit.status == 1)
        // The message wraps at the window's edge: read it as one line.
        let text = exit.screen.split(separator: "\n").joined()
        #expect(text.contains("profile.md:") && text.contains("is a FIFO (named pipe), not a file"), "screen:\n\(exit.screen)")
        #expect(!exit.screen.contains("Set up our journal"))
    }

    /// The journal folder of another user (chmod 000, and Hearth run as `nobody`, since root reads anything) in a
    /// real terminal: the UI says it cannot read it and never offers to set up a journal over it.
    @Test(.enabled(if: TmuxSession.tmux != nil && (getuid() != 0 || setpriv != nil), "needs tmux, and setpriv as root"))
    func theUIOnAnUnreadableFolderSaysPermissionDeniedAndOffersNoSetUp() throws {
        let cli = try Self.unreadableJournal()
        defer {
            chmod(cli.journal.path, 0o700)
            cli.cleanUp()
        }
        let launcher = getuid() == 0 ? [Self.setpriv ?? "", "--reuid=nobody", "--regid=nogroup", "--clear-groups"] : []
        let session = try TmuxSession(arguments: ["--dir", cli.journal.path], launcher: launcher)
        let exit = try session.waitForExit()
        #expect(exit.status != 0)
        let text = exit.screen.split(separator: "\n").joined()
        #expect(text.contains("cannot read \(cli.journal.path): permission denied"), "screen:\n\(exit.screen)")
        #expect(!exit.screen.contains("Set up our journal") && !exit.screen.contains("no journal"))
    }
}
