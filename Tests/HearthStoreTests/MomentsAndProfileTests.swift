import HearthDomain
import Testing
@testable import HearthStore

@Suite("Moments files and profile edits", .scratchFolders)
struct MomentsAndProfileTests {
    private let tuesday = Fixtures.week.date(on: .tuesday)

    @Test func momentsAreSavedByTheirGiverInTheirWeek() throws {
        let store = try Fixtures.initializedStore()
        let moment = Moment(date: tuesday, from: "sam", to: "alex", language: .touch, text: "A long hug")
        #expect(throws: StoreError.invalid("moments/2026/2026-W47-alex.md", [
            ValidationProblem(field: "moments[0].from", message: "moments in alex's file are the ones alex gave"),
        ])) {
            try store.saveMoments([moment], week: Fixtures.week, partner: "alex", profile: Fixtures.profile, expected: nil)
        }
        let path = try store.saveMoments([moment], week: Fixtures.week, partner: "sam", profile: Fixtures.profile, expected: nil)
        #expect(path == "moments/2026/2026-W47-sam.md")
        #expect(store.load().journal?.moments == [moment])
    }

    @Test func aHandEditedMomentOutsideItsWeekIsReported() throws {
        let store = try Fixtures.initializedStore()
        try Fixtures.write("""
            ---
            hearth: 1
            week: 2026-W47
            partner: sam
            moments:
              - date: 2026-12-01
                from: sam
                to: alex
                language: gifts
                text: "Flowers"
            ---
            """, to: "moments/2026/2026-W47-sam.md", in: store)
        let result = store.load()
        #expect(result.journal?.moments == [])
        #expect(result.problems.map(\.description) == [
            "moments/2026/2026-W47-sam.md:6:11: `moments[0].date`: 2026-12-01 is not in week 2026-W47 (hint: use partner ids from profile.md (alex, sam, mi) and dates like 2026-11-18)",
        ])
    }

    @Test func profileEditsRoundTripAndNeedTheLoadedRevision() throws {
        let store = try Fixtures.initializedStore()
        let loaded = store.load()
        var profile = try #require(loaded.journal?.profile)
        profile.partners[1].secondaryLanguage = .gifts
        profile.extraTypes.append(IntimacyType(id: "playful", name: "Playful"))
        #expect(throws: StoreError.alreadyExists("profile.md")) {
            try store.saveProfile(profile, expected: nil)
        }
        try store.saveProfile(profile, expected: loaded.revision(ofPath: "profile.md"))
        #expect(store.load().journal?.profile == profile)
        #expect(throws: StoreError.changedOnDisk("profile.md")) {
            try store.saveProfile(profile, expected: loaded.revision(ofPath: "profile.md"))
        }
    }
}
