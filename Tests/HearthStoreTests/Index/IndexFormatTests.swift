import Foundation
import HearthDomain
import HearthTestSupport
import Testing
@testable import HearthStore

@Suite("Index format 3: read in parts, written only when out of date", .scratchFolders)
struct IndexFormatTests {
    /// A store with two check-ins whose index is warm: written, and every entry old enough to be trusted.
    static func warmStore(fileSystem: any FileSystem = RealFileSystem()) throws -> Store {
        try warm(try Fixtures.initializedStore(fileSystem: fileSystem))
    }

    /// `store` indexed, with two check-ins (the earlier one's notes `earlierNotes`), its index warm.
    static func warm(_ store: Store, earlierNotes: String = "An earlier week's notes.") throws -> Store {
        let store = IndexTests.indexed(store, margin: 1_000_000)
        try store.save(Fixtures.fullCheckIn, profile: Fixtures.profile, expected: nil)
        var earlier = Fixtures.fullCheckIn
        earlier.week = try #require(Week(year: 2026, number: 46))
        earlier.notes = earlierNotes
        try store.save(earlier, profile: Fixtures.profile, expected: nil)
        _ = store.load()
        usleep(20_000)
        _ = store.load()
        return store
    }

    static func writeIndex(_ bytes: [UInt8], of store: Store) throws {
        try Data(bytes).write(to: URL(fileURLWithPath: store.root + "/" + JournalIndex.path))
    }

    /// Formats 1 and 2 read their prose whole; an index in either is rebuilt silently.
    @Test(arguments: [UInt8(1), 2])
    func anIndexOfAnEarlierFormatIsRebuiltSilently(_ version: UInt8) throws {
        let store = try Self.warmStore()
        let expected = Store(root: store.root).load()
        var old = try #require(IndexTests.indexBytes(store))
        // An earlier format's header: magic, its version, then its body as it was.
        old.replaceSubrange(8..<12, with: [version, 0, 0, 0])
        try Self.writeIndex(old, of: store)
        let again = store.load()
        #expect(again.journal == expected.journal)
        #expect(again.problems.isEmpty)
        let rebuilt = try #require(IndexTests.indexBytes(store))
        #expect(Array(rebuilt[8..<12]) == [3, 0, 0, 0], "rewritten in format 3")
    }

    @Test func aLoadWhoseEveryEntryIsTrustedWritesNothing() throws {
        let recorder = RecordingFileSystem()
        let store = try Self.warmStore(fileSystem: recorder)
        recorder.log.clear()
        _ = store.load()
        _ = store.load(moments: false, prose: false)
        let written = recorder.log.requests.filter { $0.operation != .read }.map(\.path)
        #expect(written.isEmpty, "\(written)")
        #expect(recorder.log.reads(under: store.root + "/checkins") == 0)
    }

    /// The prose lies after every entry's facts: a load without prose reads and checks the head alone, so
    /// damage in the prose goes unseen by it, and a load with prose finds it and rebuilds the index.
    @Test func aLoadWithoutProseTouchesNoProseBytes() throws {
        let store = try Self.warmStore()
        let full = Store(root: store.root).load()
        let bare = Store(root: store.root).load(moments: false, prose: false)
        var bytes = try #require(IndexTests.indexBytes(store))
        bytes[bytes.count - 2] ^= 0x55
        try Self.writeIndex(bytes, of: store)
        #expect(store.load(moments: false, prose: false).journal == bare.journal)
        #expect(IndexTests.indexBytes(store) == bytes, "the prose was not checked, so the index was not rebuilt")
        #expect(store.load().journal == full.journal)
        #expect(IndexTests.indexBytes(store) != bytes, "a load with prose found the damage and rebuilt it")
    }

    /// A load without prose that must rewrite the index (a file changed) keeps the other entries' prose, read
    /// from the index file whole only then.
    @Test func aLoadWithoutProseThatRewritesTheIndexKeepsTheProse() throws {
        let store = try Self.warmStore()
        var changed = Fixtures.fullCheckIn
        changed.notes = "Changed since the index was written."
        try store.save(changed, profile: Fixtures.profile, expected: store.load().revision(ofPath: Store.path(of: Fixtures.week, partner: "alex")))
        let before = try #require(IndexTests.indexBytes(store))
        _ = store.load(moments: false, prose: false)
        #expect(IndexTests.indexBytes(store) != before, "rewritten")
        let expected = Store(root: store.root).load()
        #expect(store.load().journal == expected.journal)
        #expect(store.load().journal?.checkIns.map(\.notes) == ["An earlier week's notes.", "Changed since the index was written."])
    }

    /// A load without prose parses files as it needs them and caches their facts alone, so a cold index costs
    /// it no more parsing than no index; a later load with prose reads those files again, and caches them whole.
    @Test func aLoadWithoutProseCachesFactsAloneAndALoadWithProseReadsTheFilesAgain() throws {
        let recorder = RecordingFileSystem()
        let store = try Self.warmStore(fileSystem: recorder)
        try FileManager.default.removeItem(atPath: store.root + "/.hearth")
        let expected = Store(root: store.root).load()
        _ = store.load(moments: false, prose: false)
        usleep(20_000)
        recorder.log.clear()
        #expect(store.load().journal == expected.journal)
        #expect(recorder.log.reads(under: store.root + "/checkins") == 2, "read again for their prose")
        usleep(20_000)
        _ = store.load()
        recorder.log.clear()
        #expect(store.load().journal == expected.journal)
        #expect(recorder.log.reads(under: store.root + "/checkins") == 0, "cached whole since")
    }

    /// When the prose it did not read turns out damaged, a load without prose that must rewrite the index keeps
    /// the other entries' facts without their prose, and a load with prose reads those files again.
    @Test func aLoadWithoutProseOverDamagedProseKeepsTheFactsAlone() throws {
        let store = try Self.warmStore()
        var bytes = try #require(IndexTests.indexBytes(store))
        bytes[bytes.count - 2] ^= 0x55
        try Self.writeIndex(bytes, of: store)
        var changed = Fixtures.fullCheckIn
        changed.notes = "Changed since the index was written."
        try Store(root: store.root).save(changed, profile: Fixtures.profile,
                                         expected: Store(root: store.root).load().revision(ofPath: Store.path(of: Fixtures.week, partner: "alex")))
        let bare = Store(root: store.root).load(moments: false, prose: false)
        #expect(store.load(moments: false, prose: false).journal == bare.journal)
        #expect(IndexTests.indexBytes(store) != bytes, "rewritten")
        #expect(store.load().journal == Store(root: store.root).load().journal)
    }
}
