import Testing
@testable import HearthDomain

@Suite("Ritual strength: forgiving, cadence- and pause-aware")
struct RitualStrengthTests {
    typealias Outcome = RitualStrength.Outcome

    @Test("histories and their strength, from 1/2", arguments: [
        ([], 0.5),
        ([.kept], 0.625),
        ([.kept, .kept], 0.71875),
        ([.missed], 0.4375),
        ([.missedWithReason], 0.46875),
        ([.kept, .missed], 0.546875),
        ([.missed, .kept], 0.578125),
        ([.unchanged, .unchanged, .unchanged], 0.5),
        ([.kept, .kept, .kept, .kept], 0.841796875),
    ] as [([Outcome], Double)])
    func strength(_ history: [Outcome], expected: Double) {
        #expect(RitualStrength.strength(after: history) == expected)
    }

    @Test func eightMissedWeeksLeaveAThirdNotZero() {
        let strength = RitualStrength.strength(after: Array(repeating: .missed, count: 8), from: 1)
        #expect(strength == 5_764_801.0 / 16_777_216.0) // (7/8)^8 ≈ 0.344
    }

    private let walk = Ritual(id: "walk", name: "Walk", cadence: .weekly(on: .sunday), since: Fixture.week(1))
    private let date = Ritual(id: "date", name: "Date", cadence: .everyWeeks(2, on: .friday), since: Fixture.week(1))
    private let other = RitualMark(ritual: "other", status: .kept)

    private func strengths(_ rituals: [Ritual], _ checkIns: [CheckIn], weeks: Int = 4, last: Int = 4) -> [RitualStrength] {
        let journal = Journal(profile: Fixture.profile, checkIns: checkIns, rituals: rituals)
        return RitualStrength.all(in: journal, range: WeekRange(last: Fixture.week(last), count: weeks))
    }

    private func kept(_ id: String) -> RitualMark { RitualMark(ritual: id, status: .kept) }
    private func skipped(_ id: String, _ reason: String = "") -> RitualMark { RitualMark(ritual: id, status: .skipped, reason: reason) }

    @Test func weeklyKeptKeptSkippedThenNoCheckIn() throws {
        let result = try #require(strengths([walk], [
            Fixture.checkIn("alex", 1, rituals: [kept("walk")]),
            Fixture.checkIn("alex", 2, rituals: [kept("walk")]),
            Fixture.checkIn("sam", 3, rituals: [skipped("walk")]),
        ]).first)
        #expect(result.series.values == [0.625, 0.71875, 0.62890625, 0.62890625])
        #expect(result.current == 0.62890625)
        #expect(result.due == 4 && result.marked == 3 && result.kept == 2)
    }

    @Test func historyBeforeTheRangeIsReplayed() throws {
        let result = try #require(strengths([walk], [
            Fixture.checkIn("alex", 1, rituals: [kept("walk")]),
            Fixture.checkIn("alex", 2, rituals: [kept("walk")]),
            Fixture.checkIn("alex", 3, rituals: [skipped("walk")]),
        ], weeks: 2, last: 4).first)
        #expect(result.series.values == [0.62890625, 0.62890625])
        #expect(result.kept == 0)
    }

    @Test func everyTwoWeeksOnlyDueWeeksCount() throws {
        // "date" marked skipped every week: it only costs in its due weeks 1 and 3.
        let checkIns = (1...4).map { Fixture.checkIn("alex", $0, rituals: [other, skipped("date")]) }
        let result = try #require(strengths([date], checkIns).first)
        #expect(result.series.values == [0.4375, 0.4375, 0.3828125, 0.3828125])
        #expect(result.due == 2)
    }

    @Test func markingOneRitualLeavesTheOthersAlone() throws {
        // `hearth ritual mark date kept` on Tuesday: the walk, still to come on Sunday, must not fade.
        let result = strengths([walk, date], [Fixture.checkIn("alex", 1, rituals: [kept("date")]),
                                              Fixture.checkIn("sam", 3, rituals: [skipped("date", "ill")])])
        #expect(result.map(\.current) == [0.5, 0.5859375])
        #expect(result.map(\.marked) == [0, 2])
        #expect(result.map(\.kept) == [0, 1])
    }

    @Test func withoutSinceTheDueWeeksAndTheStrengthFollowOneRule() throws {
        // A hand-written "every 2 weeks" with no `since`, skipped every week: it costs exactly in the weeks
        // the rituals screen and the check-in call it due, every other week, whatever the first check-in.
        let undated = Ritual(id: "date", name: "Date", cadence: .everyWeeks(2, on: .friday))
        for first in 1...2 {
            let checkIns = (first...4).map { Fixture.checkIn("alex", $0, rituals: [skipped("date")]) }
            let result = try #require(strengths([undated], checkIns).first)
            let dueWeeks = (1...4).filter { undated.isDueThisWeek(Fixture.week($0)) }
            #expect(dueWeeks.count == 2 && dueWeeks[1] - dueWeeks[0] == 2, "first check-in \(first)")
            var previous = RitualStrength.initial
            for (offset, value) in result.series.values.enumerated() where value != nil {
                let week = offset + 1
                #expect((value != previous) == dueWeeks.contains(week), "week \(week), first check-in \(first)")
                previous = value ?? previous
            }
            #expect(result.due == dueWeeks.filter { $0 >= first }.count)
        }
    }

    @Test func keepingInAnOffWeekStillCounts() throws {
        let result = try #require(strengths([date], [Fixture.checkIn("alex", 2, rituals: [kept("date")])]).first)
        #expect(result.series.values == [0.5, 0.625, 0.625, 0.625])
    }

    @Test("partners' marks merge: kept beats a reason beats a bare skip", arguments: [
        ([RitualMark(ritual: "walk", status: .kept)], [RitualMark(ritual: "walk", status: .skipped)], 0.625),
        ([RitualMark(ritual: "walk", status: .skipped, reason: "rain")], [RitualMark(ritual: "walk", status: .skipped)], 0.46875),
        ([RitualMark(ritual: "walk", status: .skipped, reason: "  ")], [], 0.4375),
        ([RitualMark(ritual: "other", status: .kept)], [], 0.5),   // unmarked while others were answered: nobody said
        ([], [], 0.5),                                                 // rituals not answered: nothing known
    ])
    func merge(_ alex: [RitualMark], _ sam: [RitualMark], expected: Double) throws {
        let result = try #require(strengths([walk], [
            Fixture.checkIn("alex", 1, rituals: alex), Fixture.checkIn("sam", 1, rituals: sam),
        ], weeks: 1, last: 1).first)
        #expect(result.current == expected)
    }

    @Test("paused weeks neither decay nor fall due; active ones fall due and decay only when skipped", arguments: [
        (Ritual.Status.paused, false, [0.625, 0.71875, 0.71875, 0.71875], 2),
        (.retired, false, [0.625, 0.71875, 0.71875, 0.71875], 2),
        (.active, false, [0.625, 0.71875, 0.71875, 0.71875], 4),
        (.active, true, [0.625, 0.71875, 0.62890625, 0.55029296875], 4),
    ])
    func paused(_ status: Ritual.Status, skippedLater: Bool, expected: [Double?], due: Int) throws {
        var ritual = walk
        ritual.status = status
        let later = skippedLater ? [other, skipped("walk")] : [other]
        let result = try #require(strengths([ritual], [
            Fixture.checkIn("alex", 1, rituals: [kept("walk")]), Fixture.checkIn("alex", 2, rituals: [kept("walk")]),
            Fixture.checkIn("alex", 3, rituals: later), Fixture.checkIn("alex", 4, rituals: later),
        ]).first)
        #expect(result.series.values == expected)
        #expect(result.due == due)
    }

    @Test func weeksBeforeSinceAreEmpty() throws {
        var ritual = walk
        ritual.since = Fixture.week(3)
        let result = try #require(strengths([ritual], [Fixture.checkIn("alex", 3, rituals: [kept("walk")])]).first)
        #expect(result.series.values == [nil, nil, 0.625, 0.625])
        #expect(result.due == 2)
    }

    @Test func theDemoSundayWalkFadesInTheRoughPatchAndRecovers() throws {
        let end = DemoJournalTests.end
        let journal = DemoJournal.make(years: 2, endingAt: end, seed: 4)
        let range = WeekRange(last: end, count: 40)
        let walk = try #require(RitualStrength.all(in: journal, range: range).first { $0.ritual.id == "sunday-walk" })
        let before = try #require(walk.series.value(at: end.adding(weeks: -21)))
        let bottom = try #require(walk.series.value(at: end.adding(weeks: -6)))
        #expect(before - bottom > 0.2, "before \(before), bottom \(bottom)")
        #expect(walk.current > bottom)
    }
}
