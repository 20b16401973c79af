import Foundation
import Testing

/// Issue 11, defects 6, 7 and 10 through the real binary: links out, modes, and both partners editing profile.md.
@Suite("CLI: writes stay inside the journal, private, and merge the shared profile")
struct WriteSafetyCLITests {
    private let ratings = ["--emotional", "4", "--physical", "3", "--intellectual", "5", "--spiritual", "2", "--experiential", "4"]

    @Test func aYearFolderLinkedOutIsRefusedAndDoctorNamesIt() throws {
        let cli = try HearthCLI()
        defer { cli.cleanUp() }
        try cli.initCouple()
        let outside = cli.sandbox.appendingPathComponent("elsewhere")
        try FileManager.default.createDirectory(at: outside, withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: cli.journal.appendingPathComponent("checkins/2025").path,
                                                   withDestinationPath: outside.path)
        let checkIn = try cli.run(["checkin", "--partner", "Zoë", "--week", "2025-W10"] + ratings)
        #expect(checkIn.status != 0)
        #expect(checkIn.stderr.contains("checkins/2025") && checkIn.stderr.contains("outside the journal"), "\(checkIn.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: outside.path).isEmpty, "nothing written out there")
        let doctor = try cli.run(["doctor"])
        #expect(doctor.status == 1 && doctor.stdout.contains("checkins/2025: is a symbolic link to"), "\(doctor.stdout)")
    }

    @Test func underAStrictUmaskFilesAre0600AndDoctorFixTightensOnlyModes() throws {
        let cli = try HearthCLI()
        defer { cli.cleanUp() }
        try cli.initCouple()
        let shell = Process()
        shell.executableURL = URL(fileURLWithPath: "/bin/sh")
        shell.arguments = ["-c", "umask 0277; exec \"$0\" \"$@\"", HearthCLI.binary.path, "checkin", "--partner", "Zoë",
                           "--dir", cli.journal.path] + ratings
        shell.environment = ["HOME": cli.sandbox.path, "HEARTH_TODAY": cli.today, "LANG": "C.UTF-8"]
        try shell.run()
        shell.waitUntilExit()
        #expect(shell.terminationStatus == 0)
        let path = cli.journal.appendingPathComponent("checkins/2026/2026-W47-zoe.md").path
        #expect(try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int == 0o600)

        try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: path)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: cli.journal.path)
        let before = try cli.file("checkins/2026/2026-W47-zoe.md")
        let report = try cli.run(["doctor"])
        #expect(report.status == 1 && report.stdout.contains("checkins/2026/2026-W47-zoe.md: others can reach it (mode 0644"), "\(report.stdout)")
        #expect(report.stdout.contains("hearth doctor --fix"))
        let fixed = try cli.run(["doctor", "--fix"])
        #expect(fixed.status == 0, "\(fixed.stdout)")
        #expect(fixed.stdout.contains("Tightened 2 modes") && fixed.stdout.contains("checkins/2026/2026-W47-zoe.md 0644 -> 0600"), "\(fixed.stdout)")
        #expect(try cli.file("checkins/2026/2026-W47-zoe.md") == before)
        #expect(try FileManager.default.attributesOfItem(atPath: cli.journal.path)[.posixPermissions] as? Int == 0o700)
    }

    /// The audit's race: each round both partners change their love languages at once, in two processes.
    @Test func concurrentLoveLanguageEditsOfDifferentPartnersAreNeitherRefusedNorLost() throws {
        let cli = try HearthCLI()
        defer { cli.cleanUp() }
        try cli.initCouple()
        let languages = ["words", "service", "gifts", "time", "touch"]
        var refused: [String] = []
        let rounds = 40
        for round in 0..<rounds {
            let zoe = languages[round % 5], misaki = languages[(round + 2) % 5]
            let runs = try [("Zoë", zoe), ("美咲", misaki)].map { name, language in
                try cli.start(["profile", "--love-language", "\(name)=\(language)"])
            }.map { $0.finish() }
            refused += runs.filter { $0.status != 0 }.map(\.stderr)
            let profile = try cli.file("profile.md")
            #expect(profile.contains("name: \"Zoë\"\n    love_languages:\n      primary: \(zoe)\n"), "round \(round): Zoë's edit lost\n\(profile)")
            #expect(profile.contains("name: \"美咲\"\n    love_languages:\n      primary: \(misaki)\n"), "round \(round): 美咲's edit lost\n\(profile)")
        }
        #expect(refused.isEmpty, "\(refused.count) of \(rounds * 2) refused: \(refused.prefix(3))")
    }
}

/// A `hearth` command started and not yet waited for, so several can run at once.
struct RunningCommand {
    let process: Process
    let out: Pipe
    let err: Pipe

    func finish() -> HearthCLI.Run {
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return HearthCLI.Run(status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
                             stderr: String(decoding: stderr, as: UTF8.self))
    }
}

extension HearthCLI {
    /// Starts `hearth ARGS --dir <journal>` and returns at once.
    func start(_ arguments: [String]) throws -> RunningCommand {
        let process = Process()
        process.executableURL = Self.binary
        process.arguments = arguments + ["--dir", journal.path]
        process.environment = ["HOME": sandbox.path, "HEARTH_TODAY": today, "LANG": "C.UTF-8"]
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        try process.run()
        return RunningCommand(process: process, out: out, err: err)
    }
}
