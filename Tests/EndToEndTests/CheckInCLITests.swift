import Foundation
import Testing

/// `hearth checkin` without ratings opens the wizard, which needs a terminal.
@Suite("hearth checkin without ratings")
struct CheckInCLITests {
    @Test func withoutATerminalItSaysSoInOneLineAndWritesNothing() throws {
        let cli = try HearthCLI()
        defer { cli.cleanUp() }
        try cli.initCouple()
        for arguments in [["checkin"], ["checkin", "--partner", "zoe", "--week", "2026-W46"]] {
            let result = try cli.run(arguments)
            #expect(result.status == 2)
            #expect(result.stderr.split(separator: "\n").count == 1)
            #expect(result.stderr.contains("needs a terminal"), "stderr was: \(result.stderr)")
        }
        #expect(try cli.files(under: "checkins").isEmpty)
        #expect(!cli.exists("drafts"))
    }

    @Test func ratingsWithoutAPartnerAskWhoIsCheckingIn() throws {
        let cli = try HearthCLI()
        defer { cli.cleanUp() }
        try cli.initCouple()
        let result = try cli.run(["checkin", "--emotional", "4", "--physical", "3", "--intellectual", "5",
                                  "--spiritual", "skip", "--experiential", "2"])
        #expect(result.status != 0)
        #expect(result.stderr.contains("--partner is needed with ratings"))
        #expect(try cli.files(under: "checkins").isEmpty)
    }

    @Test func aDraftIsNeitherACheckInNorAProblem() throws {
        let cli = try HearthCLI()
        defer { cli.cleanUp() }
        try cli.initCouple()
        let drafts = cli.journal.appendingPathComponent("drafts")
        try FileManager.default.createDirectory(at: drafts, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        try "---\nhearth: 1\nweek: 2026-W47\npartner: zoe\nratings:\n  emotional: 4\ndraft_step: 1\ndraft_session: [zoe]\n---\n"
            .write(to: drafts.appendingPathComponent("2026-W47-zoe.md"), atomically: true, encoding: .utf8)
        // As the wizard writes drafts (hand-made 0644 would be a problem of its own).
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: drafts.appendingPathComponent("2026-W47-zoe.md").path)
        let doctor = try cli.run(["doctor"])
        #expect(doctor.status == 0, "stdout: \(doctor.stdout) stderr: \(doctor.stderr)")
        let list = try cli.run(["list"])
        #expect(!list.stdout.contains("2026-W47"))
    }
}
