import Foundation

/// The real `age` and `age-keygen` (Debian's package, installed by .ci/run), run as processes in a
/// temporary folder. age asks for passphrases on the terminal only, so those runs go through `script`,
/// which gives age a pseudo-terminal and types our standard input into it.
struct AgeTool {
    struct Run {
        let status: Int32
        let outputBytes: [UInt8]
        let errors: String
        var output: String { String(decoding: outputBytes, as: UTF8.self) }
    }

    let folder: URL

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("hearth-age-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    func remove() { try? FileManager.default.removeItem(at: folder) }

    func path(_ name: String) -> String { folder.appendingPathComponent(name).path }

    func write(_ name: String, _ bytes: [UInt8]) throws {
        try Data(bytes).write(to: folder.appendingPathComponent(name))
    }

    func read(_ name: String) throws -> [UInt8] { Array(try Data(contentsOf: folder.appendingPathComponent(name))) }

    /// Runs `/usr/bin/<tool>` with `arguments`; standard input is empty unless given.
    func run(_ tool: String, _ arguments: [String], input: [UInt8] = []) throws -> Run {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/\(tool)")
        process.arguments = arguments
        process.currentDirectoryURL = folder
        let outName = "stdout-\(UUID().uuidString)", errName = "stderr-\(UUID().uuidString)"
        try write(outName, [])
        try write(errName, [])
        let out = try FileHandle(forWritingTo: folder.appendingPathComponent(outName))
        let err = try FileHandle(forWritingTo: folder.appendingPathComponent(errName))
        let inputPipe = Pipe()
        process.standardInput = inputPipe
        process.standardOutput = out
        process.standardError = err
        try process.run()
        inputPipe.fileHandleForWriting.write(Data(input))
        try inputPipe.fileHandleForWriting.close()
        process.waitUntilExit()
        try out.close()
        try err.close()
        defer {
            try? FileManager.default.removeItem(atPath: path(outName))
            try? FileManager.default.removeItem(atPath: path(errName))
        }
        return Run(status: process.terminationStatus, outputBytes: try read(outName),
                   errors: String(decoding: try read(errName), as: UTF8.self))
    }

    /// Runs age on a terminal, typing each of `answers` followed by Enter.
    func runOnTerminal(_ arguments: [String], answers: [String]) throws -> Run {
        let command = (["age"] + arguments).map { "'" + $0.replacingOccurrences(of: "'", with: "'\\''") + "'" }
            .joined(separator: " ")
        return try run("script", ["-qec", command, "/dev/null"], input: Array(answers.map { $0 + "\n" }.joined().utf8))
    }
}
