import Foundation
import HearthDomain
import HearthSeal
import HearthTestSupport
import Testing
@testable import HearthStore

@Suite("Sealed index: head and prose in two age files, the prose bound to its head", .scratchFolders)
struct SealedIndexTests {
    static let head = ".hearth/index-alex.age"
    static let prose = ".hearth/index-alex.prose.age"

    /// An encrypted journal opened with alex's key, two check-ins saved, its index written and warm.
    static func warmStore(fileSystem: any FileSystem = RealFileSystem()) throws -> Store {
        try IndexFormatTests.warm(try SealedFixtures.initializedStore(unlocked: ["alex"], fileSystem: fileSystem),
                                  earlierNotes: "An earlier week's notes about the orchard.")
    }

    /// The same journal read with no index.
    static func unindexed(_ store: Store) -> Store {
        var store = store
        store.indexUse = nil
        return store
    }

    static func opened(_ relativePath: String, of store: Store) throws -> [UInt8] {
        try SealedFixtures.keyring(unlocked: ["alex"]).open(try #require(SealedFixtures.onDisk(relativePath, in: store)))
    }

    static func write(_ bytes: [UInt8], to relativePath: String, of store: Store) throws {
        try Data(bytes).write(to: URL(fileURLWithPath: store.root + "/" + relativePath))
    }

    /// The week files read (not their private reflections, which a sealed journal always reads from their files).
    static func weekFileReads(_ recorder: RecordingFileSystem, _ store: Store) -> Int {
        recorder.log.reads.filter { $0.hasPrefix(store.root + "/checkins/") && !$0.contains(".private.md") }.count
    }

    @Test func aLoadWithoutProseOpensTheHeadAloneAndALoadWithProseBoth() throws {
        let recorder = RecordingFileSystem()
        let store = try Self.warmStore(fileSystem: recorder)
        let names = try FileManager.default.contentsOfDirectory(atPath: store.root + "/.hearth").sorted()
        #expect(names == ["index-alex.age", "index-alex.prose.age"])
        // Read with no index first: that reads every file through the same recorder.
        let bare = Self.unindexed(store).load(moments: false, prose: false).journal
        let full = Self.unindexed(store).load().journal
        recorder.log.clear()
        #expect(store.load(moments: false, prose: false).journal == bare)
        #expect(recorder.log.reads.filter { $0.hasSuffix("/" + Self.head) }.count == 1)
        #expect(recorder.log.reads.filter { $0.hasSuffix("/" + Self.prose) }.isEmpty, "list needs no prose")
        #expect(Self.weekFileReads(recorder, store) == 0)
        recorder.log.clear()
        #expect(store.load().journal == full)
        #expect(recorder.log.reads.filter { $0.hasSuffix("/" + Self.prose) }.count == 1)
        #expect(Self.weekFileReads(recorder, store) == 0, "the prose came from the index")
        // The head holds no prose: its plaintext is the header and head alone, about the facts.
        let head = try Self.opened(Self.head, of: store)
        #expect(head.withUnsafeBytes { JournalIndex.headLength(header: $0) } == head.count)
        #expect(!String(decoding: head, as: UTF8.self).contains("orchard"))
        #expect(String(decoding: try Self.opened(Self.prose, of: store), as: UTF8.self).contains("orchard"))
    }

    /// A prose file missing, cut, damaged, or of another head (a crash between the two renames) is not used: the
    /// check-ins needing prose are read from their files, and the pair is written again.
    @Test(arguments: ["missing", "cut", "flipped", "another head's"])
    func anUnusableProseFileIsTreatedAsAbsentAndRewritten(_ damage: String) throws {
        let recorder = RecordingFileSystem()
        let store = try Self.warmStore(fileSystem: recorder)
        let older = try #require(SealedFixtures.onDisk(Self.prose, in: store))
        var changed = Fixtures.fullCheckIn
        changed.notes = "Changed since the first index was written."
        try store.save(changed, profile: Fixtures.profile, expected: store.load().revision(ofPath: Store.path(of: Fixtures.week, partner: "alex")))
        _ = store.load()
        usleep(20_000)
        _ = store.load()
        var bytes = try #require(SealedFixtures.onDisk(Self.prose, in: store))
        switch damage {
        case "missing": try FileManager.default.removeItem(atPath: store.root + "/" + Self.prose)
        case "cut": bytes.removeLast(bytes.count / 3)
        case "flipped": bytes[bytes.count - 20] ^= 0x08
        default: bytes = older
        }
        if damage != "missing" { try Self.write(bytes, to: Self.prose, of: store) }
        let expected = Self.unindexed(store).load()
        #expect(store.load(moments: false, prose: false).journal == Self.unindexed(store).load(moments: false, prose: false).journal)
        recorder.log.clear()
        let again = store.load()
        #expect(again.journal == expected.journal && again.problems == expected.problems)
        #expect(again.journal?.checkIns.map(\.notes) == ["An earlier week's notes about the orchard.", "Changed since the first index was written."])
        #expect(Self.weekFileReads(recorder, store) == 2, "read from their files")
        #expect(SealedFixtures.onDisk(Self.prose, in: store) != bytes, "rewritten")
        usleep(20_000)
        _ = store.load()
        recorder.log.clear()
        #expect(store.load().journal == expected.journal)
        #expect(Self.weekFileReads(recorder, store) == 0, "whole again")
    }

    /// A load without prose that must rewrite the index (a file changed) takes the other entries' prose from the
    /// prose file, so the next load with prose reads only the changed file.
    @Test func aLoadWithoutProseThatRewritesKeepsTheProse() throws {
        let recorder = RecordingFileSystem()
        let store = try Self.warmStore(fileSystem: recorder)
        var changed = Fixtures.fullCheckIn
        changed.notes = "Changed since the index was written."
        try store.save(changed, profile: Fixtures.profile, expected: store.load().revision(ofPath: Store.path(of: Fixtures.week, partner: "alex")))
        let before = try #require(SealedFixtures.onDisk(Self.head, in: store))
        _ = store.load(moments: false, prose: false)
        #expect(SealedFixtures.onDisk(Self.head, in: store) != before, "rewritten")
        usleep(20_000)
        let expected = Self.unindexed(store).load().journal
        recorder.log.clear()
        #expect(store.load().journal == expected)
        #expect(Self.weekFileReads(recorder, store) == 1, "the changed file alone, parsed without its prose by list")
    }

    /// An index sealed in one file by an earlier build (head and prose together) is read as it is, then written
    /// again as two files.
    @Test func anIndexSealedWholeByAnEarlierBuildIsReadAndSplit() throws {
        let recorder = RecordingFileSystem()
        let store = try Self.warmStore(fileSystem: recorder)
        let whole = try Self.opened(Self.head, of: store) + Self.opened(Self.prose, of: store).dropFirst(16)
        try Self.write(try SealedFixtures.keyring().seal(whole, for: .only("alex")), to: Self.head, of: store)
        try FileManager.default.removeItem(atPath: store.root + "/" + Self.prose)
        let expected = Self.unindexed(store).load().journal
        recorder.log.clear()
        #expect(store.load().journal == expected)
        #expect(Self.weekFileReads(recorder, store) == 0, "read from the whole file")
        let head = try Self.opened(Self.head, of: store)
        #expect(head.withUnsafeBytes { JournalIndex.headLength(header: $0) } == head.count, "split")
        #expect(String(decoding: try Self.opened(Self.prose, of: store), as: UTF8.self).contains("orchard"))
        recorder.log.clear()
        #expect(store.load().journal == expected)
        #expect(Self.weekFileReads(recorder, store) == 0)
    }

    /// Decrypting the journal removes both files, as encrypting removes the plain index.
    @Test func decryptingTheJournalRemovesBothFiles() throws {
        let store = try Self.warmStore()
        #expect(SealedFixtures.onDisk(Self.prose, in: store) != nil)
        try IndexTests.indexed(store.with(keyring: SealedFixtures.keyring())).convert(to: .plain)
        #expect(((try? FileManager.default.contentsOfDirectory(atPath: store.root + "/.hearth")) ?? []).isEmpty)
    }

    /// No plaintext of the journal reaches `.hearth/`: every byte there is an age file, none holds a known word.
    @Test func neitherFileHoldsPlaintext() throws {
        let store = try Self.warmStore()
        let folder = store.root + "/.hearth"
        for name in try FileManager.default.contentsOfDirectory(atPath: folder) {
            let bytes = Array(try Data(contentsOf: URL(fileURLWithPath: folder + "/" + name)))
            let text = String(decoding: bytes, as: UTF8.self)
            #expect(text.hasPrefix("age-encryption.org/v1\n"), "\(name)")
            #expect(!text.contains("orchard") && !text.contains("Cook together") && !text.contains("HEARTH"), "\(name) holds plaintext")
        }
    }
}
