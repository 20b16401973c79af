import HearthDomain
@testable import HearthUI
import Testing

/// `s` on home syncs: a spinner while it runs, keys held back, then one line saying how it ended and the
/// journal the sync brought, shown where the couple was.
struct SyncKeyTests {
    static let demo = JournalChangeTests.demo
    static let older = JournalChangeTests.older

    static func text(_ state: AppState) -> String { state.render(size: state.viewport).text }

    @Test func theKeyAsksForASyncAndShowsItsProgress() {
        var state = BrowseFixtures.home(journal: Self.older)
        #expect(press(&state, .character("s")) == [.sync])
        #expect(state.isWorking)
        #expect(Self.text(state).contains("Syncing with your partner's laptop…"))
        // Keys wait for the outcome: they would act on a journal about to change.
        #expect(press(&state, .character("q")) == [])
    }

    @Test func aSyncThatBroughtACheckInShowsItOnHomeWithTheOutcome() {
        var state = BrowseFixtures.home(journal: Self.older)
        _ = press(&state, .character("s"))
        let before = Self.text(state)
        let partner = Self.demo.profile.partners[0].name
        #expect(before.contains("\(partner) not yet"))
        let outcome = SyncOutcome(.synced, detail: "Took 1 changed file from origin: check-in 2026-W47.")
        state.apply(.synced(outcome, journal: Self.demo, problems: [], conflicts: JournalConflicts()))
        #expect(!state.isWorking)
        let after = Self.text(state)
        #expect(after.contains("\(partner) has checked in"))
        #expect(after.contains("Synced: Took 1 changed file from origin"))
        #expect(state.message?.isError == false)
    }

    @Test func eachEndingHasItsOwnLine() {
        #expect(SyncOutcome(.offline).line == "Offline: saved here, will send next time")
        #expect(SyncOutcome(.notSetUp).line.contains("hearth sync --setup URL"))
        #expect(SyncOutcome(.failed, detail: "a file does not read; run `hearth doctor`").line
                == "Sync failed: a file does not read; run `hearth doctor`")
        #expect(SyncOutcome(.notSetUp).isFailure && SyncOutcome(.failed).isFailure)
        #expect(!SyncOutcome(.offline).isFailure && !SyncOutcome(.synced).isFailure)
    }

    @Test func aJournalNotSetUpForSyncSaysHowToSetItUp() {
        var state = BrowseFixtures.home(journal: Self.demo)
        _ = press(&state, .character("s"))
        state.apply(.synced(SyncOutcome(.notSetUp), journal: Self.demo, problems: [], conflicts: JournalConflicts()))
        #expect(Self.text(state).contains("run `hearth sync --setup URL` once"))
        #expect(state.message?.isError == true)
    }

    @Test func aFailedSyncKeepsTheJournalItHad() {
        var state = BrowseFixtures.home(journal: Self.older)
        _ = press(&state, .character("s"))
        state.apply(.synced(SyncOutcome(.failed, detail: "another Hearth is saving"), journal: nil, problems: [],
                            conflicts: JournalConflicts()))
        #expect(state.journal == Self.older)
        #expect(Self.text(state).contains("Sync failed: another Hearth is saving"))
    }

    @Test func helpListsTheSyncKey() {
        var state = BrowseFixtures.home(journal: Self.demo)
        _ = press(&state, .character("?"))
        #expect(Self.text(state).contains("Sync with your partner's laptop"))
    }

    @Test func homeCountsConflictsOnlyWhenThereAreSome() {
        var state = BrowseFixtures.home(journal: Self.demo)
        #expect(!Self.text(state).contains("conflict"))
        state.conflicts = JournalConflicts(copies: 2, fields: [
            FieldConflict(path: "rituals.md", line: 9, record: "ritual:sunday-walk", field: "cadence", here: "weekly saturday", other: "daily"),
        ])
        let text = Self.text(state)
        #expect(text.contains("2 sync conflicts · run `hearth resolve`"))
        #expect(text.contains("1 merge conflict ·"))
        // A sync that settles them takes the lines away.
        _ = press(&state, .character("s"))
        state.apply(.synced(SyncOutcome(.synced), journal: Self.demo, problems: [], conflicts: JournalConflicts()))
        #expect(!Self.text(state).contains("sync conflicts"))
    }
}
