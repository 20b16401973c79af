import Foundation
import Testing

/// Issue 12 end to end: a journal that starts encrypted, used from the command line with the real binary and
/// read back with the real `age`.
@Suite(.enabled(if: SealedJournal.hasAge, "age is not installed"), .endToEnd)
struct EncryptedJournalCLITests {
    static let ratings = ["--emotional", "4", "--physical", "3", "--intellectual", "5", "--spiritual", "2", "--experiential", "4"]
    static let checkInPath = "checkins/2026/2026-W47-zoe.md"

    @Test func aCheckInIsWrittenSealedAndReadBackByListShowAndSearch() throws {
        let sealed = try SealedJournal()
        defer { sealed.cli.cleanUp() }
        let cli = sealed.cli
        #expect(!cli.exists("profile.md"))
        #expect(cli.exists("profile.md.age"))
        #expect(cli.exists("keys/zoe.age") && cli.exists("keys/zoe.pub") && cli.exists("keys/partner-2.pub"))
        let identity = try sealed.exportedIdentity("zoe")
        let saved = try cli.run(["checkin", "--partner", "zoe", "--how", "Walking by the harbour lanterns"] + Self.ratings,
                                environment: ["HEARTH_IDENTITY": identity])
        #expect(saved.status == 0, "\(saved.stderr)")
        #expect(!cli.exists(Self.checkInPath))
        let onDisk = try Data(contentsOf: cli.journal.appendingPathComponent(Self.checkInPath + ".age"))
        #expect(onDisk.starts(with: Data("age-encryption.org/v1\n".utf8)))
        #expect(onDisk.range(of: Data("lanterns".utf8)) == nil)

        let list = try cli.run(["list", "--identity", identity])
        #expect(list.status == 0, "\(list.stderr)")
        #expect(list.stdout.contains("2026-W47"), "\(list.stdout)")
        let show = try cli.run(["show", "2026-W47", "--identity", identity])
        #expect(show.stdout.contains("Walking by the harbour lanterns"), "\(show.stdout)\(show.stderr)")
        let search = try cli.run(["search", "lanterns", "--identity", identity])
        #expect(search.stdout.contains("2026-W47"), "\(search.stdout)\(search.stderr)")
        #expect(saved.stdout.contains("2026-W47-zoe.md.age"), "the name on disk: \(saved.stdout)")
        // An export of an encrypted journal says it is plain text.
        let output = cli.sandbox.appendingPathComponent("export.json").path
        let exported = try cli.run(["export", "--format", "json", "--output", output, "--identity", identity])
        #expect(exported.status == 0, "\(exported.stderr)")
        #expect(exported.stderr.contains("in plain text: the journal is encrypted"), "\(exported.stderr)")
    }

    @Test func theExportedKeyOpensAFileHearthWroteWithTheRealAge() throws {
        let sealed = try SealedJournal()
        defer { sealed.cli.cleanUp() }
        let cli = sealed.cli
        let saved = try cli.run(["checkin", "--partner", "zoe", "--how", "Tea on the balcony"] + Self.ratings + sealed.unlocking("zoe"))
        #expect(saved.status == 0, "\(saved.stderr)")
        // 美咲's exported key opens Zoë's check-in: shared files are sealed to both partners.
        let identity = try sealed.exportedIdentity("partner-2")
        #expect(try String(contentsOfFile: identity, encoding: .utf8).contains("AGE-SECRET-KEY-1"))
        let opened = try SealedJournal.age(["-d", "-i", identity, cli.journal.appendingPathComponent(Self.checkInPath + ".age").path])
        #expect(opened.status == 0, "\(opened.stderr)")
        let text = String(decoding: opened.stdout, as: UTF8.self)
        #expect(text.hasPrefix("---\nhearth: 1\nweek: 2026-W47\npartner: zoe\n"), "\(text)")
        #expect(text.contains("Tea on the balcony"))
    }

    @Test func aWrongPassphraseSaysSoInOneLineExitsNonZeroAndTouchesNoFile() throws {
        // Keys as users get them: scrypt at 2^18.
        let sealed = try SealedJournal(realWorkFactor: true)
        #expect(try String(contentsOf: sealed.cli.journal.appendingPathComponent("keys/zoe.age"), encoding: .isoLatin1).contains(" 18\n"))
        defer { sealed.cli.cleanUp() }
        let cli = sealed.cli
        let wrong = cli.sandbox.appendingPathComponent("wrong.pass")
        try Data("not it\n".utf8).write(to: wrong)
        let before = try sealed.snapshot()
        let refused = try cli.run(["checkin", "--partner", "zoe"] + Self.ratings + ["--passphrase-file", "zoe=\(wrong.path)"])
        #expect(refused.status != 0)
        let lines = refused.stderr.split(separator: "\n")
        #expect(lines.count == 1, "\(refused.stderr)")
        #expect(refused.stderr.contains("wrong passphrase for zoe"), "\(refused.stderr)")
        #expect(refused.stdout.isEmpty)
        #expect(try sealed.snapshot() == before)
    }

    @Test func aNewPassphraseRewritesOnlyTheKeyFileAndOpensTheJournal() throws {
        let sealed = try SealedJournal()
        defer { sealed.cli.cleanUp() }
        let cli = sealed.cli
        #expect(try cli.run(["checkin", "--partner", "zoe"] + Self.ratings + sealed.unlocking("zoe")).status == 0)
        let before = try sealed.snapshot()
        let new = cli.sandbox.appendingPathComponent("new.pass")
        try Data("a new passphrase\n".utf8).write(to: new)
        let changed = try cli.run(["passphrase", "--partner", "Zoë", "--new-passphrase-file", new.path] + sealed.unlocking("zoe"))
        #expect(changed.status == 0, "\(changed.stderr)")
        let after = try sealed.snapshot()
        #expect(after["keys/zoe.age"] != before["keys/zoe.age"])
        #expect(after.filter { $0.key != "keys/zoe.age" } == before.filter { $0.key != "keys/zoe.age" })
        let opened = try cli.run(["show", "2026-W47", "--passphrase-file", "zoe=\(new.path)"])
        #expect(opened.status == 0, "\(opened.stderr)")
        #expect(opened.stdout.contains("Emotional"), "\(opened.stdout)")
        let old = try cli.run(["list"] + sealed.unlocking("zoe"))
        #expect(old.status != 0)
        #expect(old.stderr.contains("wrong passphrase"))
    }

    @Test func anIdentityFileUnlocksByOptionAndByEnvironmentAndAForeignOneIsRefused() throws {
        let sealed = try SealedJournal()
        defer { sealed.cli.cleanUp() }
        let cli = sealed.cli
        let identity = try sealed.exportedIdentity("partner-2")
        #expect(try cli.run(["list", "--identity", identity]).status == 0)
        #expect(try cli.run(["list"], environment: ["HEARTH_IDENTITY": identity]).status == 0)
        let foreign = cli.sandbox.appendingPathComponent("foreign.key")
        #expect(try SealedJournal.run("age-keygen", ["-o", foreign.path]).status == 0)
        let refused = try cli.run(["list", "--identity", foreign.path])
        #expect(refused.status != 0)
        #expect(refused.stderr.contains("no partner's key"), "\(refused.stderr)")
        // Nothing given and no terminal: said, not hung on a prompt.
        let locked = try cli.run(["list"])
        #expect(locked.status != 0)
        #expect(locked.stderr.contains("is encrypted"), "\(locked.stderr)")
    }

    @Test func aPrivateNoteIsReadableByItsWriterAlone() throws {
        let sealed = try SealedJournal()
        defer { sealed.cli.cleanUp() }
        let cli = sealed.cli
        let zoe = try sealed.exportedIdentity("zoe")
        let misaki = try sealed.exportedIdentity("partner-2")
        let saved = try cli.run(["checkin", "--partner", "zoe", "--private-note", "Only mine: the paper crane"] + Self.ratings
                                + ["--identity", zoe])
        #expect(saved.status == 0, "\(saved.stderr)")
        let hers = try cli.run(["show", "2026-W47", "--private", "--identity", zoe])
        #expect(hers.stdout.contains("Only mine: the paper crane"), "\(hers.stdout)")
        let theirs = try cli.run(["show", "2026-W47", "--private", "--identity", misaki])
        #expect(theirs.status == 0, "\(theirs.stderr)")
        #expect(theirs.stdout.contains("Emotional"), "the shared check-in still shows: \(theirs.stdout)")
        #expect(!theirs.stdout.contains("paper crane"))
        // Search finds it only with --private (without, the reflection's file is not opened at all), and only hers.
        #expect(try cli.run(["search", "crane", "--identity", zoe]).stdout.contains("Nothing mentions"))
        let found = try cli.run(["search", "crane", "--private", "--identity", zoe])
        #expect(found.stdout.contains("2026-W47  Zoë, private reflection: Only mine: the paper [crane]"), "\(found.stdout)\(found.stderr)")
        #expect(try cli.run(["search", "crane", "--private", "--identity", misaki]).stdout.contains("Nothing mentions"))
        // Not on disk in clear either.
        for (_, bytes) in try sealed.snapshot() { #expect(bytes.range(of: Data("paper crane".utf8)) == nil) }
    }

    @Test func aRotatedKeyOpensEveryFileItsPartnerReadsAndTheOldKeyNone() throws {
        let sealed = try SealedJournal()
        defer { sealed.cli.cleanUp() }
        let cli = sealed.cli
        let old = try sealed.exportedIdentity("zoe")
        let saved = try cli.run(["checkin", "--partner", "zoe", "--private-note", "Only mine: the kite"] + Self.ratings + ["--identity", old])
        #expect(saved.status == 0, "\(saved.stderr)")
        let rotated = try cli.run(["key", "rotate", "--partner", "zoe", "--new-passphrase-file", sealed.passphraseFiles["zoe"] ?? "",
                                   "--identity", old], environment: SealedJournal.weakKeys)
        #expect(rotated.status == 0, "\(rotated.stderr)")
        #expect(!cli.exists("keys/zoe.next.age"))
        let checkIn = cli.journal.appendingPathComponent(Self.checkInPath + ".age").path
        let reflection = cli.journal.appendingPathComponent("checkins/2026/2026-W47-zoe.private.md.age").path
        #expect(try SealedJournal.age(["-d", "-i", old, checkIn]).status != 0)
        #expect(try SealedJournal.age(["-d", "-i", old, reflection]).status != 0)
        let new = try sealed.exportedIdentity("zoe")
        #expect(try SealedJournal.age(["-d", "-i", new, checkIn]).status == 0)
        #expect(String(decoding: try SealedJournal.age(["-d", "-i", new, reflection]).stdout, as: UTF8.self).contains("the kite"))
        // The other partner still reads the shared files, and still not Zoë's reflection.
        let misaki = try sealed.exportedIdentity("partner-2")
        #expect(try SealedJournal.age(["-d", "-i", misaki, checkIn]).status == 0)
        #expect(try SealedJournal.age(["-d", "-i", misaki, reflection]).status != 0)
    }

    @Test func aPartnerWithoutAKeyGetsOneAndThenReadsTheSharedFilesButNotTheOtherReflection() throws {
        let sealed = try SealedJournal()
        defer { sealed.cli.cleanUp() }
        let cli = sealed.cli
        let zoe = try sealed.exportedIdentity("zoe")
        #expect(try cli.run(["checkin", "--partner", "zoe", "--private-note", "Only mine: the lighthouse"] + Self.ratings
                            + ["--identity", zoe]).status == 0)
        // 美咲's key lost (say, a folder restored from before she had one): doctor says what to run.
        for name in ["keys/partner-2.age", "keys/partner-2.pub"] { try FileManager.default.removeItem(at: cli.journal.appendingPathComponent(name)) }
        let doctor = try cli.run(["doctor", "--identity", zoe])
        #expect(doctor.stdout.contains("hearth key add-partner --partner partner-2"), "\(doctor.stdout)")
        let added = try cli.run(["key", "add-partner", "--partner", "美咲", "--identity", zoe] + sealed.unlocking("partner-2"),
                                environment: SealedJournal.weakKeys)
        #expect(added.status == 0, "\(added.stderr)")
        let misaki = try sealed.exportedIdentity("partner-2")
        #expect(try SealedJournal.age(["-d", "-i", misaki, cli.journal.appendingPathComponent(Self.checkInPath + ".age").path]).status == 0)
        #expect(try SealedJournal.age(["-d", "-i", misaki, cli.journal.appendingPathComponent("profile.md.age").path]).status == 0)
        let reflection = cli.journal.appendingPathComponent("checkins/2026/2026-W47-zoe.private.md.age").path
        #expect(try SealedJournal.age(["-d", "-i", misaki, reflection]).status != 0)
        #expect(try cli.run(["doctor", "--identity", misaki]).status == 0)
    }

    @Test func decryptNeedsEveryPartnerThenLeavesPlainFilesAndKeepsTheSealedKeys() throws {
        let sealed = try SealedJournal()
        defer { sealed.cli.cleanUp() }
        let cli = sealed.cli
        let zoe = try sealed.exportedIdentity("zoe")
        #expect(try cli.run(["checkin", "--partner", "zoe", "--private-note", "Only mine: the harbour"] + Self.ratings
                            + ["--identity", zoe]).status == 0)
        let alone = try cli.run(["decrypt", "--identity", zoe])
        #expect(alone.status != 0, "one partner cannot open the other's reflections")
        #expect(alone.stderr.contains("partner-2's key is not unlocked"), "\(alone.stderr)")
        let both = cli.sandbox.appendingPathComponent("both.key")
        try (try Data(contentsOf: URL(fileURLWithPath: zoe)) + Data(contentsOf: URL(fileURLWithPath: try sealed.exportedIdentity("partner-2"))))
            .write(to: both)
        let decrypted = try cli.run(["decrypt", "--identity", both.path])
        #expect(decrypted.status == 0, "\(decrypted.stderr)")
        #expect(try cli.file(Self.checkInPath).contains("Only mine: the harbour"))
        #expect(!cli.exists(Self.checkInPath + ".age") && !cli.exists("profile.md.age"))
        #expect(!cli.exists("keys/zoe.pub") && cli.exists("keys/zoe.age"))
        let show = try cli.run(["show", "2026-W47", "--private"])
        #expect(show.stdout.contains("Only mine: the harbour"), "\(show.stdout)\(show.stderr)")
    }

    @Test func aRotationStoppedBetweenTheTwoKeyFilesOpensWithTheNewPassphraseAndFinishesWhenRunAgain() throws {
        let sealed = try SealedJournal()
        defer { sealed.cli.cleanUp() }
        let cli = sealed.cli
        let keys = cli.journal.appendingPathComponent("keys")
        let oldSealedKey = try Data(contentsOf: keys.appendingPathComponent("zoe.age"))
        let new = cli.sandbox.appendingPathComponent("new.pass")
        try Data("the new one\n".utf8).write(to: new)
        let rotated = try cli.run(["key", "rotate", "--partner", "zoe", "--new-passphrase-file", new.path] + sealed.unlocking("zoe"),
                                  environment: SealedJournal.weakKeys)
        #expect(rotated.status == 0, "\(rotated.stderr)")
        // As if stopped after the new public key and before the new sealed key: the old one still in place.
        try FileManager.default.copyItem(at: keys.appendingPathComponent("zoe.age"), to: keys.appendingPathComponent("zoe.next.age"))
        try oldSealedKey.write(to: keys.appendingPathComponent("zoe.age"))
        let opened = try cli.run(["list", "--passphrase-file", "zoe=\(new.path)"])
        #expect(opened.status == 0, "\(opened.stderr)")
        let again = try cli.run(["key", "rotate", "--partner", "zoe", "--new-passphrase-file", new.path, "--passphrase-file", "zoe=\(new.path)"],
                                environment: SealedJournal.weakKeys)
        #expect(again.status == 0, "\(again.stderr)")
        #expect(!cli.exists("keys/zoe.next.age"))
        #expect(try cli.run(["doctor", "--passphrase-file", "zoe=\(new.path)"]).status == 0)
    }
}
