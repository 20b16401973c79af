import HearthDomain
import HearthUI
import Testing

/// "Checked in" means one thing on every screen: any answer of the week's check-in, never ritual marks alone
/// (a `hearth ritual mark` writes them into the partner's check-in file before they sit down).
struct CheckedInTests {
    /// This week 美咲 marked a ritual (nothing else); Zoë has not touched the week.
    static func journal() -> Journal {
        var journal = Fixtures.journal()
        journal.checkIns.append(CheckIn(week: Fixtures.thisWeek, partner: "misaki",
                                        rituals: [RitualMark(ritual: "date-night", status: .kept)]))
        return journal
    }

    static func text(_ state: AppState) -> String { state.render(size: Size(width: 80, height: 24)).text }

    @Test func ritualMarksAloneAreNotACheckInOnHomeOrInThePicker() {
        var state = Fixtures.state(Self.journal())
        #expect(Self.text(state).contains("美咲 not yet"))
        press(&state, .character("c"))
        let who = Self.text(state)
        #expect(who.contains("美咲 alone"))
        // The picker said "美咲 alone (checked in: opens for editing)" while home said "not yet".
        #expect(!who.contains("checked in: opens for editing"), "\(who)")
        #expect(!who.contains("美咲 checked in"), "\(who)")
    }

    @Test func thePickerStillSaysSoOnceAnAnswerIsIn() {
        var journal = Self.journal()
        journal.checkIns.append(CheckIn(week: Fixtures.thisWeek, partner: "zoe", ratings: Fixtures.ratings([4, 4, 4, 4, 4])))
        var state = Fixtures.state(journal)
        #expect(Self.text(state).contains("Zoë has checked in"))
        press(&state, .character("c"))
        #expect(Self.text(state).contains("Zoë alone (checked in: opens for editing)"))
    }

    @Test func theWeekViewListsAPartnerWithOnlyMarksAsNotCheckedIn() {
        let journal = Self.journal()
        #expect(journal.hasCheckedIn("misaki", in: Fixtures.thisWeek) == false)
        var state = Fixtures.state(journal)
        press(&state, .character("h"), .enter)
        let week = Self.text(state)
        #expect(week.contains("2026-W47"), "\(week)")
        #expect(week.contains("Not checked in: Zoë, 美咲"), "\(week)")
    }

    /// The history row shows "–" for a partner whose week holds only ritual marks, as for no check-in.
    @Test func historyShowsADashForMarksAlone() {
        var state = Fixtures.state(Self.journal())
        press(&state, .character("h"))
        let row = Self.text(state).split(separator: "\n").first { $0.contains("2026-W47") } ?? ""
        #expect(row.filter { $0 == "–" }.count == 2, "\(row)")
    }

    /// Home's "Rituals due this week" leaves out a ritual everyone has marked (it listed it as due).
    @Test func homeLeavesOutRitualsEveryoneMarked() {
        var journal = Self.journal()
        #expect(Self.text(Fixtures.state(journal)).contains("Date night · weekly on Friday"))
        journal.checkIns.append(CheckIn(week: Fixtures.thisWeek, partner: "zoe",
                                        rituals: [RitualMark(ritual: "date-night", status: .kept)]))
        let home = Self.text(Fixtures.state(journal))
        #expect(!home.contains("Date night"), "\(home)")
        #expect(home.contains("Long walk · every 2 weeks on Sunday"), "\(home)")
    }
}
