import Foundation
import HearthDomain
import Testing
@testable import HearthExchange

@Suite("iCalendar: icalendar and recurring-ical-events expand each ritual to the weeks Hearth calls due")
struct CalendarTests {
    /// Expands every event between two dates (argv) and prints, per UID, the ISO weeks it falls in.
    static let expand = """
        import datetime, json, sys, icalendar, recurring_ical_events
        calendar = icalendar.Calendar.from_ical(sys.stdin.buffer.read())
        start, end = (datetime.date.fromisoformat(text) for text in sys.argv[1:3])
        weeks = {}
        for event in recurring_ical_events.of(calendar).between(start, end):
            day = event["DTSTART"].dt
            year, week, _ = day.isocalendar()
            weeks.setdefault(str(event["UID"]), set()).add("%04d-W%02d" % (year, week))
        alarms = {str(e["UID"]): [str(a["TRIGGER"].to_ical(), "ascii") for a in e.walk("VALARM")] for e in calendar.walk("VEVENT")}
        print(json.dumps({"weeks": {uid: sorted(found) for uid, found in weeks.items()}, "alarms": alarms}))
        """

    struct Expansion: Decodable {
        var weeks: [String: [String]]
        var alarms: [String: [String]]
    }

    static func expand(_ calendar: CalendarExport, from first: Week, weeks: Int) throws -> Expansion {
        let end = first.adding(weeks: weeks).monday
        let output = try Python.run(Self.expand, [first.monday.description, end.description], input: calendar.text())
        return try JSONDecoder().decode(Expansion.self, from: Data(output.utf8))
    }

    /// What Hearth's own rule says: the weeks in the window the ritual is due, from the week its series starts.
    static func dueWeeks(_ ritual: Ritual, calendar: CalendarExport, from first: Week, weeks: Int) -> [String] {
        let start = calendar.firstWeek(of: ritual)
        return (0..<weeks).map { first.adding(weeks: $0) }.filter { $0 >= start && ritual.isDueThisWeek($0) }.map(\.description)
    }

    static let since = Week(year: 2025, number: 3) ?? Week(containing: CivilDate(daysSinceEpoch: 0))

    /// Every cadence Hearth has (daily; weekly on each day; every 2 to 5 weeks on each day), with and without `since`.
    static func everyCadence() -> [Ritual] {
        var cadences: [Cadence] = [.daily]
        for day in Weekday.allCases {
            cadences.append(.weekly(on: day))
            for count in 2...5 { cadences.append(.everyWeeks(count, on: day)) }
        }
        return cadences.enumerated().flatMap { index, cadence in
            [Ritual(id: "r\(index)-since", name: "Since \(cadence)", cadence: cadence, since: since.adding(weeks: index % 3)),
             Ritual(id: "r\(index)-open", name: "Open \(cadence)", cadence: cadence)]
        }
    }

    @Test func everyCadenceExpandsToTheWeeksHearthCallsDue() throws {
        let profile = Profile(partners: [Partner(id: "zoe", name: "Zoë"), Partner(id: "sam", name: "Sam")])
        let rituals = Self.everyCadence() + [
            Ritual(id: "paused", name: "Paused", cadence: .daily, status: .paused, since: Self.since),
            Ritual(id: "retired", name: "Retired", cadence: .weekly(on: .monday), status: .retired),
        ]
        let firstCheckIn = Self.since.adding(weeks: 7)
        let journal = Journal(profile: profile, checkIns: [CheckIn(week: firstCheckIn, partner: "zoe")], rituals: rituals)
        let calendar = CalendarExport(journal: journal, today: CivilDate(year: 2026, month: 11, day: 21) ?? firstCheckIn.monday)
        let window = Self.since.adding(weeks: -5)
        let expansion = try Self.expand(calendar, from: window, weeks: 104)
        #expect(expansion.weeks.count == Self.everyCadence().count + 1, "each active ritual and the check-in, nothing paused or retired")
        for ritual in Self.everyCadence() {
            let found = expansion.weeks[calendar.uid("ritual-" + ritual.id)] ?? []
            #expect(found == Self.dueWeeks(ritual, calendar: calendar, from: window, weeks: 104), "\(ritual.id): \(ritual.cadence)")
            #expect(found.count > 15, "\(ritual.id) falls due within two years")
        }
        let checkIns = expansion.weeks[calendar.uid("weekly-check-in")] ?? []
        #expect(checkIns.first == firstCheckIn.description && checkIns.count == 104 - 12)
        #expect(expansion.alarms.values.allSatisfy { $0.isEmpty })
    }

    @Test func theDemoJournalsRitualsAndTheirReminders() throws {
        let end = try #require(Week(year: 2026, number: 47))
        let journal = DemoJournal.make(weeks: 104, endingAt: end, seed: 2)
        let calendar = CalendarExport(journal: journal, today: end.sunday, reminderMinutes: 100)
        let first = try #require(journal.checkIns.first?.week)
        let expansion = try Self.expand(calendar, from: first, weeks: 104)
        let active = journal.rituals.filter { $0.status == .active }
        #expect(!active.isEmpty && active.count < journal.rituals.count, "the demo has active and paused rituals")
        // The demo's own "weekly-check-in" ritual stands for the check-in: no second event for it.
        #expect(expansion.weeks.keys.sorted() == active.map { calendar.uid("ritual-" + $0.id) }.sorted())
        for ritual in active {
            #expect(expansion.weeks[calendar.uid("ritual-" + ritual.id)] == Self.dueWeeks(ritual, calendar: calendar, from: first, weeks: 104))
            #expect(expansion.alarms[calendar.uid("ritual-" + ritual.id)] == ["-PT1H40M"])
        }
    }

    @Test func uidsStayTheSameWhenTheJournalGrows() throws {
        let end = try #require(Week(year: 2026, number: 47))
        let earlier = CalendarExport(journal: DemoJournal.make(weeks: 30, endingAt: end.adding(weeks: -10), seed: 2), today: end.monday)
        let later = CalendarExport(journal: DemoJournal.make(weeks: 30, endingAt: end, seed: 2), today: end.sunday)
        func uids(_ calendar: CalendarExport) -> [String] {
            calendar.text().split(separator: "\r\n").filter { $0.hasPrefix("UID:") }.map(String.init)
        }
        #expect(uids(earlier) == uids(later))
        #expect(Set(uids(later)).count == uids(later).count)
    }

    @Test("text is escaped and long lines folded at 75 octets, never inside a character", arguments: [
        "Walk, talk; and \\ rest", "Sonntagsspaziergang am See mit Kaffee und Kuchen und einem langen Gespräch über alles 🎉🎉🎉",
        "美咲と一緒に長い散歩をして、それから静かなカフェでゆっくりお茶を飲む日曜日の午後",
    ])
    func namesSurviveEscapingAndFolding(_ name: String) throws {
        let profile = Profile(partners: [Partner(id: "zoe", name: "Zoë")])
        let journal = Journal(profile: profile, rituals: [Ritual(id: "r", name: name, cadence: .weekly(on: .sunday), since: Self.since)])
        let text = CalendarExport(journal: journal, today: Self.since.monday).text()
        #expect(text.split(separator: "\r\n", omittingEmptySubsequences: false).allSatisfy { $0.utf8.count <= 75 })
        let summary = try Python.run("""
            import sys, icalendar
            for event in icalendar.Calendar.from_ical(sys.stdin.buffer.read()).walk("VEVENT"):
                if str(event["UID"]).startswith("ritual-"): sys.stdout.write(str(event["SUMMARY"]))
            """, input: text)
        #expect(summary == name)
    }
}
