import HearthDomain
import HearthTestSupport
import Testing
@testable import HearthStore

/// A journal open over time, as the UI holds it: edits read the files once, and saves are checked
/// against what the session last read or wrote.
@Suite("Journal session", .scratchFolders)
struct JournalSessionTests {
    /// Eight weeks of the generated couple (sixteen check-in files or so), read through a counting file system.
    static func session() throws -> (session: JournalSession, log: RecordingFileSystem.Log, checkIns: Int) {
        let fileSystem = RecordingFileSystem()
        let store = Store(root: Fixtures.temporaryFolder() + "/journal", fileSystem: fileSystem)
        let journal = DemoJournal.make(weeks: 8, endingAt: Fixtures.week, seed: 1)
        try store.importJournal(journal)
        return (JournalSession(store: store), fileSystem.log, journal.checkIns.count)
    }

    @Test("an edit reads every check-in once: the read-back, not a second full read before it", arguments: [
        JournalEdit.saveRitual(Ritual(id: "picnic", name: "Picnic", cadence: .weekly(on: .saturday))),
        .markRitual(RitualMark(ritual: "date-night", status: .skipped, reason: "Flu"), week: Fixtures.week, partner: "zoe"),
        .setLoveLanguages(partner: "zoe", primary: .touch, secondary: nil),
    ])
    func anEditLoadsTheJournalOnce(_ edit: JournalEdit) throws {
        let (session, log, checkIns) = try Self.session()
        let folder = session.store.root + "/checkins"
        let before = log.reads(under: folder)
        let applied = try session.apply(edit)
        #expect(applied.loaded.journal?.checkIns.count == checkIns && !applied.message.isEmpty)
        let reads = log.reads(under: folder) - before
        // Every check-in is read once, by the read-back; a mark also reads its own before writing it, and the
        // save reads it once more to make sure it is unchanged. Two full loads would read each file twice.
        if case .markRitual = edit { #expect(reads == checkIns + 2) } else { #expect(reads == checkIns) }
    }

    @Test func theEditIsOnDiskAndInTheJournalReturned() throws {
        let (session, _, _) = try Self.session()
        let mark = RitualMark(ritual: "date-night", status: .skipped, reason: "Flu")
        let applied = try session.apply(.markRitual(mark, week: Fixtures.week, partner: "zoe"))
        #expect(applied.message == "Date night: skipped by Zoë in 2026-W47 (Flu)")
        let shown = applied.loaded.journal?.checkIn(partner: "zoe", week: Fixtures.week)
        #expect(shown?.rituals.contains(mark) == true)
        #expect(session.store.load().journal?.checkIn(partner: "zoe", week: Fixtures.week) == shown)
    }

    @Test func aCheckInCanBeSavedAgainAfterAnEditAndAfterItsOwnSave() throws {
        let (session, _, _) = try Self.session()
        let loaded = try #require(session.load().journal)
        _ = try session.apply(.markRitual(RitualMark(ritual: "date-night", status: .kept), week: Fixtures.week, partner: "zoe"))
        var checkIn = try #require(session.store.load().journal?.checkIn(partner: "zoe", week: Fixtures.week))
        checkIn.intention = "Dinner by the river"
        #expect(try session.save(checkIn, profile: loaded.profile) == "checkins/2026/2026-W47-zoe.md")
        // No load in between: the book remembers the revision this session just wrote.
        checkIn.intention = "Dinner by the river, early"
        try session.save(checkIn, profile: loaded.profile)
        #expect(session.store.load().journal?.checkIn(partner: "zoe", week: Fixtures.week)?.intention == checkIn.intention)
    }

    @Test func aCheckInChangedElsewhereSinceTheLoadIsNotOverwritten() throws {
        let (session, _, _) = try Self.session()
        let journal = try #require(session.load().journal)
        var theirs = try #require(journal.checkIn(partner: "misaki", week: Fixtures.week))
        theirs.intention = "Written on the other laptop"
        try session.store.save(theirs, profile: journal.profile, expected: session.store.load().revision(ofPath: "checkins/2026/2026-W47-misaki.md"))
        var ours = try #require(journal.checkIn(partner: "misaki", week: Fixtures.week))
        ours.intention = "Written here"
        #expect(throws: StoreError.changedOnDisk("checkins/2026/2026-W47-misaki.md")) { try session.save(ours, profile: journal.profile) }
        #expect(session.store.load().journal?.checkIn(partner: "misaki", week: Fixtures.week)?.intention == theirs.intention)
    }
}
