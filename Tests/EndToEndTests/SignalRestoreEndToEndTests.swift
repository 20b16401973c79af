import Foundation
import Testing

/// Every signal whose default action ends the process, sent to the real binary in the middle of an answer.
@Suite(.enabled(if: TmuxSession.tmux != nil, "tmux is not installed"), .endToEnd)
struct SignalRestoreEndToEndTests {
    /// Signals that ask Hearth to stop, the crash signals among them when another process sends them.
    static let stopping: [(String, Int32)] = [
        ("USR1", SIGUSR1), ("USR2", SIGUSR2), ("ALRM", SIGALRM), ("VTALRM", SIGVTALRM), ("PROF", SIGPROF),
        ("PWR", SIGPWR), ("IO", SIGIO), ("SYS", SIGSYS), ("STKFLT", SIGSTKFLT), ("XCPU", SIGXCPU),
        ("XFSZ", SIGXFSZ), ("PIPE", SIGPIPE), ("INT", SIGINT), ("TERM", SIGTERM), ("HUP", SIGHUP),
        ("QUIT", SIGQUIT), ("RTMIN", __libc_current_sigrtmin()), ("RTMAX", __libc_current_sigrtmax()),
        ("SEGV", SIGSEGV), ("BUS", SIGBUS), ("ILL", SIGILL), ("FPE", SIGFPE), ("ABRT", SIGABRT), ("TRAP", SIGTRAP),
    ]

    /// A check-in for 2026-W45 with one rating and `answer` typed into the appreciations, not yet drafted.
    static func answering(_ cli: HearthCLI, _ answer: String, environment: [String: String] = [:]) throws -> TmuxSession {
        let session = try CheckInEndToEndTests.session(cli, ["checkin", "--partner", "zoe", "--week", "2026-W45"],
                                                       environment: environment)
        try session.waitFor("Check-in · Zoë · 2026-W45", "1 of 10")
        try session.type("4")
        try session.waitFor("Emotional    4")
        try session.press("Tab", "Tab")
        try session.waitFor("Appreciations, one per line")
        try session.type(answer)
        try session.waitFor(answer)
        return session
    }

    @Test(arguments: stopping)
    func aSignalMidAnswerDraftsItRestoresTheTerminalAndExitsWith128PlusIt(_ name: String, _ signal: Int32) throws {
        let cli = try CheckInEndToEndTests.journal()
        defer { cli.cleanUp() }
        let session = try Self.answering(cli, "typed before SIG\(name)")
        kill(try session.hearthPID(), signal)
        let exit = try session.waitForExit()
        #expect(exit.status == 128 + Int(signal), "SIG\(name): \(exit.screen)")
        #expect(exit.cooked, "SIG\(name): raw mode left on")
        let pane = try session.paneModes()
        #expect(!pane.alternateScreen, "SIG\(name): alternate screen left on")
        #expect(pane.cursorVisible, "SIG\(name): cursor left hidden")
        let draft = try cli.file("drafts/2026-W45-zoe.md")
        #expect(draft.contains("- typed before SIG\(name)"), "SIG\(name): \(draft)")
        #expect(draft.contains("emotional: 4"))
    }

    /// A real crash (a jump to address 0, made with gdb) restores the terminal and ends at once, without
    /// Swift's backtracer waiting for a key on the terminal.
    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/gdb"), "gdb is not installed"))
    func aRealCrashRestoresTheTerminalAndEndsAtOnce() throws {
        let cli = try CheckInEndToEndTests.journal()
        defer { cli.cleanUp() }
        let session = try Self.answering(cli, "typed before the crash")
        let gdb = Process()
        gdb.executableURL = URL(fileURLWithPath: "/usr/bin/gdb")
        gdb.arguments = ["-batch", "-nx", "-p", "\(try session.hearthPID())", "-ex", "set var $pc = 0", "-ex", "detach"]
        gdb.standardOutput = FileHandle.nullDevice
        gdb.standardError = FileHandle.nullDevice
        try gdb.run()
        gdb.waitUntilExit()
        let detached = Date()
        // Before, the backtracer kept the process for its interactive prompt; 3 s is ample for a debug build.
        let exit = try session.waitForExit(timeout: 3)
        #expect(Date().timeIntervalSince(detached) < 3)
        #expect(exit.status == 128 + Int(SIGSEGV), "\(exit.screen)")
        #expect(exit.cooked)
        #expect(exit.screen.contains("hearth: crashed (signal 11)"), "\(exit.screen)")
        let pane = try session.paneModes()
        #expect(!pane.alternateScreen && pane.cursorVisible)
    }
}

extension TmuxSession {
    /// What tmux knows of the pane's terminal: is the alternate screen on, is the cursor shown.
    func paneModes() throws -> (alternateScreen: Bool, cursorVisible: Bool) {
        let flags = try run(["display", "-p", "-t", target, "#{alternate_on} #{cursor_flag}"])
            .split(separator: " ").map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
        return (flags.first == "1", flags.last == "1")
    }
}
