import Foundation
import Testing

/// Messages about files Hearth cannot read count files, not problems, and say what is actually wrong.
@Suite("Messages about unreadable files")
struct ProblemMessageTests {
    static let ratings = ["--emotional", "4", "--physical", "3", "--intellectual", "5", "--spiritual", "3", "--experiential", "4"]

    /// One check-in with two unknown rating types: two problems, one file.
    static func writeTwoProblemCheckIn(_ cli: HearthCLI) throws {
        let text = "---\nhearth: 1\nweek: 2026-W47\npartner: zoe\nratings:\n  warmth: 3\n  silliness: 4\n---\n"
        let folder = cli.journal.appendingPathComponent("checkins/2026")
        // Private, as Hearth keeps them: doctor reports looser modes as problems of their own.
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        try Data(text.utf8).write(to: folder.appendingPathComponent("2026-W47-zoe.md"))
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: folder.appendingPathComponent("2026-W47-zoe.md").path)
    }

    @Test func twoProblemsInOneFileAreOneUnreadableFile() throws {
        let cli = try HearthCLI()
        defer { cli.cleanUp() }
        try cli.initCouple()
        try Self.writeTwoProblemCheckIn(cli)
        let result = try cli.run(["list"])
        #expect(result.stderr.contains("skipped 1 unreadable file;"), "stderr: \(result.stderr)")
        let doctor = try cli.run(["doctor"])
        #expect(doctor.stdout.contains("2 problems in 1 file"), "stdout: \(doctor.stdout)")
    }

    @Test(arguments: [true, false])
    func aCheckInOverABrokenFileSaysTheFileIsBrokenNotThatItExists(_ replace: Bool) throws {
        let cli = try HearthCLI()
        defer { cli.cleanUp() }
        try cli.initCouple()
        try Self.writeTwoProblemCheckIn(cli)
        let before = try cli.file("checkins/2026/2026-W47-zoe.md")
        let result = try cli.run(["checkin", "--partner", "Zoë", "--week", "2026-W47"] + Self.ratings + (replace ? ["--replace"] : []))
        #expect(result.status != 0)
        #expect(result.stderr.contains("checkins/2026/2026-W47-zoe.md:7:14: `silliness`: unknown intimacy type"), "stderr: \(result.stderr)")
        #expect(result.stderr.contains("will not \(replace ? "replace" : "write over") a file it cannot read"))
        #expect(!result.stderr.contains("already"))
        #expect(try cli.file("checkins/2026/2026-W47-zoe.md") == before)
    }
}
