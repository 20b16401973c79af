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

    /// Starts `hearth arguments...` in a `width` x `height` window.
    init(width: Int = 80, height: Int = 24, arguments: [String] = [], environment: [String: String] = [:],
         today: String = "2026-11-18") throws {
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
            "\"$0\" \"$@\"; rc=$?",
            "while [ $rc -eq 148 ]; do \(modes); echo \"SUSPENDED MODES=$modes\"; read _; fg >/dev/null; rc=$?; done",
            modes,
            "echo \"EXIT=$rc MODES=$modes END\"; exec sleep 600",
        ]).joined(separator: "\n")
        try start(["new-session", "-d", "-s", target, "-x", "\(width)", "-y", "\(height)",
                   "sh", "-c", script, Self.binary.path] + arguments)
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
    func run(_ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: Self.tmux ?? "/usr/bin/tmux")
        process.arguments = ["-S", socket] + arguments
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }

    func capture() throws -> String { try run(["capture-pane", "-p", "-t", target]) }
    /// Named keys as tmux spells them: `Up`, `Escape`, `C-c`, `?`.
    func press(_ keys: String...) throws { try run(["send-keys", "-t", target] + keys) }
    /// Literal text, UTF-8 included.
    func type(_ text: String) throws { try run(["send-keys", "-t", target, "-l", text]) }
    func resize(width: Int, height: Int) throws {
        try run(["resize-window", "-t", target, "-x", "\(width)", "-y", "\(height)"])
    }

    /// Polls the screen every 20 ms until `predicate` holds; on timeout fails with the whole screen.
    @discardableResult
    func waitUntil(_ what: String, timeout: Double = 10, _ predicate: (String) -> Bool) throws -> String {
        let deadline = Date().addingTimeInterval(timeout)
        repeat {
            lastScreen = try capture()
            if predicate(lastScreen) { return lastScreen }
            usleep(20_000)
        } while Date() < deadline
        throw ScreenTimeout(waitingFor: what, screen: lastScreen)
    }

    @discardableResult
    func waitFor(_ text: String, timeout: Double = 10) throws -> String {
        try waitUntil(text.debugDescription, timeout: timeout) { $0.contains(text) }
    }

    /// Waits for the wrapper's line after hearth exits: its status and whether the tty is cooked again.
    func waitForExit(timeout: Double = 10) throws -> (status: Int, cooked: Bool, screen: String) {
        let screen = try waitUntil("hearth to exit", timeout: timeout) { $0.contains(" END") }
        let line = screen.split(separator: "\n").first { $0.hasPrefix("EXIT=") }.map(String.init) ?? ""
        let status = Int(line.dropFirst(5).prefix { $0.isNumber }) ?? -1
        return (status, line.contains("MODES=icanon echo"), screen)
    }

    /// The pid of hearth itself (the child of the wrapper shell in the pane).
    func hearthPID() throws -> Int32 {
        let shell = try run(["display", "-p", "-t", target, "#{pane_pid}"]).trimmingCharacters(in: .whitespacesAndNewlines)
        let children = try String(contentsOfFile: "/proc/\(shell)/task/\(shell)/children", encoding: .utf8)
        return try #require(Int32(children.split(separator: " ").first ?? ""))
    }
}

struct ScreenTimeout: Error, CustomStringConvertible {
    let waitingFor: String
    let screen: String
    var description: String { "timed out waiting for \(waitingFor); the screen was:\n\(screen)" }
}
