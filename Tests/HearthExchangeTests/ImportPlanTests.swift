import HearthDomain
import Testing
@testable import HearthExchange

@Suite("Merging an export: new weeks added, equal ones skipped, different ones refused unless replaced")
struct ImportPlanTests {
    static let week = ImportErrorTests.week
    static let base = ImportErrorTests.journal

    static func incoming() -> Journal {
        var journal = base
        journal.checkIns.append(CheckIn(week: week.next, partner: "sam", intention: "Rest"))
        journal.checkIns[0].intention = "Changed"
        journal.rituals.append(Ritual(id: "tea", name: "Tea", cadence: .daily, since: week))
        journal.moments.append(Moment(date: week.next.monday, from: "zoe", to: "sam", language: .words, text: "thanks"))
        return journal
    }

    @Test func theSameJournalChangesNothing() throws {
        let plan = try ImportPlan(existing: Self.base, incoming: Self.base, replace: false)
        #expect(plan.isEmpty && plan.conflicts.isEmpty)
        #expect(plan.unchanged == 2, "one check-in and one week of logged moments")
    }

    @Test func newWeeksAndRitualsAreAddedAndADifferentWeekIsAConflict() throws {
        let plan = try ImportPlan(existing: Self.base, incoming: Self.incoming(), replace: false)
        #expect(plan.conflicts == ["2026-W47 zoe: the check-in differs from the one in the journal"])
        #expect(plan.checkIns.map(\.checkIn.partner) == ["sam"] && plan.checkIns.allSatisfy { !$0.replacing })
        #expect(plan.rituals?.map(\.id) == ["walk", "tea"])
        #expect(plan.moments.map { "\($0.week) \($0.partner)" } == ["2026-W48 zoe"])
    }

    @Test func replaceLetsTheExportWin() throws {
        var incoming = Self.incoming()
        incoming.rituals[0].name = "Long walk"
        let refused = try ImportPlan(existing: Self.base, incoming: incoming, replace: false)
        #expect(refused.conflicts.contains("ritual walk: differs from the one in the journal"))
        let plan = try ImportPlan(existing: Self.base, incoming: incoming, replace: true)
        #expect(plan.conflicts.isEmpty)
        #expect(plan.checkIns.filter(\.replacing).map(\.checkIn.intention) == ["Changed"])
        #expect(plan.rituals?.first?.name == "Long walk")
    }

    @Test func anotherCouplesExportIsRefused() {
        var other = Self.base
        other.profile.partners[1] = Partner(id: "kim", name: "Kim")
        #expect(throws: ImportFailure.self) { try ImportPlan(existing: Self.base, incoming: other, replace: true) }
        var extra = Self.base
        extra.profile.extraTypes = [IntimacyType(id: "sexual", name: "Sexual")]
        #expect(throws: ImportFailure(path: "profile.extra_types[0].id",
                                      message: "'sexual' is not a type in this journal's profile; add it there first (`hearth profile`) or import into an empty folder")) {
            try ImportPlan(existing: Self.base, incoming: extra, replace: false)
        }
    }
}
