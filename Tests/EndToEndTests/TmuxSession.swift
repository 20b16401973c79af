import Foundation
import Testing

/// The built `hearth` running in a private, detached tmux server, driven like a user at a terminal.
///
/// Each session has its own socket, HOME and XDG folders, and a fixed HEARTH_TODAY. The binary runs under a
/// shell wrapper that prints `EXIT=<status> MODES=<icanon/echo flags> END` once it exits, so tests can check
/// both the exit status and that the terminal is back in cooked mode.
final class TmuxSession {
    let socket: String
    let home: URL
    let target = "hearth"
    private(set) var lastScreen = ""

    static var binary: URL { HearthCLI.binary }
    static var tmux: String? {
        ["/usr/bin/tmux", "/usr/local/bin/tmux", "/opt/homebrew/bin/tmux"].first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    /// Starts `hearth arguments...` in a `width` x `height` window; `stdin` replaces the terminal as its input;
    /// `launcher` (say setpriv and its options) runs the binary instead of the shell running it directly.
    init(width: Int = 80, height: Int = 24, arguments: [String] = [], environment: [String: String] = [:],
         today: String = "2026-11-18", stdin: String? = nil, launcher: [String] = []) throws {
        let id = UUID().uuidString.prefix(8)
        socket = FileManager.default.temporaryDirectory.appendingPathComponent("hearth-e2e-\(id).sock").path
        home = FileManager.default.temporaryDirectory.appendingPathComponent("hearth-e2e-\(id)")
        try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
        var variables = [
            "HOME": home.path, "XDG_DATA_HOME": home.appendingPathComponent(".local/share").path,
            "XDG_CONFIG_HOME": home.appendingPathComponent(".config").path, "TMPDIR": home.path,
            "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8", "HEARTH_TODAY": today,
        ]
        variables.merge(environment) { $1 }
        // The tmux server inherits this process's environment: clear what could change Hearth's behaviour.
        let exports = variables.sorted { $0.key < $1.key }.map { "export \($0.key)=\(Self.quote($0.value))" }
        // `set -m` gives hearth its own foreground process group, as an interactive shell would, so Ctrl-Z
        // really stops it (148): the wrapper then prints the tty modes and resumes it on Enter.
        let modes = "modes=$(stty -a | tr ' ;' '\\n\\n' | grep -x -E -- '-?(icanon|echo)' | tr '\\n' ' ')"
        let script = (["trap : INT", "set -m", "unset HEARTH_DIR NO_COLOR ESCDELAY"] + exports + [
            "\"$0\" \"$@\"" + (stdin.map { " <\(Self.quote($0))" } ?? "") + "; rc=$?",
            "while [ $rc -eq 148 ]; do \(modes); echo \"SUSPENDED MODES=$modes\"; read _; fg >/dev/null; rc=$?; done",
            modes,
            "echo \"EXIT=$rc MODES=$modes END\"; exec sleep 600",
        ]).joined(separator: "\n")
        try start(["new-session", "-d", "-s", target, "-x", "\(width)", "-y", "\(height)",
                   "sh", "-c", script] + launcher + [Self.binary.path] + arguments)
    }

    deinit {
        _ = try? run(["kill-server"])
        try? FileManager.default.removeItem(atPath: socket)
        try? FileManager.default.removeItem(at: home)
    }

    static func quote(_ value: String) -> String { "'" + value.replacingOccurrences(of: "'", with: "'\\''") + "'" }

    /// Starts the server. Never waited for: the daemonised server keeps Foundation's exit-detection socket
    /// open, so `waitUntilExit` would hang; `waitFor` polls the pane instead.
    private func start(_ arguments: [String]) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: Self.tmux ?? "/usr/bin/tmux")
        process.arguments = ["-S", socket, "-f", "/dev/null"] + arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        // Swift Testing's threads block signals and a spawned child inherits the mask: without this the
        // server would ignore kill-server's SIGTERM and leak.
        var none = sigset_t(), saved = sigset_t()
        sigemptyset(&none)
        pthread_sigmask(SIG_SETMASK, &none, &saved)
        defer { pthread_sigmask(SIG_SETMASK, &saved, nil) }
        try process.run()
    }

    @discardableResult
    func run(_ arguments: [String]) throws -> String { try runChecked(arguments).output }

    /// Runs a tmux command; `succeeded` is false when tmux exited non-zero and `output` is then its error.
    private func runChecked(_ arguments: [String]) throws -> (output: String, succeeded: Bool) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: Self.tmux ?? "/usr/bin/tmux")
        process.arguments = ["-S", socket] + arguments
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (String(decoding: data, as: UTF8.self), process.terminationStatus == 0)
    }

    /// Named keys as tmux spells them: `Up`, `Escape`, `C-c`, `?`.
    func press(_ keys: String...) throws { try run(["send-keys", "-t", target] + keys) }
    /// Literal text, UTF-8 included.
    func type(_ text: String) throws { try run(["send-keys", "-t", target, "-l", text]) }
    /// Pastes text as a terminal does: with bracketed-paste markers when the program asked for them.
    func paste(_ text: String) throws {
        try run(["set-buffer", "-b", "e2e", "--", text])
        try run(["paste-buffer", "-p", "-d", "-b", "e2e", "-t", target])
    }
    func resize(width: Int, height: Int) throws {
        try run(["resize-window", "-t", target, "-x", "\(width)", "-y", "\(height)"])
    }

    /// Polls the screen every 20 ms until `predicate` holds; on timeout fails with the whole screen.
    ///
    /// A key press returns before hearth has read it and tmux can capture a frame half drawn, so the
    /// predicate must hold only for the frame wanted: text the screen before the key did not show, and the
    /// lowest line of that frame that is asserted on (`waitFor` with several texts).
    @discardableResult
    func waitUntil(_ what: String, timeout: Double = 10, _ predicate: (String) -> Bool) throws -> String {
        let deadline = Date().addingTimeInterval(timeout)
        repeat {
            // Until the just-started server listens, tmux prints an error instead of the pane: it is no
            // screen, and a predicate such as "the help is gone" would hold for it.
            let (screen, captured) = try runChecked(["capture-pane", "-p", "-t", target])
            lastScreen = screen
            if captured && predicate(screen) { return screen }
            usleep(20_000)
        } while Date() < deadline
        throw ScreenTimeout(waitingFor: what, screen: lastScreen)
    }

    /// Waits until every one of `texts` is on the screen at once.
    @discardableResult
    func waitFor(_ texts: String..., timeout: Double = 10) throws -> String {
        try waitUntil(texts.map(\.debugDescription).joined(separator: " and "), timeout: timeout) { screen in
            texts.allSatisfy { screen.contains($0) }
        }
    }

    /// Waits for the wrapper's line after hearth exits: its status and whether the tty is cooked again.
    func waitForExit(timeout: Double = 10) throws -> (status: Int, cooked: Bool, screen: String) {
        // The whole line, not just " END": hearth's own screen may show that text (a paste ending in it).
        let screen = try waitUntil("hearth to exit", timeout: timeout) { Self.exitLine(in: $0) != nil }
        let line = Self.exitLine(in: screen) ?? ""
        let status = Int(line.dropFirst(5).prefix { $0.isNumber }) ?? -1
        return (status, line.contains("MODES=icanon echo"), screen)
    }

    /// The wrapper's `EXIT=<status> MODES=<flags> END` line, once it is on the screen. Without an alternate
    /// screen (TERM=linux) the UI's last line stays behind it, so " END" may be followed by leftovers.
    static func exitLine(in screen: String) -> String? {
        screen.split(separator: "\n").first { $0.hasPrefix("EXIT=") && $0.contains(" END") }.map(String.init)
    }

    /// The screen's rows, top to bottom, without the margin hearth leaves at their left: for checking what a
    /// row starts with.
    static func rows(_ screen: String) -> [Substring] {
        screen.split(separator: "\n", omittingEmptySubsequences: false).map { $0.drop { $0 == " " } }
    }

    /// The pid of hearth itself (the child of the wrapper shell in the pane).
    func hearthPID(timeout: Double = 10) throws -> Int32 {
        let shell = try run(["display", "-p", "-t", target, "#{pane_pid}"]).trimmingCharacters(in: .whitespacesAndNewlines)
        // The shell forks hearth after the pane exists: until then it has no child to name.
        let deadline = Date().addingTimeInterval(timeout)
        repeat {
            let children = (try? String(contentsOfFile: "/proc/\(shell)/task/\(shell)/children", encoding: .utf8)) ?? ""
            if let pid = children.split(separator: " ").first.flatMap({ Int32($0) }) { return pid }
            usleep(20_000)
        } while Date() < deadline
        throw ScreenTimeout(waitingFor: "hearth to start under the pane's shell \(shell)", screen: lastScreen)
    }
}

struct ScreenTimeout: Error, CustomStringConvertible {
    let waitingFor: String
    let screen: String
    var description: String { "timed out waiting for \(waitingFor); the screen was:\n\(screen)" }
}
