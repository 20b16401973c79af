import Testing
@testable import HearthDomain

@Suite("Demo journal generator")
struct DemoJournalTests {
    static let end = Week(year: 2026, number: 47) ?? Week(containing: CivilDate(daysSinceEpoch: 0))

    /// The check-ins of the week `k` weeks before the end.
    private func checkIns(_ journal: Journal, k: Int) -> [CheckIn] {
        journal.checkIns(in: Self.end.adding(weeks: -k))
    }

    /// No week's appreciations say the same thing twice (a check-in could list one appreciation twice).
    @Test(arguments: [1, 7, 42] as [UInt64])
    func noWeekRepeatsAnAppreciation(seed: UInt64) {
        let journal = DemoJournal.make(weeks: 520, endingAt: Self.end, seed: seed)
        for week in journal.weeksNewestFirst {
            let all = journal.checkIns(in: week).flatMap(\.appreciations)
            #expect(Set(all).count == all.count, "\(week): \(all)")
        }
    }

    @Test func sameSeedSameJournalOtherSeedDiffers() {
        let a = DemoJournal.make(weeks: 200, endingAt: Self.end, seed: 7)
        let b = DemoJournal.make(weeks: 200, endingAt: Self.end, seed: 7)
        let c = DemoJournal.make(weeks: 200, endingAt: Self.end, seed: 8)
        #expect(a == b)
        #expect(a.checkIns != c.checkIns)
    }

    @Test("check-in counts, with the fixed gaps at k = 26 (both) and k = 7 (美咲)", arguments: [
        (1, 2), (7, 14), (8, 15), (26, 51), (27, 51), (30, 57),
    ])
    func counts(weeks: Int, expected: Int) {
        let journal = DemoJournal.make(weeks: weeks, endingAt: Self.end, seed: 1)
        #expect(journal.checkIns.count == expected)
        #expect(journal.checkIns.last?.week == Self.end)
    }

    @Test func emptyAndYears() {
        #expect(DemoJournal.make(weeks: 0, endingAt: Self.end, seed: 1).checkIns.isEmpty)
        let twenty = DemoJournal.make(years: 20, endingAt: Self.end, seed: 1)
        #expect(twenty.weeksNewestFirst.last == Self.end.adding(weeks: -1039))
        // Random gaps and 美咲's two months away cost a few percent of the 2,080.
        #expect((1900...2070).contains(twenty.checkIns.count))
    }

    @Test func everyCheckInValidatesAndIsInJournalOrder() {
        let journal = DemoJournal.make(years: 4, endingAt: Self.end, seed: 42)
        #expect(journal.profile.validate().isEmpty)
        for checkIn in journal.checkIns {
            #expect(checkIn.validate(against: journal.profile).isEmpty, "\(checkIn.week) \(checkIn.partner)")
        }
        let order = journal.checkIns.map { ($0.week, $0.partner == "zoe" ? 0 : 1) }
        #expect(zip(order, order.dropFirst()).allSatisfy { $0 < $1 })
        #expect(journal.profile.partners.map(\.name) == ["Zoë", "美咲"])
        #expect(journal.moments.allSatisfy { $0.date.map { Week(containing: $0) <= Self.end } ?? false })
    }

    @Test func gapsExistWhereDocumented() {
        let journal = DemoJournal.make(years: 3, endingAt: Self.end, seed: 3)
        #expect(checkIns(journal, k: 26).isEmpty)
        #expect(checkIns(journal, k: 7).map(\.partner) == ["zoe"])
        for k in 60...67 { #expect(checkIns(journal, k: k).map(\.partner) == ["zoe"]) }
        #expect(checkIns(journal, k: 59).count == 2)
        #expect(checkIns(journal, k: 68).count == 2)
    }

    @Test func randomGapsOnlyBeyondSeventyWeeks() {
        let journal = DemoJournal.make(years: 20, endingAt: Self.end, seed: 12)
        let report = TrendReport(journal: journal, lastWeeks: 1040, endingAt: Self.end)
        let old = report.checkIns.dropLast(71), recent = report.checkIns.suffix(71)
        #expect(old.filter { $0 == 0 }.count >= 5, "whole weeks missed")
        #expect(old.filter { $0 == 1 }.count >= 5, "one partner missing")
        #expect(recent.filter { $0 < 2 }.count == 10, "k = 26, k = 7 and k = 67...60 only")
    }

    /// Mean of both partners' emotional and physical scores over the weeks `ks` before the end.
    private func closeness(_ journal: Journal, _ ks: ClosedRange<Int>) -> Double {
        let scores = ks.flatMap { checkIns(journal, k: $0) }
            .flatMap { [$0.score(.emotional), $0.score(.physical)].compactMap { $0 } }
        return Double(scores.reduce(0, +)) / Double(max(1, scores.count))
    }

    @Test("the rough patch sits at k = 20...3, lowest at k = 12...9", arguments: [1, 2, 3, 99] as [UInt64])
    func roughPatch(seed: UInt64) {
        let journal = DemoJournal.make(years: 2, endingAt: Self.end, seed: seed)
        let before = closeness(journal, 21...25), bottom = closeness(journal, 9...12), after = closeness(journal, 0...2)
        #expect(before - bottom >= 1.4, "before \(before), bottom \(bottom)")
        #expect(after - bottom >= 1.4, "after \(after), bottom \(bottom)")
        let signWeeks = (9...14).filter { k in checkIns(journal, k: k).contains { !$0.warningSigns.isEmpty } }
        #expect(signWeeks.count >= 5)
        let calmWeeks = (21...25).filter { k in checkIns(journal, k: k).contains { !$0.warningSigns.isEmpty } }
        #expect(calmWeeks.count <= 1)
    }

    @Test func earlierPatchesRepeatEveryThreeYears() {
        let journal = DemoJournal.make(years: 4, endingAt: Self.end, seed: 5)
        let before = closeness(journal, (156 + 21)...(156 + 25)), bottom = closeness(journal, (156 + 9)...(156 + 12))
        #expect(before - bottom >= 1.0, "before \(before), bottom \(bottom)")
    }

    @Test func dateNightIsMarkedOnlyInItsWeeks() {
        let journal = DemoJournal.make(weeks: 40, endingAt: Self.end, seed: 9)
        let start = Self.end.adding(weeks: -39)
        for checkIn in journal.checkIns {
            let marked = checkIn.rituals.contains { $0.ritual == "date-night" }
            #expect(marked == (start.weeks(until: checkIn.week) % 2 == 0))
            #expect(!checkIn.rituals.contains { $0.ritual == "morning-stretch" }, "paused before k = 40")
        }
    }

    @Test func momentsGoBothWaysAndProseVaries() {
        let journal = DemoJournal.make(weeks: 104, endingAt: Self.end, seed: 11)
        let moments = journal.checkIns.flatMap(\.moments) + journal.moments
        #expect(moments.contains { $0.from == "zoe" && $0.to == "misaki" })
        #expect(moments.contains { $0.from == "misaki" && $0.to == "zoe" })
        let prose = journal.checkIns.flatMap { $0.appreciations + [$0.howWeAreDoing] }
        #expect(prose.contains { $0.unicodeScalars.contains { $0.value >= 0x3040 && $0.value <= 0x30FF } })
        #expect(prose.contains { $0.unicodeScalars.contains { $0.properties.isEmojiPresentation } })
        #expect(journal.checkIns.contains { $0.ratings.values.contains(.skipped) })
        #expect(journal.checkIns.contains { $0.lastIntentionReview == .notYet })
        #expect(journal.checkIns.contains { !$0.reflection.isEmpty })
    }
}
