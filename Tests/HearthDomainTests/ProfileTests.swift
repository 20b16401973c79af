import Testing
@testable import HearthDomain

@Suite("Profile, ids and validation")
struct ProfileTests {
    @Test("ids from display names", arguments: [
        ("Alex", 1, "alex"), ("Zoë Müller", 1, "zoe-muller"), ("美咲", 2, "partner-2"),
        ("  Sam  O'Neil ", 1, "sam-o-neil"), ("Ærøskøbing", 1, "aeroskobing"),
        // Other scripts read in Latin letters where a table gives a reading (was `partner-N`).
        ("Ана", 1, "ana"), ("Ζωή", 2, "zoe"), ("Дмитрий", 1, "dmitrii"), ("みさき", 2, "misaki"),
        ("ミサキ", 2, "misaki"), ("きょうこ", 1, "kyouko"), ("しゅん", 1, "shun"), ("김민준", 1, "gimminjun"),
        ("美咲 さくら", 2, "sakura"), ("محمد", 1, "partner-1"),
    ])
    func ids(_ name: String, _ index: Int, _ expected: String) {
        #expect(Partner.makeID(from: name, fallbackIndex: index) == expected)
        #expect(Partner.isValidID(expected))
    }

    @Test func profileValidationListsEveryProblem() {
        let profile = Profile(
            partners: [Partner(id: "Alex", name: "Alex"), Partner(id: "sam", name: " "), Partner(id: "sam", name: "Sam")],
            extraTypes: [IntimacyType(id: "emotional", name: "Again")])
        let fields = profile.validate().map(\.field)
        #expect(fields == ["partners[0].id", "partners[1].name", "partners[2].id", "types[0].id"])
    }

    @Test func checkInValidationListsEveryProblem() throws {
        let profile = Profile(partners: [Partner(id: "alex", name: "Alex"), Partner(id: "sam", name: "Sam")])
        let week = try #require(Week("2026-W47"))
        let checkIn = CheckIn(
            week: week, partner: "kim",
            ratings: ["emotional": .score(9), "physical": .skipped, "sexual": .score(3)],
            deviceFreeMinutes: -5,
            moments: [Moment(from: "alex", to: "nobody", language: .time, text: "walk")])
        let problems = checkIn.validate(against: profile)
        #expect(problems.map(\.field) == [
            "partner", "ratings.emotional", "ratings.sexual", "device_free_minutes", "moments[0].to",
        ])
        #expect(problems[1].message.contains("outside 1-5"))
    }

    @Test func extraTypesAreRatedLikeCoreOnes() throws {
        let sexual = IntimacyType(id: "sexual", name: "Sexual")
        let profile = Profile(partners: [Partner(id: "alex", name: "Alex")], extraTypes: [sexual])
        #expect(profile.intimacyTypes.map(\.id) == ["emotional", "physical", "intellectual", "spiritual", "experiential", "sexual"])
        let checkIn = CheckIn(week: try #require(Week("2026-W47")), partner: "alex", ratings: ["sexual": .score(4)])
        #expect(checkIn.validate(against: profile).isEmpty)
        #expect(checkIn.score(sexual) == 4)
    }

    @Test func cadenceRoundTrip() {
        for cadence in [Cadence.daily, .weekly(on: .sunday), .everyWeeks(2, on: .saturday)] {
            #expect(Cadence(cadence.description) == cadence)
        }
        #expect(Cadence("every 1 week friday") == .weekly(on: .friday))
        #expect(Cadence("fortnightly") == nil)
    }
}
