import Foundation
import Testing

/// Two journals synced through a bare repository, each run as the CLI on its own "laptop": Zoë's made
/// with `hearth init` and `sync --setup`, 美咲's cloned from the remote with `sync --setup`.
struct TwoLaptops {
    let zoe: HearthCLI
    let misaki: HearthCLI
    var remote: URL { zoe.sandbox.appendingPathComponent("remote.git") }

    init() throws {
        zoe = try HearthCLI()
        misaki = try HearthCLI()
        try zoe.initCouple()
        let first = try zoe.run(["sync", "--setup", remote.path, "--partner", "Zoë"])
        guard first.status == 0 else { throw HearthCLI.Failure("setup failed: \(first.stderr)") }
        let second = try misaki.run(["sync", "--setup", remote.path, "--partner", "美咲"])
        guard second.status == 0 else { throw HearthCLI.Failure("clone failed: \(second.stderr)") }
    }

    /// `hearth sync` on one laptop.
    func sync(_ laptop: HearthCLI) throws -> HearthCLI.Run {
        try laptop.run(["sync"])
    }

    /// Syncs until both laptops hold the same commit (at most three rounds).
    func settle() throws {
        for _ in 0..<3 {
            for laptop in [zoe, misaki] {
                let run = try sync(laptop)
                guard run.status == 0 else { throw HearthCLI.Failure("sync failed: \(run.stdout)\(run.stderr)") }
            }
            if try Self.git(["rev-parse", "HEAD"], in: zoe.journal) == Self.git(["rev-parse", "HEAD"], in: misaki.journal) { return }
        }
    }

    /// Every file git carries in a journal, path to bytes (not .git, the lock or drafts).
    static func contents(of laptop: HearthCLI) throws -> [String: Data] {
        var files: [String: Data] = [:]
        for path in try laptop.files(under: "") where !path.hasPrefix(".git/") && path != ".hearth.lock" && !path.hasPrefix("drafts/")
            && !path.hasPrefix(".hearth/") {
            files[path] = try Data(contentsOf: laptop.journal.appendingPathComponent(path))
        }
        return files
    }

    /// Runs git in a folder and returns what it printed (trimmed), throwing when it fails.
    @discardableResult
    static func git(_ arguments: [String], in folder: URL) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git", "-C", folder.path] + arguments
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        let errors = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw HearthCLI.Failure("git \(arguments.joined(separator: " ")): \(String(decoding: errors, as: UTF8.self))")
        }
        return String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Rewrites a journal file by hand, as a text editor would.
    static func edit(_ laptop: HearthCLI, _ path: String, _ change: (String) -> String) throws {
        let url = laptop.journal.appendingPathComponent(path)
        let text = try String(contentsOf: url, encoding: .utf8)
        try Data(change(text).utf8).write(to: url)
    }

    /// `hearth ritual ARGUMENTS` on one laptop, which must succeed.
    static func ritual(_ laptop: HearthCLI, _ arguments: [String]) throws {
        let run = try laptop.run(["ritual"] + arguments)
        #expect(run.status == 0, "\(run.stderr)")
    }

    static func checkIn(_ laptop: HearthCLI, as partner: String, week: String = "2026-W47", _ extra: [String] = []) throws {
        let run = try laptop.run(["checkin", "--partner", partner, "--week", week, "--emotional", "4", "--physical", "3",
                                  "--intellectual", "5", "--spiritual", "2", "--experiential", "4"] + extra)
        guard run.status == 0 else { throw HearthCLI.Failure("checkin failed: \(run.stderr)") }
    }

    func cleanUp() {
        zoe.cleanUp()
        misaki.cleanUp()
    }
}
