import HearthDomain
import Testing

/// The small rules behind marking, naming and logging outside a check-in.
struct RitualEditingTests {
    static let week = Week(year: 2026, number: 47) ?? Week(containing: CivilDate(daysSinceEpoch: 0))

    @Test func markingTwiceReplacesTheMarkForThatRitual() {
        var checkIn = CheckIn(week: Self.week, partner: "zoe", rituals: [RitualMark(ritual: "walk", status: .kept)])
        checkIn.setMark(RitualMark(ritual: "date-night", status: .kept))
        checkIn.setMark(RitualMark(ritual: "walk", status: .skipped, reason: "rain"))
        #expect(checkIn.rituals == [RitualMark(ritual: "walk", status: .skipped, reason: "rain"), RitualMark(ritual: "date-night", status: .kept)])
        #expect(checkIn.isOnlyRitualMarks)
        checkIn.ratings["emotional"] = .score(4)
        #expect(!checkIn.isOnlyRitualMarks)
        #expect(!CheckIn(week: Self.week, partner: "zoe", notes: "hi").isOnlyRitualMarks)
    }

    @Test(arguments: [
        ("Date night", [String](), "date-night"),
        ("Date night", ["date-night"], "date-night-2"),
        ("Date night", ["date-night", "date-night-2"], "date-night-3"),
        ("Café Zoë!", [], "cafe-zoe"),
        ("散歩", [], "ritual"),
        ("散歩", ["ritual"], "ritual-2"),
    ])
    func ritualIDsComeFromNames(_ name: String, _ taken: [String], _ id: String) {
        #expect(Ritual.makeID(from: name, taken: taken) == id)
    }

    @Test func ritualsAreFoundByIdOrNameIgnoringCase() {
        let journal = Journal(profile: Profile(partners: [Partner(id: "zoe", name: "Zoë")]),
                              rituals: [Ritual(id: "date-night", name: "Date Night", cadence: .daily)])
        #expect(journal.ritual(named: "date-night")?.name == "Date Night")
        #expect(journal.ritual(named: " date night ")?.id == "date-night")
        #expect(journal.ritual(named: "walk") == nil)
    }

    @Test func dueThisWeekNeedsActiveStartedAndTheCadence() {
        let every2 = Ritual(id: "w", name: "W", cadence: .everyWeeks(2, on: .sunday), since: Self.week)
        #expect(every2.isDueThisWeek(Self.week))
        #expect(!every2.isDueThisWeek(Self.week.next))
        #expect(!every2.isDueThisWeek(Self.week.previous), "not before it started")
        var paused = every2
        paused.status = .paused
        #expect(!paused.isDueThisWeek(Self.week))
    }

    @Test func theMomentLogMergesLoggedAndCheckInMomentsOldestFirst() throws {
        let monday = Self.week.monday
        let profile = Profile(partners: [Partner(id: "zoe", name: "Zoë"), Partner(id: "sam", name: "Sam")])
        let journal = Journal(
            profile: profile,
            checkIns: [CheckIn(week: Self.week.previous, partner: "zoe", moments: [Moment(from: "zoe", to: "sam", language: .time, text: "undated")])],
            moments: [Moment(date: monday.adding(days: 2), from: "sam", to: "zoe", language: .gifts, text: "later"),
                      Moment(date: monday, from: "zoe", to: "sam", language: .words, text: "earlier")])
        let log = MomentLog.entries(in: journal)
        #expect(log.map(\.moment.text) == ["undated", "earlier", "later"])
        #expect(log.map(\.inCheckIn) == [true, false, false])
        #expect(log[0].week == Self.week.previous)
    }

    @Test func summariesSayWhatChangedWithDisplayNames() {
        let profile = Profile(partners: [Partner(id: "zoe", name: "Zoë"), Partner(id: "partner-2", name: "美咲")])
        let walk = Ritual(id: "walk", name: "Walk", cadence: .weekly(on: .sunday))
        let journal = Journal(profile: profile, rituals: [walk])
        var retired = walk
        retired.status = .retired
        #expect(JournalEdit.markRitual(RitualMark(ritual: "walk", status: .skipped, reason: "rain"), week: Self.week, partner: "partner-2")
            .summary(in: journal) == "Walk: skipped by 美咲 in 2026-W47 (rain)")
        #expect(JournalEdit.saveRitual(retired).summary(in: journal) == "Retired Walk; its history stays in your check-ins")
        #expect(JournalEdit.saveRitual(Ritual(id: "tea", name: "Tea", cadence: .daily)).summary(in: journal) == "Added Tea, daily")
        #expect(JournalEdit.setLoveLanguages(partner: "zoe", primary: .time, secondary: nil).summary(in: journal) == "Zoë: quality time")
    }
}
