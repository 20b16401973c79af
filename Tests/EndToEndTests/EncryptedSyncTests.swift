import Foundation
import Testing

/// Issue 13 point 2 for an encrypted journal (issue 12): sync merges sealed files by meaning in memory, and
/// no plain text of the journal reaches the disk, git's objects or the remote.
@Suite("sync of an encrypted journal", .endToEnd)
struct EncryptedSyncTests {
    static let ratings = ["--emotional", "4", "--physical", "3", "--intellectual", "5", "--spiritual", "2", "--experiential", "4"]

    private func checkIn(_ laptops: SealedLaptops, _ laptop: HearthCLI, as partner: String, _ extra: [String]) throws {
        let run = try laptops.run(laptop, as: partner, ["checkin", "--partner", partner, "--week", "2026-W47"] + Self.ratings + extra)
        guard run.status == 0 else { throw HearthCLI.Failure("checkin failed: \(run.stderr)") }
    }

    @Test func sealedFilesEditedOnBothLaptopsMergeByMeaningAndNoPlainTextIsLeft() throws {
        let laptops = try SealedLaptops()
        defer { laptops.cleanUp() }
        let (zoe, misaki) = (laptops.zoe, laptops.misaki)
        let sentence = "The lantern by the river \(UUID().uuidString)"
        let walk = "Walk \(UUID().uuidString.prefix(8))"
        try checkIn(laptops, zoe, as: "zoe", ["--note", sentence, "--private-note", "Only mine: " + sentence])
        try checkIn(laptops, misaki, as: "partner-2", ["--how", sentence])
        try laptops.settle()
        for laptop in [zoe, misaki] {
            #expect(laptop.exists("checkins/2026/2026-W47-zoe.md.age") && laptop.exists("checkins/2026/2026-W47-partner-2.md.age"))
        }
        // Different rituals.
        try laptops.ritual(zoe, ["add", walk, "--weekly", "sunday"])
        try laptops.ritual(misaki, ["add", "Date night", "--weekly", "friday"])
        try laptops.settle()
        try laptops.ritual(zoe, ["edit", walk, "--weekly", "saturday"])
        try laptops.ritual(misaki, ["edit", "Date night", "--feeds", "physical"])
        try laptops.settle()
        var rituals = try laptops.plain(zoe, "rituals.md.age")
        #expect(rituals.contains("weekly saturday") && rituals.contains("[physical]") && rituals.contains(walk), "\(rituals)")
        // The same field two ways: both values kept in the sealed file, doctor names it.
        try laptops.ritual(zoe, ["edit", "Date night", "--weekly", "monday"])
        try laptops.ritual(misaki, ["edit", "Date night", "--weekly", "tuesday"])
        #expect(try laptops.sync(zoe).status == 0)
        let merging = try laptops.sync(misaki)
        #expect(merging.stdout.contains("Committed here: 美咲: rituals edited\n"), "sealed files are named, not opened: \(merging.stdout)")
        #expect(merging.status == 0, "\(merging.stderr)")
        #expect(merging.stdout.contains("1 field was changed both ways: both values are kept (the `conflicts:` entry of rituals.md.age)"),
                "\(merging.stdout)")
        try laptops.settle()
        rituals = try laptops.plain(misaki, "rituals.md.age", as: "partner-2")
        #expect(rituals.contains("weekly monday") && rituals.contains("weekly tuesday") && rituals.contains("conflicts:"), "\(rituals)")
        #expect(!rituals.contains("<<<<<<<"))
        let doctor = try laptops.run(misaki, as: "partner-2", ["doctor"])
        #expect(doctor.status == 1 && doctor.stdout.contains("rituals.md") && doctor.stdout.contains("unresolved merge conflict"),
                "\(doctor.stdout)")
        let first = try TwoLaptops.git(["log", "--reverse", "--format=%s"], in: zoe.journal).split(separator: "\n").first ?? ""
        #expect(first.contains("keys/partner-2.age added") && first.contains("agenda edited"), "\(first)")
        let listed = try laptops.run(zoe, as: "zoe", ["resolve", "--list-conflicts"])
        #expect(listed.stdout.contains("ritual:date-night cadence"), "\(listed.stdout)\(listed.stderr)")
        #expect(try TwoLaptops.contents(of: zoe) == TwoLaptops.contents(of: misaki))
        #expect(try laptops.plain(zoe, "checkins/2026/2026-W47-zoe.private.md.age").contains("Only mine: " + sentence))
        // Nothing readable anywhere: the clones, git's objects (decompressed) here and on the remote, temporary folders.
        for repository in [zoe.journal, misaki.journal, laptops.remote] {
            let objects = try SealedLaptops.objects(of: repository)
            #expect(objects.contains("age-encryption.org/v1"), "the objects were read decompressed")
            #expect(!objects.contains(sentence) && !objects.contains(walk), "\(repository.path)")
        }
        let folders = ["/tmp", "/dev/shm", zoe.sandbox.path, misaki.sandbox.path]
            + [ProcessInfo.processInfo.environment["XDG_RUNTIME_DIR"]].compactMap { $0 }
        #expect(try SealedLaptops.filesHolding(SealedJournal.passphrases["zoe"] ?? "-", under: [zoe.sandbox.path]).count == 1,
                "the search finds what is there in plain text (the passphrase file)")
        #expect(try SealedLaptops.filesHolding(sentence, under: folders).isEmpty)
        #expect(try SealedLaptops.filesHolding(walk, under: folders).isEmpty)
    }

    @Test func theSealedProfileEditedOnBothLaptopsMergesInEitherOrder() throws {
        let laptops = try SealedLaptops()
        defer { laptops.cleanUp() }
        let (zoe, misaki) = (laptops.zoe, laptops.misaki)
        for (mark, first, second) in [("A", zoe, misaki), ("B", misaki, zoe)] {
            let zoeSaid = mark == "A" ? "Zoë=touch" : "Zoë=gifts,time"
            let misakiSaid = mark == "A" ? "美咲=words" : "美咲=time,touch"
            #expect(try laptops.run(zoe, as: "zoe", ["profile", "--love-language", zoeSaid]).status == 0)
            #expect(try laptops.run(misaki, as: "partner-2", ["profile", "--love-language", misakiSaid]).status == 0)
            #expect(try laptops.sync(first).status == 0)
            let merging = try laptops.sync(second)
            #expect(merging.status == 0 && merging.stdout.contains("profile edited"), "\(merging.stdout)\(merging.stderr)")
            try laptops.settle()
            let profile = try laptops.plain(first, "profile.md.age")
            // Each side's own change: Zoë's first, 美咲's after it.
            let expected = mark == "A" ? ["primary: touch", "primary: words"] : ["primary: gifts", "primary: time", "secondary: touch"]
            #expect(expected.allSatisfy(profile.contains), "\(profile)")
            #expect(try TwoLaptops.contents(of: zoe) == TwoLaptops.contents(of: misaki))
        }
        #expect(try laptops.run(zoe, as: "zoe", ["doctor"]).status == 0)
    }

    @Test func aLockedEncryptedJournalIsNotSynced() throws {
        let laptops = try SealedLaptops()
        defer { laptops.cleanUp() }
        let misaki = laptops.misaki
        try checkIn(laptops, misaki, as: "partner-2", [])
        let head = try TwoLaptops.git(["rev-parse", "HEAD"], in: misaki.journal)
        let locked = try misaki.run(["sync"])
        #expect(locked.status != 0)
        #expect(locked.stderr.contains("is encrypted") && locked.stderr.contains("not unlocked"), "\(locked.stderr)")
        #expect(try TwoLaptops.git(["rev-parse", "HEAD"], in: misaki.journal) == head, "nothing was committed")
        #expect(try laptops.sync(misaki).status == 0, "unlocked, the same sync goes through")
    }

    @Test func aPrivateReflectionWrittenOnBothLaptopsMergesOnlyForItsWriter() throws {
        let laptops = try SealedLaptops()
        defer { laptops.cleanUp() }
        let (zoe, misaki) = (laptops.zoe, laptops.misaki)
        try checkIn(laptops, zoe, as: "zoe", ["--private-note", "Written at home", "--intention", "Walk more"])
        // Zoë checks in for the same week again on 美咲's laptop.
        try checkIn(laptops, misaki, as: "zoe", ["--private-note", "Written away", "--more", "Music"])
        #expect(try laptops.sync(zoe).status == 0)
        let remoteHead = try TwoLaptops.git(["rev-parse", "HEAD"], in: laptops.remote)
        let before = try TwoLaptops.contents(of: misaki)
        let refused = try laptops.sync(misaki)
        #expect(refused.status != 0)
        #expect(refused.stderr.contains("2026-W47-zoe.private.md.age") && refused.stderr.contains("private reflection")
                    && refused.stderr.contains("nothing in the journal or on the remote was changed"), "\(refused.stderr)")
        #expect(try TwoLaptops.contents(of: misaki) == before)
        #expect(try TwoLaptops.git(["rev-parse", "HEAD"], in: laptops.remote) == remoteHead)
        // Zoë, unlocked on that laptop, can merge her own reflection.
        let merged = try laptops.run(misaki, as: "zoe", ["sync"])
        #expect(merged.status == 0, "\(merged.stderr)")
        let reflection = try laptops.plain(misaki, "checkins/2026/2026-W47-zoe.private.md.age")
        #expect(reflection.contains("Written at home") && reflection.contains("Written away"), "\(reflection)")
        let checkIn = try laptops.plain(misaki, "checkins/2026/2026-W47-zoe.md.age")
        #expect(checkIn.contains("Walk more") && checkIn.contains("Music"), "\(checkIn)")
        #expect(SealedJournal.hasAge)
        let other = try SealedJournal.age(["-d", "-i", try laptops.sealed.exportedIdentity("partner-2"),
                                           misaki.journal.appendingPathComponent("checkins/2026/2026-W47-zoe.private.md.age").path])
        #expect(other.status != 0, "the merged reflection is still sealed to Zoë alone")
    }
}
