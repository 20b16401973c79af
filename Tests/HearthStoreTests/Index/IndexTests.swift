import Foundation
import HearthDomain
import HearthSeal
import HearthTestSupport
import Testing
@testable import HearthStore

@Suite("Index: a device-local cache that never changes what a load finds", .scratchFolders)
struct IndexTests {
    static func indexed(_ store: Store, margin: Int64 = IndexUse.standard.racyMargin) -> Store {
        var store = store
        store.indexUse = IndexUse(racyMargin: margin)
        return store
    }

    static func indexBytes(_ store: Store) -> [UInt8]? {
        try? Array(Data(contentsOf: URL(fileURLWithPath: store.root + "/.hearth/index")))
    }

    @Test func aLoadWritesTheIndexAndTheNextTrustsItWithoutOpeningOldFiles() throws {
        let recorder = RecordingFileSystem()
        let store = Self.indexed(try Fixtures.initializedStore(fileSystem: recorder), margin: 1_000_000)
        try store.save(Fixtures.fullCheckIn, profile: Fixtures.profile, expected: nil)
        let first = store.load()
        #expect(Self.indexBytes(store) != nil, "the first load wrote the index")
        usleep(20_000)
        _ = store.load()
        recorder.log.clear()
        let second = store.load()
        #expect(second.journal == first.journal)
        #expect(recorder.log.reads(under: store.root + "/checkins") == 0, "\(recorder.log.reads)")
    }

    @Test func aRacilyCleanFileEditedWithinTheSameTickIsSeen() throws {
        let store = Self.indexed(try Fixtures.initializedStore())
        try store.save(Fixtures.fullCheckIn, profile: Fixtures.profile, expected: nil)
        let path = store.root + "/" + Store.path(of: Fixtures.week, partner: "alex")
        #expect(store.load().journal?.checkIns.first?.intention == "Cook together on Thursday")
        let times = try JournalChanges.modified(path)
        let text = try String(contentsOfFile: path, encoding: .utf8).replacingOccurrences(of: "Cook together", with: "Bake together")
        try text.write(toFile: path, atomically: false, encoding: .utf8)
        try JournalChanges.setModified(path, times)
        #expect(store.load().journal?.checkIns.first?.intention == "Bake together on Thursday")
    }

    @Test(arguments: ["cut", "flipped", "future"])
    func aDamagedIndexIsRebuiltSilently(_ damage: String) throws {
        let store = Self.indexed(try Fixtures.initializedStore())
        try store.save(Fixtures.fullCheckIn, profile: Fixtures.profile, expected: nil)
        let expected = store.load()
        var bytes = try #require(Self.indexBytes(store))
        switch damage {
        case "cut": bytes.removeLast(bytes.count / 2)
        case "flipped": bytes[bytes.count - 3] ^= 0x40
        default: bytes[8] = UInt8(JournalIndex.version + 1)
        }
        let index = store.root + "/.hearth/index"
        try Data(bytes).write(to: URL(fileURLWithPath: index))
        let again = store.load()
        #expect(again.journal == expected.journal)
        #expect(again.problems.isEmpty)
        #expect(Self.indexBytes(store) != bytes, "rewritten")
        #expect(again.journal == Store(root: store.root).load().journal)
    }

    @Test func aReadNeverWritesAJournalFile() throws {
        let recorder = RecordingFileSystem()
        let store = Self.indexed(try Fixtures.initializedStore(fileSystem: recorder))
        try store.save(Fixtures.fullCheckIn, profile: Fixtures.profile, expected: nil)
        recorder.log.clear()
        _ = store.load()
        _ = store.load(moments: false, prose: false)
        let written = recorder.log.requests.filter { $0.operation != .read }.map(\.path)
        #expect(!written.isEmpty)
        #expect(written.allSatisfy { $0.hasPrefix(store.root + "/.hearth/") }, "\(written)")
    }

    @Test func noIndexWritesNothing() throws {
        let store = try Fixtures.initializedStore()
        try store.save(Fixtures.fullCheckIn, profile: Fixtures.profile, expected: nil)
        _ = store.load()
        #expect(!FileManager.default.fileExists(atPath: store.root + "/.hearth"))
    }

    @Test func anEncryptedJournalsIndexIsSealedToEachPartnerAndHoldsNoPrivateReflection() throws {
        let alex = Self.indexed(try SealedFixtures.initializedStore(unlocked: ["alex"]))
        let reflection = "A planted private sentence about the lighthouse."
        let shared = "A planted shared sentence about the harbour."
        var checkIn = Fixtures.fullCheckIn
        checkIn.reflection = reflection
        checkIn.notes = shared
        try alex.save(checkIn, profile: Fixtures.profile, expected: nil)
        #expect(alex.load().journal?.checkIns.first?.reflection == reflection)
        #expect(alex.load().journal?.checkIns.first?.reflection == reflection, "again, through the index")
        let sam = Self.indexed(alex.with(keyring: SealedFixtures.keyring(unlocked: ["sam"])))
        #expect(sam.load().journal?.checkIns.first?.notes == shared)
        #expect(sam.load().journal?.checkIns.first?.reflection == "", "sam cannot read alex's reflection")
        let folder = alex.root + "/.hearth"
        let names = try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
        #expect(names == ["index-alex.age", "index-alex.prose.age", "index-sam.age", "index-sam.prose.age"])
        for name in names {
            let bytes = Array(try Data(contentsOf: URL(fileURLWithPath: folder + "/" + name)))
            let text = String(decoding: bytes, as: UTF8.self)
            #expect(!text.contains("lighthouse") && !text.contains("harbour") && !text.contains("Cook together"), "\(name) holds plaintext")
        }
        // Opened with sam's key: sam's index (its prose file) holds what sam reads, never alex's private reflection.
        let samIndex = Array(try Data(contentsOf: URL(fileURLWithPath: folder + "/index-sam.prose.age")))
        let opened = try SealedFixtures.keyring(unlocked: ["sam"]).open(samIndex)
        #expect(String(decoding: opened, as: UTF8.self).contains("harbour"))
        #expect(!String(decoding: opened, as: UTF8.self).contains("lighthouse"))
        #expect(throws: (any Error).self) { try SealedFixtures.keyring(unlocked: ["alex"]).open(samIndex) }
    }

    @Test func encryptingAJournalRemovesItsPlainIndex() throws {
        let plain = Self.indexed(try Fixtures.initializedStore())
        try plain.save(Fixtures.fullCheckIn, profile: Fixtures.profile, expected: nil)
        _ = plain.load()
        #expect(Self.indexBytes(plain) != nil)
        try SealedFixtures.writePublicKeys(in: plain)
        let sealed = Self.indexed(plain.with(keyring: SealedFixtures.keyring()))
        try sealed.convert(to: .sealed)
        #expect(!FileManager.default.fileExists(atPath: plain.root + "/.hearth/index"), "no plaintext index is left")
        #expect(sealed.load().journal?.checkIns.first?.intention == Fixtures.fullCheckIn.intention)
    }

    @Test func anEncryptedJournalWithNoPartnerUnlockedGetsNoIndex() throws {
        let store = Self.indexed(try SealedFixtures.initializedStore())
        try store.save(Fixtures.fullCheckIn, profile: Fixtures.profile, expected: nil)
        let locked = Self.indexed(store.with(keyring: SealedFixtures.keyring(unlocked: [])))
        _ = locked.load()
        #expect(!FileManager.default.fileExists(atPath: store.root + "/.hearth"))
    }

    @Test func theIndexSkipsItsWriteWhileTheWriterLockIsHeld() throws {
        let store = Self.indexed(try Fixtures.initializedStore())
        try store.save(Fixtures.fullCheckIn, profile: Fixtures.profile, expected: nil)
        let lock = try #require(try RealFileSystem().lock(at: store.root + "/.hearth.lock"))
        _ = store.load()
        #expect(Self.indexBytes(store) == nil)
        RealFileSystem().unlock(lock)
        _ = store.load()
        #expect(Self.indexBytes(store) != nil)
    }

    @Test func ignoreFilesOfOlderJournalsGetTheIndexLineKeepingTheirOwn() throws {
        let store = try Fixtures.initializedStore()
        #expect(try Fixtures.read(".gitignore", in: store).split(separator: "\n").contains(".hearth/"))
        #expect(try Fixtures.read(".stignore", in: store).split(separator: "\n").contains(".hearth"))
        try Fixtures.write("# ours\n*.bak\n.*.tmp-*\n", to: ".gitignore", in: store)
        try Store(root: store.root).save(Fixtures.fullCheckIn, profile: Fixtures.profile, expected: nil)
        let text = try Fixtures.read(".gitignore", in: store)
        #expect(text.hasPrefix("# ours\n*.bak\n.*.tmp-*\n#"), "\(text)")
        #expect(text.hasSuffix("\n.hearth/\n"))
    }

    /// A save killed after writing its temporary marks the lock, so the next save sweeps every folder; an index
    /// written in between must keep that mark (crash-consistency found it cleared, and the temporary left).
    @Test func anIndexWriteKeepsTheMarkOfAKilledSaveAndClearsItsOwnLeftovers() throws {
        let store = Self.indexed(try Fixtures.initializedStore())
        try store.save(Fixtures.fullCheckIn, profile: Fixtures.profile, expected: nil)
        let dead = try Fixtures.endedProcessID()
        let saveLeftover = "checkins/2026/.2026-W47-alex.md.tmp-\(dead)-1"
        try FileManager.default.createDirectory(atPath: store.root + "/.hearth", withIntermediateDirectories: false)
        let indexLeftover = ".hearth/.index.tmp-\(dead)-2"
        for path in [saveLeftover, indexLeftover] { try Data("private".utf8).write(to: URL(fileURLWithPath: store.root + "/" + path)) }
        try Data([0]).write(to: URL(fileURLWithPath: store.root + "/.hearth.lock"))
        _ = store.load()
        #expect(Self.indexBytes(store) != nil, "the load wrote the index")
        #expect(!FileManager.default.fileExists(atPath: store.root + "/" + indexLeftover), "the index write clears its own kind")
        #expect(try FileManager.default.attributesOfItem(atPath: store.root + "/.hearth.lock")[.size] as? Int == 1, "the mark stays")
        try Store(root: store.root).saveRituals([], expected: store.load().revision(ofPath: "rituals.md"))
        #expect(!FileManager.default.fileExists(atPath: store.root + "/" + saveLeftover))
    }
}
