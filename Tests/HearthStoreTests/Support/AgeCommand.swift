import Foundation

/// Runs the real `age` (Debian package `age`, installed by .ci/run) in a folder.
enum AgeCommand {
    struct Run {
        let status: Int32
        let output: [UInt8]
        let errors: String
    }

    /// `/usr/bin/age` with `arguments`, in `folder`; output and errors go through files, not pipes, so a
    /// large output cannot stall it.
    static func run(_ arguments: [String], in folder: String) throws -> Run {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/age")
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: folder)
        let outPath = folder + "/.age-out-\(UUID().uuidString)", errPath = folder + "/.age-err-\(UUID().uuidString)"
        _ = FileManager.default.createFile(atPath: outPath, contents: nil)
        _ = FileManager.default.createFile(atPath: errPath, contents: nil)
        defer {
            try? FileManager.default.removeItem(atPath: outPath)
            try? FileManager.default.removeItem(atPath: errPath)
        }
        process.standardOutput = try FileHandle(forWritingTo: URL(fileURLWithPath: outPath))
        process.standardError = try FileHandle(forWritingTo: URL(fileURLWithPath: errPath))
        process.standardInput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        return Run(status: process.terminationStatus,
                   output: FileManager.default.contents(atPath: outPath).map(Array.init) ?? [],
                   errors: (try? String(contentsOfFile: errPath, encoding: .utf8)) ?? "")
    }
}
