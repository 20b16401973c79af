import Foundation
import HearthDomain
import HearthSeal
import Testing
@testable import HearthStore

@Suite("Encrypting and decrypting a journal in place, resumable", .scratchFolders)
struct ConversionTests {
    /// A plain journal holding every kind of journal file, a private reflection among them.
    static func plainJournal() throws -> Store {
        let store = try Fixtures.initializedStore()
        let profile = Fixtures.profile
        try store.save(Fixtures.fullCheckIn, profile: profile, expected: nil)
        try store.save(CheckIn(week: Fixtures.week, partner: "sam", ratings: ["emotional": .score(3)], notes: "no reflection"),
                       profile: profile, expected: nil)
        try store.saveMoments([Moment(date: CivilDate(year: 2026, month: 11, day: 17), from: "alex", to: "sam", language: .gifts, text: "Tea")],
                              week: Fixtures.week, partner: "alex", profile: profile, expected: nil)
        try store.saveDraft(CheckInDraft(checkIn: CheckIn(week: Fixtures.week, partner: "mi", reflection: "Mi's own thought", notes: "half"),
                                         step: 2, session: ["mi"]))
        try SealedFixtures.writePublicKeys(in: store)
        return store
    }

    /// Every file of the journal with its bytes, the lock and keys aside.
    static func snapshot(_ store: Store) -> [String: [UInt8]] {
        var files: [String: [UInt8]] = [:]
        for path in SealedFixtures.allFiles(in: store) where path != ".hearth.lock" && !path.hasPrefix("keys/") {
            files[path] = SealedFixtures.onDisk(path, in: store)
        }
        return files
    }

    @Test func encryptingThenDecryptingGivesBackTheSameBytes() throws {
        let plain = try Self.plainJournal()
        let before = Self.snapshot(plain)
        let journalBefore = plain.load().journal
        let sealing = plain.with(keyring: SealedFixtures.keyring())
        let encrypted = try sealing.convert(to: .sealed)
        #expect(encrypted.problems == [])
        #expect(Set(encrypted.converted) == Set(before.keys).subtracting([".gitignore", ".stignore"]))
        let sealedFiles = Self.snapshot(plain)
        for path in sealedFiles.keys where ![".gitignore", ".stignore"].contains(path) {
            #expect(path.hasSuffix(".age"), "\(path) is still plain")
        }
        #expect(sealedFiles["checkins/2026/2026-W47-alex.private.md.age"] != nil)
        #expect(sealedFiles["drafts/2026-W47-mi.private.md.age"] != nil)
        #expect(sealing.loadDrafts().drafts.map(\.checkIn.reflection) == ["Mi's own thought"])
        let loaded = sealing.load()
        #expect(loaded.problems == [])
        #expect(loaded.journal == journalBefore)
        #expect(loaded.journal?.checkIns.first?.reflection == Fixtures.fullCheckIn.reflection)

        // Again: nothing left to do.
        #expect(try sealing.convert(to: .sealed).converted == [])
        let decrypted = try sealing.convert(to: .plain)
        #expect(decrypted.problems == [])
        #expect(Self.snapshot(plain) == before)
    }

    @Test func encryptingNeedsNoSecretKeyAndDecryptingNeedsThem() throws {
        let plain = try Self.plainJournal()
        let publicOnly = plain.with(keyring: SealedFixtures.keyring(unlocked: []))
        #expect(try publicOnly.convert(to: .sealed).problems == [])
        let left = try publicOnly.convert(to: .plain)
        #expect(left.converted == [])
        #expect(left.problems.count == 9)
        #expect(left.problems.allSatisfy { $0.message.contains("no matching identity") })
    }

    /// Before: a check-in that did not parse was sealed whole, its reflection readable with either key.
    @Test func aCheckInThatDoesNotParseIsLeftPlainNamedByLineAndTheRestIsSealed() throws {
        let plain = try Self.plainJournal()
        let path = "checkins/2026/2026-W47-sam.md"
        // Line 4 breaks the front matter; the reflection below it is Sam's alone.
        let broken = "---\nhearth: 1\nweek: 2026-W47\nratings: [oops\n---\n\n## Just for me\n\nSam's secret thought\n"
        try Fixtures.write(broken, to: path, in: plain)
        let sealing = plain.with(keyring: SealedFixtures.keyring())
        let encrypted = try sealing.convert(to: .sealed)
        #expect(encrypted.problems.map(\.path) == [path])
        #expect(encrypted.problems.first?.line == 4)
        #expect(encrypted.problems.first?.hint == "fix it, then run `hearth encrypt` again")
        #expect(encrypted.problems.first?.message.contains("left in plain text") == true)
        #expect(SealedFixtures.onDisk(path, in: plain) == Array(broken.utf8), "left as it was")
        #expect(SealedFixtures.onDisk(path + ".age", in: plain) == nil)
        #expect(SealedFixtures.onDisk("checkins/2026/2026-W47-sam.private.md.age", in: plain) == nil)
        // Every other file is sealed all the same.
        #expect(SealedFixtures.onDisk("checkins/2026/2026-W47-alex.md.age", in: plain) != nil)
        #expect(SealedFixtures.onDisk("profile.md", in: plain) == nil)
        let named = sealing.sealingProblems().first { $0.path == path }
        #expect(named?.line == 4)
        #expect(named?.hint == "fix it, then run `hearth encrypt` again")

        // Fixed, it is sealed on the next run, its reflection to Sam alone.
        try Fixtures.write(Store.encode(CheckIn(week: Fixtures.week, partner: "sam", reflection: "Sam's secret thought")), to: path, in: plain)
        #expect(try sealing.convert(to: .sealed).problems == [])
        #expect(SealedFixtures.onDisk(path, in: plain) == nil)
        let reflection = try #require(SealedFixtures.onDisk("checkins/2026/2026-W47-sam.private.md.age", in: plain))
        #expect(throws: SealError.noMatchingIdentity) { try AgeFile.open(reflection, with: [SealedFixtures.identities["alex"]].compactMap { $0 }) }
        let opened = try AgeFile.open(reflection, with: [SealedFixtures.identities["sam"]].compactMap { $0 })
        #expect(String(decoding: opened, as: UTF8.self).contains("Sam's secret thought"))
    }
}
