import Foundation
import Testing

/// `hearth doctor` over a journal holding what a reader must not block on, exhaust memory on, or crash on.
@Suite(.endToEnd)
struct DoctorSpecialFileTests {
    @Test func doctorNamesEverySpecialEntryAndTheDeepFileAndFinishes() throws {
        let cli = try HearthCLI()
        defer { cli.cleanUp() }
        try cli.initCouple()
        let manager = FileManager.default
        let year = cli.journal.appendingPathComponent("checkins/2026")
        // Private, as Hearth keeps them: doctor reports looser modes as problems of their own.
        let folderMode: [FileAttributeKey: Any] = [.posixPermissions: 0o700]
        try manager.createDirectory(at: year, withIntermediateDirectories: true, attributes: folderMode)
        try manager.createDirectory(at: cli.journal.appendingPathComponent("drafts"), withIntermediateDirectories: true, attributes: folderMode)
        #expect(mkfifo(year.appendingPathComponent("2026-W40-zoe.md").path, 0o600) == 0)
        try manager.createSymbolicLink(atPath: year.appendingPathComponent("2026-W41-zoe.md").path, withDestinationPath: "/dev/zero")
        try manager.createSymbolicLink(atPath: year.appendingPathComponent("2026-W42-zoe.md").path, withDestinationPath: "/dev/urandom")
        try manager.createDirectory(at: year.appendingPathComponent("2026-W43-zoe.md"), withIntermediateDirectories: false, attributes: folderMode)
        try manager.createSymbolicLink(atPath: year.appendingPathComponent("2026-W44-zoe.md").path, withDestinationPath: "gone.md")
        try manager.createSymbolicLink(atPath: year.appendingPathComponent("2026-W45-zoe.md").path, withDestinationPath: "2026-W45-zoe.md")
        // The report's 50 KB file: a value nested 25,000 levels deep.
        let deep = "---\nhearth: 1\nweek: 2026-W46\npartner: zoe\nx:\n" + String(repeating: "- ", count: 25_000) + "a\n---\n"
        try Data(deep.utf8).write(to: year.appendingPathComponent("2026-W46-zoe.md"))
        try manager.setAttributes([.posixPermissions: 0o600], ofItemAtPath: year.appendingPathComponent("2026-W46-zoe.md").path)
        #expect(mkfifo(cli.journal.appendingPathComponent("drafts/2026-W47-zoe.md").path, 0o600) == 0)

        let result = try cli.run(["doctor"])

        #expect(result.status == 1)
        let expected = [
            "checkins/2026/2026-W40-zoe.md: is a FIFO (named pipe), not a file",
            "checkins/2026/2026-W41-zoe.md: is a link to /dev/zero, outside the journal folder",
            "checkins/2026/2026-W42-zoe.md: is a link to /dev/urandom, outside the journal folder",
            "checkins/2026/2026-W43-zoe.md: is a folder, not a file",
            "checkins/2026/2026-W44-zoe.md: is a link to gone.md, which does not exist",
            "checkins/2026/2026-W45-zoe.md: is a link that leads back to itself",
            "checkins/2026/2026-W46-zoe.md:6:33: nested more than 16 levels deep",
            "drafts/2026-W47-zoe.md: is a FIFO (named pipe), not a file",
        ]
        for line in expected {
            #expect(result.stdout.contains(line), "missing \(line) in:\n\(result.stdout)")
        }
        #expect(result.stdout.contains("8 problems in 8 files"))
        #expect(!result.stdout.contains("permissions"))
    }
}
