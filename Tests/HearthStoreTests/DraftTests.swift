import Foundation
import HearthDomain
import Testing
@testable import HearthStore

@Suite("Drafts: unfinished check-ins kept under drafts/", .scratchFolders)
struct DraftTests {
    @Test func aDraftRoundTripsWithItsStepAndSession() throws {
        let store = try Fixtures.initializedStore()
        let draft = CheckInDraft(checkIn: Fixtures.fullCheckIn, step: 4, session: ["alex", "sam"])
        let path = try store.saveDraft(draft)
        #expect(path == "drafts/2026-W47-alex.md")
        let loaded = store.loadDrafts()
        #expect(loaded.problems.isEmpty)
        #expect(loaded.drafts == [draft])
    }

    @Test func aDraftIsPrivateAndReadableAsACheckInFile() throws {
        let store = try Fixtures.initializedStore()
        try store.saveDraft(CheckInDraft(checkIn: CheckIn(week: Fixtures.week, partner: "mi", ratings: ["emotional": .score(3)]), step: 1))
        let file = store.root + "/drafts/2026-W47-mi.md"
        let attributes = try FileManager.default.attributesOfItem(atPath: file)
        #expect((attributes[.posixPermissions] as? Int) == 0o600)
        let folder = try FileManager.default.attributesOfItem(atPath: store.root + "/drafts")
        #expect((folder[.posixPermissions] as? Int) == 0o700)
        let text = try Fixtures.read("drafts/2026-W47-mi.md", in: store)
        #expect(text.hasPrefix("---\nhearth: 1\nweek: 2026-W47\npartner: mi\nratings:\n  emotional: 3\ndraft_step: 1\ndraft_session: [mi]\n---\n"))
    }

    @Test func savingAgainReplacesTheDraftAndDeletingRemovesIt() throws {
        let store = try Fixtures.initializedStore()
        var checkIn = CheckIn(week: Fixtures.week, partner: "alex", intention: "Walk")
        try store.saveDraft(CheckInDraft(checkIn: checkIn, step: 1))
        checkIn.intention = "Walk on Sunday"
        try store.saveDraft(CheckInDraft(checkIn: checkIn, step: 2))
        #expect(store.loadDrafts().drafts.map(\.checkIn.intention) == ["Walk on Sunday"])
        #expect(store.loadDrafts().drafts.map(\.step) == [2])
        try store.deleteDraft(week: Fixtures.week, partner: "alex")
        #expect(store.loadDrafts().drafts.isEmpty)
        // Deleting a draft that is not there is not an error: the save that follows a check-in may find none.
        try store.deleteDraft(week: Fixtures.week, partner: "alex")
    }

    @Test func draftsAreNotCheckInsAndLoadingNeverWrites() throws {
        let store = try Fixtures.initializedStore()
        try store.saveDraft(CheckInDraft(checkIn: Fixtures.fullCheckIn, step: 3))
        let before = try FileManager.default.contentsOfDirectory(atPath: store.root + "/drafts")
        let result = store.load()
        #expect(result.journal?.checkIns.isEmpty == true)
        #expect(result.problems.isEmpty)
        _ = store.loadDrafts()
        #expect(try FileManager.default.contentsOfDirectory(atPath: store.root + "/drafts") == before)
    }

    @Test func aBrokenDraftIsReportedAndTheOthersStillLoad() throws {
        let store = try Fixtures.initializedStore()
        try store.saveDraft(CheckInDraft(checkIn: CheckIn(week: Fixtures.week, partner: "alex", notes: "kept")))
        try Fixtures.write("---\nhearth: 1\nweek: 2026-W47\n\tpartner: sam\n---\n", to: "drafts/2026-W47-sam.md", in: store)
        let loaded = store.loadDrafts()
        #expect(loaded.drafts.map(\.checkIn.notes) == ["kept"])
        #expect(loaded.problems.map(\.path) == ["drafts/2026-W47-sam.md"])
    }

    @Test func noDraftsFolderMeansNoDrafts() throws {
        let store = try Fixtures.initializedStore()
        let loaded = store.loadDrafts()
        #expect(loaded.drafts.isEmpty && loaded.problems.isEmpty)
    }

    @Test func aDraftNeedsAJournal() throws {
        let store = Store(root: Fixtures.temporaryFolder() + "/none")
        #expect(throws: StoreError.self) { try store.saveDraft(CheckInDraft(checkIn: Fixtures.fullCheckIn)) }
    }
}
