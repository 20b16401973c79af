import Foundation
import HearthDomain
import HearthSeal
import HearthTestSupport
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

@Suite("Conversion killed at every step, then finished", .scratchFolders)
struct ConversionKillTests {
    /// Kills the conversion after each number of disk changes in turn, finishes it with a live process, and
    /// checks the journal; the decrypt that follows is killed at the same step. Every file Hearth created,
    /// temporaries included, holds sealed bytes while encrypting.
    @Test func aConversionKilledAtAnyStepFinishesToTheSameJournal() throws {
        let template = try ConversionTests.plainJournal()
        let before = ConversionTests.snapshot(template)
        let journalBefore = template.load().journal
        let whole = DyingFileSystem(steps: .max)
        let measured = Store(root: Fixtures.temporaryFolder(), fileSystem: whole, keyring: SealedFixtures.keyring())
        try FileManager.default.copyItem(atPath: template.root, toPath: measured.root + "/j")
        try measured.reopened(at: measured.root + "/j").with(keyring: SealedFixtures.keyring()).convert(to: .sealed)
        let steps = whole.record.changeCount
        #expect(steps > 20)
        for step in 0..<steps {
            let root = Fixtures.temporaryFolder() + "/journal"
            try FileManager.default.copyItem(atPath: template.root, toPath: root)
            let dying = DyingFileSystem(steps: step)
            #expect(throws: StoreError.self) { try Store(root: root, fileSystem: dying, keyring: SealedFixtures.keyring()).convert(to: .sealed) }
            for created in dying.record.createdFiles where !created.isEmpty {
                #expect(created.starts(with: Array("age-encryption.org/v1\n".utf8)), "step \(step): plain bytes written")
            }
            Self.sweepTemporaries(root)
            let store = Store(root: root, keyring: SealedFixtures.keyring())
            #expect(store.load().journal == journalBefore, "step \(step), killed")
            try store.convert(to: .sealed)
            #expect(store.sealingProblems() == [], "step \(step)")
            #expect(SealedFixtures.allFiles(in: store).allSatisfy { $0.hasSuffix(".age") || [".gitignore", ".stignore", ".hearth.lock"].contains($0) || $0.hasPrefix("keys/") },
                    "step \(step)")
            #expect(store.load().journal == journalBefore, "step \(step)")
            // Decrypting takes fewer steps (no private reflection to write): the later ones let it finish.
            _ = try? Store(root: root, fileSystem: DyingFileSystem(steps: step), keyring: SealedFixtures.keyring()).convert(to: .plain)
            Self.sweepTemporaries(root)
            try store.convert(to: .plain)
            #expect(ConversionTests.snapshot(store) == before, "step \(step)")
        }
    }

    /// Removes the temporaries the dying run left: the next process sweeps them as stale, but a run in this
    /// process (the same pid) takes them for its own.
    static func sweepTemporaries(_ root: String) {
        for path in FileManager.default.enumerator(atPath: root)?.compactMap({ $0 as? String }) ?? []
        where Store.temporaryOwner(of: (path as NSString).lastPathComponent) == getpid() {
            try? FileManager.default.removeItem(atPath: root + "/" + path)
        }
    }

    @Test func readingASealedJournalNeverWrites() throws {
        let store = try ConversionTests.plainJournal()
        let sealed = store.with(keyring: SealedFixtures.keyring())
        try sealed.convert(to: .sealed)
        var bytes = try #require(SealedFixtures.onDisk("checkins/2026/2026-W47-sam.md.age", in: store))
        bytes[bytes.count - 1] ^= 1
        try Fixtures.write(bytes, to: "checkins/2026/2026-W47-sam.md.age", in: store)
        try Fixtures.write("plain", to: "moments/2026/2026-W47-alex.md", in: store)
        let before = ConversionTests.snapshot(store)
        for unlocked in [["alex", "sam", "mi"], ["sam"], []] {
            let recorder = RecordingFileSystem()
            let reader = Store(root: store.root, fileSystem: recorder, keyring: SealedFixtures.keyring(unlocked: unlocked))
            _ = reader.load()
            _ = reader.load(week: Fixtures.week, partner: "alex")
            _ = reader.loadDrafts()
            _ = reader.sealingProblems()
            _ = reader.isSealed
            #expect(recorder.paths(.create, under: store.root) == [], "\(unlocked)")
            #expect(recorder.paths(.rename, under: store.root) == [], "\(unlocked)")
            #expect(recorder.paths(.remove, under: store.root) == [], "\(unlocked)")
        }
        #expect(ConversionTests.snapshot(store) == before)
    }
}
