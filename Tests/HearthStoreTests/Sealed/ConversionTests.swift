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
}
