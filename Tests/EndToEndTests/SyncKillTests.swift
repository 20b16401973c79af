import Foundation
import Testing

/// A short run of scripts/sync-kill-test.sh: `hearth sync` killed at random points, then doctor and the next sync.
@Suite("sync killed at random points")
struct SyncKillTests {
    @Test(arguments: [false, true])
    func aKilledSyncLeavesAJournalDoctorAcceptsAndTheNextSyncCompletes(encrypted: Bool) throws {
        let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("scripts/sync-kill-test.sh")
        let process = Process()
        process.executableURL = script
        process.arguments = ["3"]
        var environment = ProcessInfo.processInfo.environment
        environment["HEARTH"] = HearthCLI.binary.path
        // Encrypted: every sync killed is merging a sealed ritual file in memory.
        environment["ENCRYPTED"] = encrypted ? "1" : "0"
        process.environment = environment
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let stdout = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        let stderr = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "\(stdout)\(stderr)")
        #expect(stdout.contains("sync-kill-test: 3 rounds"), "\(stdout)")
    }
}
