import Foundation
import HearthDomain
import HearthSeal
import HearthTestSupport
import Testing
@testable import HearthStore

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
