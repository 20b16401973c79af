import Foundation
import Testing

/// The real binary in tmux: starting, help, resizing, UTF-8, quitting and signals leave a working terminal.
@Suite(.enabled(if: TmuxSession.tmux != nil, "tmux is not installed"), .endToEnd)
struct TerminalLifecycleTests {
    @Test func firstRunOffersSetupAndQuitsCleanly() throws {
        let session = try TmuxSession()
        // Down to the key line: the folder is on a line below the title.
        let screen = try session.waitFor("Welcome to Hearth", "Enter choose  q quit")
        #expect(screen.contains(session.home.path + "/.local/share/hearth"))
        try session.press("?")
        try session.waitFor("Keys: Welcome")
        try session.press("Escape")
        try session.waitUntil("help to close") { !$0.contains("Keys: Welcome") }
        try session.press("q")
        let exit = try session.waitForExit()
        #expect(exit.status == 0)
        #expect(exit.cooked)
        // The UI left the alternate screen: none of it remains on the shell's screen.
        #expect(!exit.screen.contains("Welcome to Hearth"))
    }

    @Test func utf8NamesTypeInAndLineUp() throws {
        let session = try TmuxSession()
        try session.waitFor("Welcome to Hearth")
        try session.press("s")
        try session.waitFor("Set up Hearth")
        try session.type("Zoë")
        try session.press("Tab", "Tab")
        try session.type("美咲")
        let screen = try session.waitFor("美咲")
        let lines = screen.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let zoe = try #require(lines.first { $0.contains("Zoë") })
        let misaki = try #require(lines.first { $0.contains("美咲") })
        // Both names start in the same terminal column (tmux's capture keeps one character per cell).
        #expect(zoe.prefix { $0 != "Z" }.count == misaki.prefix { $0 != "美" }.count)
        try session.press("Escape")
        try session.waitFor("Enter choose  q quit")
        try session.press("q")
        #expect(try session.waitForExit().status == 0)
    }

    @Test func resizesSmallAndBackWithoutGarbage() throws {
        let session = try TmuxSession()
        try session.waitFor("Welcome to Hearth")
        try session.resize(width: 30, height: 8)
        let small = try session.waitUntil("a 30x8 screen") { $0.contains("Welcome to Hearth") && $0.contains("help") }
        for line in small.split(separator: "\n") { #expect(line.count <= 30) }
        try session.resize(width: 80, height: 24)
        // The 30x8 frame showed "q quit" on its last row; once the full choice is drawn over that row, a
        // "q quit" can only be the 80x24 frame's key line.
        let large = try session.waitFor("Open a demo journal (in a temporary folder)", "Enter choose  q quit")
        #expect(large.contains("q quit"))
        try session.press("q")
        let exit = try session.waitForExit()
        #expect(exit.status == 0)
        #expect(exit.cooked)
    }

    @Test(arguments: [("TERM", SIGTERM, 143), ("HUP", SIGHUP, 129), ("INT", SIGINT, 130)])
    func signalsExitCleanlyAndRestoreTheTerminal(_ name: String, _ signal: Int32, _ status: Int) throws {
        let session = try TmuxSession()
        try session.waitFor("Welcome to Hearth")
        kill(try session.hearthPID(), signal)
        let exit = try session.waitForExit()
        #expect(exit.status == status, "SIG\(name)")
        #expect(exit.cooked, "SIG\(name)")
    }

    @Test(arguments: [("SEGV", SIGSEGV), ("ABRT", SIGABRT)])
    func aCrashSignalStillRestoresTheTerminal(_ name: String, _ signal: Int32) throws {
        // With Swift's backtracer left on, as a user has it (SignalRestoreEndToEndTests has a real crash).
        let session = try TmuxSession()
        try session.waitFor("Welcome to Hearth")
        kill(try session.hearthPID(), signal)
        let exit = try session.waitForExit()
        #expect(exit.status == 128 + Int(signal), "SIG\(name)")
        #expect(exit.cooked, "SIG\(name)")
    }

    @Test(arguments: [("C-c", 130), ("C-\\", 131)])
    func ctrlCAndCtrlBackslashFromTheKeyboardExitCleanly(_ key: String, _ status: Int) throws {
        let session = try TmuxSession()
        try session.waitFor("Welcome to Hearth")
        try session.press(key)
        let exit = try session.waitForExit()
        #expect(exit.status == status, "\(key)")
        #expect(exit.cooked, "\(key)")
    }

    @Test func ctrlSDoesNotFreezeTheScreen() throws {
        let session = try TmuxSession()
        try session.waitFor("Welcome to Hearth")
        // With flow control on, Ctrl-S would stop the terminal's output and the UI would never show help.
        try session.press("C-s")
        try session.waitFor("Ctrl-S does nothing here")
        try session.press("?")
        try session.waitFor("Keys: Welcome")
        try session.press("Escape")
        try session.waitFor("Enter choose  q quit")
        try session.press("q")
        let exit = try session.waitForExit()
        #expect(exit.status == 0)
        #expect(exit.cooked)
    }

    /// `hearth </dev/null` typed at a real terminal: stdout is the terminal, stdin is not.
    @Test func inATerminalWithStdinFromDevNullItSaysSoInOneLine() throws {
        let session = try TmuxSession(stdin: "/dev/null")
        let exit = try session.waitForExit()
        #expect(exit.status == 2)
        let rows = exit.screen.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(rows.filter { $0.hasPrefix("hearth: ") }.count == 1, "\(exit.screen)")
        // One line, wrapped by the 80-column window: join its rows up to the wrapper's exit line.
        let message = rows.drop { !$0.hasPrefix("hearth: ") }.prefix { !$0.hasPrefix("EXIT=") }.joined()
        #expect(message.contains("the full-screen UI needs a terminal, but stdin is not one"), "\(exit.screen)")
        #expect(message.contains("hearth --help"), "\(exit.screen)")
        #expect(!exit.screen.contains("Welcome to Hearth"))
    }
}

/// Without a terminal the UI refuses in one line and points at the scriptable commands.
struct NonInteractiveTests {
    @Test(arguments: [[], ["ui"]])
    func stdinNotATerminalGivesAOneLineErrorAndStatus2(_ arguments: [String]) throws {
        let cli = try HearthCLI()
        defer { cli.cleanUp() }
        let run = try cli.run(arguments, dir: false)  // stdin is /dev/null, stdout a pipe
        #expect(run.status == 2)
        #expect(run.stderr.hasPrefix("hearth: "))
        #expect(run.stderr.contains("hearth --help"))
        #expect(run.stderr.split(separator: "\n").count == 1)
        #expect(run.stdout.isEmpty)
    }
}
