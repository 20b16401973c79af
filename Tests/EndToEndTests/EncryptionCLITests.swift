import Foundation
import Testing

/// Issue 12 from the command line: unlocking, the key commands and the private note, with the real binary.
@Suite(.endToEnd)
struct EncryptionCLITests {
    static let ratings = ["--emotional", "4", "--physical", "3", "--intellectual", "5", "--spiritual", "2", "--experiential", "4"]

    @Test func aPrivateNoteIsSavedAndShownOnlyWhenAskedFor() throws {
        let cli = try HearthCLI()
        defer { cli.cleanUp() }
        try cli.initCouple()
        let saved = try cli.run(["checkin", "--partner", "zoe", "--private-note", "Just for me: the lantern"] + Self.ratings)
        #expect(saved.status == 0, "\(saved.stderr)")
        #expect(try cli.file("checkins/2026/2026-W47-zoe.md").contains("Just for me: the lantern"))
        let hidden = try cli.run(["show", "2026-W47"])
        #expect(!hidden.stdout.contains("the lantern"))
        let shown = try cli.run(["show", "2026-W47", "--private"])
        #expect(shown.stdout.contains("Just for me: the lantern"), "\(shown.stdout)")
    }

    @Test func theKeyCommandsSayAPlainJournalHasNoKeys() throws {
        let cli = try HearthCLI()
        defer { cli.cleanUp() }
        try cli.initCouple()
        for command in [["key", "export", "--partner", "zoe"], ["passphrase", "--partner", "zoe"]] {
            let refused = try cli.run(command)
            #expect(refused.status != 0)
            #expect(refused.stderr.contains("is not encrypted"), "\(refused.stderr)")
            #expect(refused.stdout.isEmpty)
        }
        // Unlock options are accepted (and not needed) on a plain journal.
        let listed = try cli.run(["list", "--identity", "/nonexistent", "--passphrase-file", "zoe=/nonexistent"])
        #expect(listed.status == 0, "\(listed.stderr)")
    }
}
