import Foundation
import HearthDomain
import HearthSeal
import HearthTestSupport
import Testing
@testable import HearthStore

@Suite("A private reflection in a sealed journal: its writer's alone", .scratchFolders)
struct PrivateReflectionTests {
    static let privatePath = "checkins/2026/2026-W47-alex.private.md.age"

    @Test func theOtherPartnerLoadsTheCheckInWithoutTheReflectionAndNoProblem() throws {
        let store = try SealedFixtures.initializedStore()
        try store.save(Fixtures.fullCheckIn, profile: Fixtures.profile, expected: nil)
        let shared = try #require(SealedFixtures.onDisk("checkins/2026/2026-W47-alex.md.age", in: store))
        #expect(try SealedFixtures.keyring(unlocked: ["sam"]).open(shared).count > 0)
        let reflection = try #require(SealedFixtures.onDisk(Self.privatePath, in: store))
        #expect(throws: SealError.noMatchingIdentity) { try SealedFixtures.keyring(unlocked: ["sam", "mi"]).open(reflection) }
        #expect(try AgeFile.stanzas(of: reflection).count == 1)

        let sam = store.with(keyring: SealedFixtures.keyring(unlocked: ["sam"]))
        let loaded = sam.load()
        #expect(loaded.problems == [])
        var withoutReflection = Fixtures.fullCheckIn
        withoutReflection.reflection = ""
        #expect(loaded.journal?.checkIns == [withoutReflection])
        #expect(sam.load(week: Fixtures.week, partner: "alex").journal?.checkIns == [withoutReflection])
        #expect(sam.sealingProblems() == [])
        #expect(store.with(keyring: SealedFixtures.keyring(unlocked: ["alex"])).load().journal?.checkIns == [Fixtures.fullCheckIn])
    }

    @Test func theOtherPartnerSavingTheCheckInKeepsTheReflection() throws {
        let store = try SealedFixtures.initializedStore()
        let first = try store.write(Fixtures.fullCheckIn, profile: Fixtures.profile, expected: nil)
        let sam = store.with(keyring: SealedFixtures.keyring(unlocked: ["sam"]))
        var edited = try #require(sam.load().journal?.checkIns.first)
        edited.notes = "Sam fixed a typo"
        try sam.save(edited, profile: Fixtures.profile, expected: first.revision)
        let reread = try #require(store.load().journal?.checkIns.first)
        #expect(reread.notes == "Sam fixed a typo")
        #expect(reread.reflection == Fixtures.fullCheckIn.reflection)
    }

    @Test func clearingTheReflectionRemovesItsFileAndAPlainJournalKeepsItInTheCheckIn() throws {
        let store = try SealedFixtures.initializedStore()
        let first = try store.write(Fixtures.fullCheckIn, profile: Fixtures.profile, expected: nil)
        var cleared = Fixtures.fullCheckIn
        cleared.reflection = ""
        try store.save(cleared, profile: Fixtures.profile, expected: first.revision)
        #expect(SealedFixtures.onDisk(Self.privatePath, in: store) == nil)
        #expect(store.load().journal?.checkIns == [cleared])

        let plain = try Fixtures.initializedStore()
        try plain.save(Fixtures.fullCheckIn, profile: Fixtures.profile, expected: nil)
        #expect(SealedFixtures.allFiles(in: plain).filter { $0.hasPrefix("checkins/") } == ["checkins/2026/2026-W47-alex.md"])
        #expect(try Fixtures.read("checkins/2026/2026-W47-alex.md", in: plain).contains(Fixtures.fullCheckIn.reflection))
    }

    @Test func aDraftsReflectionIsSealedToItsWriterAloneAndGoesWithTheDraft() throws {
        let store = try SealedFixtures.initializedStore()
        let draft = CheckInDraft(checkIn: CheckIn(week: Fixtures.week, partner: "alex", reflection: "half a thought", notes: "so far"),
                                 step: 3, session: ["alex", "sam"])
        try store.saveDraft(draft)
        let reflection = try #require(SealedFixtures.onDisk("drafts/2026-W47-alex.private.md.age", in: store))
        #expect(throws: SealError.noMatchingIdentity) { try SealedFixtures.keyring(unlocked: ["sam", "mi"]).open(reflection) }
        #expect(store.loadDrafts().drafts.map(\.checkIn) == [draft.checkIn])
        let sam = store.with(keyring: SealedFixtures.keyring(unlocked: ["sam"])).loadDrafts()
        #expect(sam.problems == [])
        #expect(sam.drafts.map(\.checkIn.reflection) == [""])
        #expect(sam.drafts.map(\.checkIn.notes) == ["so far"])
        try store.deleteDraft(week: Fixtures.week, partner: "alex")
        #expect(SealedFixtures.allFiles(in: store).filter { $0.hasPrefix("drafts/") } == [])
    }

    /// Search without `--private` shows no reflection, so its load leaves their files unopened: each was an
    /// X25519 and a read, most of an encrypted search's time. With the index and without, the rest is the same.
    @Test(arguments: [IndexUse.standard, nil])
    func aLoadThatShowsNoReflectionOpensNoReflectionFile(index: IndexUse?) throws {
        let disk = RecordingFileSystem()
        var store = try SealedFixtures.initializedStore(fileSystem: disk)
        store.indexUse = index
        try store.save(Fixtures.fullCheckIn, profile: Fixtures.profile, expected: nil)
        #expect(store.load().journal?.checkIns == [Fixtures.fullCheckIn])
        disk.log.clear()

        var searching = store
        searching.readsPrivateReflections = false
        let loaded = searching.load()
        #expect(loaded.problems == [])
        var withoutReflection = Fixtures.fullCheckIn
        withoutReflection.reflection = ""
        #expect(loaded.journal?.checkIns == [withoutReflection])
        #expect(!disk.log.reads.contains { $0.hasSuffix(".private.md.age") }, "\(disk.log.reads)")
        // A store made from it for another keyring keeps the choice; the usual store still reads them.
        #expect(searching.with(keyring: SealedFixtures.keyring(unlocked: ["alex"])).load().journal?.checkIns == [withoutReflection])
        #expect(store.load().journal?.checkIns == [Fixtures.fullCheckIn])
    }
}
