import Foundation
import Testing

/// `hearth decrypt` stopped after its last step (every file plain, the public keys removed) finishes when run
/// again: it says there is nothing left and succeeds, as bench/encrypt-kills needs after a kill there.
@Suite(.enabled(if: SealedJournal.hasAge, "age is not installed"), .endToEnd)
struct DecryptResumeCLITests {
    @Test func decryptRunAgainOnceDoneSucceedsAndAJournalNeverEncryptedIsStillRefused() throws {
        let sealed = try SealedJournal()
        defer { sealed.cli.cleanUp() }
        let cli = sealed.cli
        let both = cli.sandbox.appendingPathComponent("both.key")
        try (try Data(contentsOf: URL(fileURLWithPath: try sealed.exportedIdentity("zoe")))
             + Data(contentsOf: URL(fileURLWithPath: try sealed.exportedIdentity("partner-2")))).write(to: both)
        #expect(try cli.run(["decrypt", "--identity", both.path]).status == 0)
        let again = try cli.run(["decrypt", "--identity", both.path])
        #expect(again.status == 0, "\(again.stderr)")
        #expect(again.stdout.contains("plain text already"), "\(again.stdout)")

        let plain = try HearthCLI()
        defer { plain.cleanUp() }
        try plain.initCouple()
        let refused = try plain.run(["decrypt"])
        #expect(refused.status != 0)
        #expect(refused.stderr.contains("is not encrypted"), "\(refused.stderr)")
    }
}
