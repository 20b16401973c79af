import Foundation
import Testing

/// `hearth init` leaves ignore files so that git and Syncthing carry the journal but not what belongs to one device.
@Suite("init's ignore files")
struct SyncIgnoreTests {
    /// Runs git in the journal folder and returns what it printed.
    private static func git(_ arguments: [String], in folder: URL) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git", "-C", folder.path] + arguments
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }

    @Test func gitCarriesTheJournalButNotTheLockOrDrafts() throws {
        let cli = try HearthCLI()
        defer { cli.cleanUp() }
        try cli.initCouple()
        let checkIn = try cli.run(["checkin", "--partner", "Zoë", "--emotional", "4", "--physical", "3",
                                   "--intellectual", "5", "--spiritual", "2", "--experiential", "4"])
        #expect(checkIn.status == 0, "\(checkIn.stderr)")
        // A draft as the wizard leaves one while a partner is still answering.
        try FileManager.default.createDirectory(at: cli.journal.appendingPathComponent("drafts"), withIntermediateDirectories: true,
                                                attributes: [.posixPermissions: 0o700])
        // (A whole one: doctor checks drafts too, and this test is about the ignore files.)
        try Data("---\nhearth: 1\nweek: 2026-W47\npartner: misaki\n---\n".utf8)
            .write(to: cli.journal.appendingPathComponent("drafts/2026-W47-misaki.md"))
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: cli.journal.appendingPathComponent("drafts/2026-W47-misaki.md").path)
        #expect(cli.exists(".hearth.lock"), "a save takes the writer lock, which leaves its file")

        // What a save killed before its rename leaves: a copy of private text that git must not pick up.
        try Data("private".utf8).write(to: cli.journal.appendingPathComponent("checkins/2026/.2026-W47-zoe.md.tmp-99999-1"))
        _ = try Self.git(["init", "-q"], in: cli.journal)
        let status = try Self.git(["status", "--porcelain", "--untracked-files=all"], in: cli.journal)
        #expect(status.contains("checkins/2026/2026-W47-zoe.md"), "\(status)")
        #expect(status.contains("profile.md") && status.contains("agenda.md") && status.contains(".stignore"))
        #expect(!status.contains(".hearth.lock"), "\(status)")
        #expect(!status.contains("drafts/"), "\(status)")
        #expect(!status.contains(".tmp-"), "\(status)")

        let syncthing = try cli.file(".stignore").split(separator: "\n")
        #expect(syncthing.contains(".hearth.lock") && syncthing.contains("drafts"))
        #expect(syncthing.allSatisfy { !$0.hasPrefix("#") }, "Syncthing reads # lines as patterns, not comments")
        try FileManager.default.removeItem(at: cli.journal.appendingPathComponent("checkins/2026/.2026-W47-zoe.md.tmp-99999-1"))
        let doctor = try cli.run(["doctor"])
        #expect(doctor.status == 0, "the ignore files are not journal problems: \(doctor.stdout)\(doctor.stderr)")
    }

    @Test func ignoreFilesTheCoupleAlreadyHasAreLeftAsTheyAre() throws {
        let cli = try HearthCLI()
        defer { cli.cleanUp() }
        try FileManager.default.createDirectory(at: cli.journal, withIntermediateDirectories: true)
        try Data("*.bak\n".utf8).write(to: cli.journal.appendingPathComponent(".gitignore"))
        try cli.initCouple()
        // Their own lines stay as they are; only the temporaries' line is added after them.
        #expect(try cli.file(".gitignore").hasPrefix("*.bak\n#"))
        #expect(try cli.file(".gitignore").hasSuffix("\n.*.tmp-*\n"))
        #expect(try cli.file(".stignore").contains("drafts"))
    }
}
