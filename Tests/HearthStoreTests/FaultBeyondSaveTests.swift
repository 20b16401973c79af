import Foundation
import HearthDomain
import Testing
@testable import HearthStore

@Suite("A failed read, lock, import or draft removal is reported and damages nothing", .scratchFolders)
struct FaultBeyondSaveTests {
    /// A journal with one saved check-in, its path, bytes and revision.
    static func journalWithOneCheckIn() throws -> (store: Store, path: String, bytes: Data, revision: Revision) {
        let store = try Fixtures.initializedStore()
        let path = try store.save(Fixtures.fullCheckIn, profile: Fixtures.profile, expected: nil)
        let bytes = try Data(contentsOf: URL(fileURLWithPath: store.root + "/" + path))
        return (store, path, bytes, try #require(store.load().revision(ofPath: path)))
    }

    /// Every temporary a write left anywhere in the journal.
    static func temporaries(in root: String) -> [String] {
        (FileManager.default.enumerator(atPath: root)?.compactMap { $0 as? String } ?? [])
            .filter { Store.temporaryOwner(of: ($0 as NSString).lastPathComponent) != nil }
    }

    @Test func aCheckInThatCannotBeReadIsNamedAndTheRestStillLoads() throws {
        let (store, path, _, _) = try Self.journalWithOneCheckIn()
        let faulty = Store(root: store.root, fileSystem: FaultyFileSystem(fault: .ioError(.read), only: "checkins/"))
        let result = faulty.load()
        #expect(result.journal?.profile == Fixtures.profile)
        #expect(result.journal?.checkIns == [])
        #expect(result.problems.map(\.path) == [path])
        #expect(result.problems.first?.message == "cannot be read: Input/output error")
        #expect(result.problems.first?.hint == "check the disk and the file's permissions, then try again")
    }

    @Test func aSaveThatCannotReadTheFileOnDiskWritesNothing() throws {
        let (store, path, bytes, revision) = try Self.journalWithOneCheckIn()
        var changed = Fixtures.fullCheckIn
        changed.notes = "Changed."
        let faulty = Store(root: store.root, fileSystem: FaultyFileSystem(fault: .ioError(.read), only: "checkins/"))
        do {
            try faulty.save(changed, profile: Fixtures.profile, expected: revision)
            Issue.record("the save should have failed")
        } catch {
            #expect(error == .io(path, "Input/output error"))
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: store.root + "/" + path)) == bytes)
        #expect(Self.temporaries(in: store.root).isEmpty)
    }

    @Test func aDraftThatCannotBeReadIsReportedAndKept() throws {
        let store = try Fixtures.initializedStore()
        let draft = CheckInDraft(checkIn: CheckIn(week: Fixtures.week, partner: "alex", notes: "half done"), step: 3, session: ["alex"])
        let path = try store.saveDraft(draft)
        let faulty = Store(root: store.root, fileSystem: FaultyFileSystem(fault: .ioError(.read), only: "drafts/"))
        let (drafts, problems) = faulty.loadDrafts()
        #expect(drafts.isEmpty)
        #expect(problems.map(\.path) == [path])
        #expect(problems.first?.message == "cannot be read: Input/output error")
        #expect(store.loadDrafts().drafts == [draft])
    }

    @Test func aLockThatCannotBeTakenStopsTheSaveBeforeAnythingIsWritten() throws {
        let (store, path, bytes, revision) = try Self.journalWithOneCheckIn()
        var changed = Fixtures.fullCheckIn
        changed.notes = "Changed."
        let faulty = Store(root: store.root, fileSystem: FaultyFileSystem(fault: .ioError(.lock)))
        do {
            try faulty.save(changed, profile: Fixtures.profile, expected: revision)
            Issue.record("the save should have failed")
        } catch {
            #expect(error.description == "cannot write .hearth.lock: Input/output error; free space or fix permissions, then save again")
        }
        #expect(throws: StoreError.io(".hearth.lock", "Input/output error")) { try faulty.saveDraft(CheckInDraft(checkIn: changed)) }
        #expect(try Data(contentsOf: URL(fileURLWithPath: store.root + "/" + path)) == bytes)
        #expect(store.loadDrafts().drafts.isEmpty)
        #expect(Self.temporaries(in: store.root).isEmpty)
    }

    @Test(arguments: [
        (FaultyFileSystem.Fault.shortWrite, "W45"), (.noSpace, "W45"), (.ioError(.create), "W45"), (.ioError(.rename), "W45"),
        (.ioError(.syncDirectory), "checkins/2026"),
    ] as [(FaultyFileSystem.Fault, String)])
    func aFailedImportLeavesNoJournalAndCanBeRunAgain(_ fault: FaultyFileSystem.Fault, _ failing: String) throws {
        let root = Fixtures.temporaryFolder() + "/journal"
        let checkIns = try (40...47).map { number in
            CheckIn(week: try #require(Week(year: 2026, number: number)), partner: "alex", ratings: ["emotional": .score(number % 5 + 1)])
        }
        let journal = Journal(profile: Fixtures.profile, checkIns: checkIns, rituals: Fixtures.rituals, agenda: .standard)
        let faulty = Store(root: root, fileSystem: FaultyFileSystem(fault: fault, only: failing))
        do {
            try faulty.importJournal(journal)
            Issue.record("the import should have failed (\(fault))")
        } catch {
            #expect(error.description.hasPrefix("cannot write "), "\(error)")
            #expect(error.description.contains(failing), "\(error)")
        }
        // No profile: the journal is not there yet, and nothing half-written is.
        let real = Store(root: root)
        #expect(real.load().journal == nil)
        #expect(Self.temporaries(in: root).isEmpty)
        try real.importJournal(journal)
        let loaded = real.load()
        #expect(loaded.problems.isEmpty)
        #expect(loaded.journal?.checkIns == checkIns)
    }

    @Test func aDraftThatCannotBeRemovedIsReportedAndKeptWhole() throws {
        let store = try Fixtures.initializedStore()
        let draft = CheckInDraft(checkIn: CheckIn(week: Fixtures.week, partner: "alex", notes: "half done"), step: 3, session: ["alex"])
        let path = try store.saveDraft(draft)
        let faulty = Store(root: store.root, fileSystem: FaultyFileSystem(fault: .ioError(.remove), only: "W47-alex"))
        do {
            try faulty.deleteDraft(week: Fixtures.week, partner: "alex")
            Issue.record("the removal should have failed")
        } catch {
            #expect(error.description == "cannot write \(path): Input/output error; free space or fix permissions, then save again")
        }
        #expect(store.loadDrafts() == ([draft], []))
        // A draft that is not there is already removed: no error.
        try faulty.deleteDraft(week: Fixtures.week, partner: "sam")
    }
}
