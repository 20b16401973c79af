import HearthDomain
import HearthTestSupport
import Testing
@testable import HearthStore

@Suite("A load that keeps only what hearth list shows", .scratchFolders)
struct CheckInFieldsTests {
    /// Cold index, then warm, then none: each time the ratings and signs are the full load's, the rest is not
    /// held, and the same problems and merge conflicts are reported.
    @Test(arguments: [false, true])
    func keepsRatingsSignsAndConflictsAndNothingElse(indexed: Bool) throws {
        let plain = try Fixtures.initializedStore()
        let store = indexed ? IndexTests.indexed(plain, margin: 0) : plain
        try store.save(Fixtures.fullCheckIn, profile: Fixtures.profile, expected: nil)
        for _ in 0..<2 {
            let whole = store.load(moments: false, prose: false)
            let slim = store.load(moments: false, prose: false, fields: .ratingsAndSigns)
            let full = try #require(whole.journal?.checkIns.first)
            let kept = try #require(slim.journal?.checkIns.first)
            #expect(slim.journal?.checkIns.count == 1)
            #expect(kept.week == full.week && kept.partner == full.partner)
            #expect(kept.ratings == full.ratings && !kept.ratings.isEmpty)
            #expect(kept.warningSigns == full.warningSigns && !kept.warningSigns.isEmpty)
            #expect(kept.preserved == full.preserved)
            #expect(kept.rituals.isEmpty && !full.rituals.isEmpty)
            #expect(kept.answers.isEmpty && !full.answers.isEmpty)
            #expect(slim.problems == whole.problems)
            #expect(slim.conflictedPaths == whole.conflictedPaths)
            #expect(slim.journal?.profile == whole.journal?.profile)
        }
    }
}
