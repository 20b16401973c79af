import Foundation

/// Runs the built `hearth` binary as a subprocess in a private journal folder, as a user's shell would.
struct HearthCLI {
    struct Run {
        let status: Int32
        let stdout: String
        let stderr: String
    }

    /// A fresh temporary folder that holds HOME and the journal; removed by `cleanUp()`.
    let sandbox: URL
    var today = "2026-11-21"

    init() throws {
        sandbox = FileManager.default.temporaryDirectory
            .appendingPathComponent("hearth-cli-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: sandbox, withIntermediateDirectories: true)
    }

    var journal: URL { sandbox.appendingPathComponent("journal") }

    /// The executable `swift test` built next to the test bundle.
    static var binary: URL {
        URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
            .deletingLastPathComponent().appendingPathComponent("hearth")
    }

    /// Runs `hearth ARGS --dir <journal>` (unless `dir` is false) with no terminal attached.
    func run(_ arguments: [String], dir: Bool = true, environment extra: [String: String] = [:]) throws -> Run {
        let process = Process()
        process.executableURL = Self.binary
        process.arguments = arguments + (dir ? ["--dir", journal.path] : [])
        var environment = ["HOME": sandbox.path, "HEARTH_TODAY": today, "LANG": "C.UTF-8",
                           "PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"]
        environment.merge(extra) { $1 }
        process.environment = environment
        let (status, stdout, stderr) = try Self.capture(process)
        return Run(status: status, stdout: String(decoding: stdout, as: UTF8.self), stderr: String(decoding: stderr, as: UTF8.self))
    }

    /// Runs `process` with no input and returns its exit status, stdout and stderr.
    static func capture(_ process: Process) throws -> (status: Int32, stdout: Data, stderr: Data) {
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        try process.run()
        // Read before waiting so a large output cannot fill the pipe and stall the child.
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, stdout, stderr)
    }

    /// `hearth init` for Zoë and 美咲 with love languages.
    func initCouple() throws {
        let result = try run(["init", "--partner", "Zoë", "--partner", "美咲",
                              "--love-language", "Zoë=words,time", "--love-language", "美咲=service"])
        guard result.status == 0 else { throw Failure("init failed: \(result.stderr)") }
    }

    func file(_ relativePath: String) throws -> String {
        try String(contentsOf: journal.appendingPathComponent(relativePath), encoding: .utf8)
    }

    func exists(_ relativePath: String) -> Bool {
        FileManager.default.fileExists(atPath: journal.appendingPathComponent(relativePath).path)
    }

    /// Every file below a folder of the journal, as paths relative to that folder.
    func files(under relativePath: String) throws -> [String] {
        let folder = journal.appendingPathComponent(relativePath)
        guard let walker = FileManager.default.enumerator(atPath: folder.path) else { return [] }
        return walker.compactMap { $0 as? String }.filter { name in
            var isFolder: ObjCBool = false
            _ = FileManager.default.fileExists(atPath: folder.appendingPathComponent(name).path, isDirectory: &isFolder)
            return !isFolder.boolValue
        }
    }

    func cleanUp() {
        try? FileManager.default.removeItem(at: sandbox)
    }

    struct Failure: Error, CustomStringConvertible {
        let description: String
        init(_ description: String) { self.description = description }
    }
}
