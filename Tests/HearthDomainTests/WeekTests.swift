import Testing
@testable import HearthDomain

@Suite("ISO weeks and civil dates")
struct WeekTests {
    private func date(_ text: String) throws -> CivilDate { try #require(CivilDate(text)) }
    private func week(_ text: String) throws -> Week { try #require(Week(text)) }

    @Test("the week of a date", arguments: [
        ("2026-11-21", "2026-W47"), // a Saturday
        ("2026-11-16", "2026-W47"), // its Monday
        ("2026-11-22", "2026-W47"), // its Sunday
        ("2025-12-29", "2026-W01"), // 2026-W01 starts in December
        ("2021-01-03", "2020-W53"), // early January in last year's week 53
        ("2020-12-31", "2020-W53"),
        ("2024-12-30", "2025-W01"),
        ("2027-01-01", "2026-W53"), // 2026 is a 53-week year (starts on a Thursday)
        ("2028-01-02", "2027-W52"),
        ("2000-02-29", "2000-W09"),
    ])
    func weekOfDate(_ day: String, _ expected: String) throws {
        #expect(Week(containing: try date(day)).description == expected)
    }

    @Test("Mondays and Sundays", arguments: [
        ("2026-W01", "2025-12-29", "2026-01-04"),
        ("2020-W53", "2020-12-28", "2021-01-03"),
        ("2026-W47", "2026-11-16", "2026-11-22"),
        ("2015-W53", "2015-12-28", "2016-01-03"),
    ])
    func bounds(_ name: String, _ monday: String, _ sunday: String) throws {
        let w = try week(name)
        #expect(w.monday.description == monday)
        #expect(w.sunday.description == sunday)
        #expect(w.days.count == 7)
        #expect(w.days.allSatisfy { Week(containing: $0) == w })
    }

    @Test func weeksInYear() {
        #expect(Week.weeksIn(isoYear: 2020) == 53)
        #expect(Week.weeksIn(isoYear: 2026) == 53)
        #expect(Week.weeksIn(isoYear: 2015) == 53)
        #expect(Week.weeksIn(isoYear: 2021) == 52)
        #expect(Week.weeksIn(isoYear: 2025) == 52)
        #expect(Week(year: 2025, number: 53) == nil)
        #expect(Week(year: 2026, number: 53) != nil)
    }

    @Test func nextAndPrevious() throws {
        #expect(try week("2020-W53").next.description == "2021-W01")
        #expect(try week("2021-W01").previous.description == "2020-W53")
        #expect(try week("2025-W52").next.description == "2026-W01")
        #expect(try week("2026-W52").next.description == "2026-W53")
        #expect(try week("2026-W47").adding(weeks: -52).description == "2025-W47")
        #expect(try week("2020-W01").weeks(until: week("2021-W01")) == 53)
    }

    @Test("parsing rejects what is not a week", arguments: [
        "2026-W00", "2026-W54", "2025-W53", "2026W47", "2026-47", "26-W47", "2026-W4", "２０２６-W47", "",
    ])
    func rejects(_ text: String) {
        #expect(Week(text) == nil)
    }

    @Test func parsesLowerCase() throws {
        #expect(try week("2026-w07").description == "2026-W07")
    }

    @Test func civilDateRoundTrip() throws {
        for days in stride(from: -800_000, through: 800_000, by: 997) {
            let d = CivilDate(daysSinceEpoch: days)
            #expect(d.daysSinceEpoch == days)
            #expect(CivilDate(year: d.year, month: d.month, day: d.day) == d)
        }
        #expect(try date("1970-01-01").weekday == .thursday)
        #expect(try date("2026-11-21").weekday == .saturday)
        #expect(CivilDate("2026-02-29") == nil)
        #expect(CivilDate("2024-02-29") != nil)
        #expect(CivilDate("2026-13-01") == nil)
        #expect(CivilDate("2026-11-21") == CivilDate(year: 2026, month: 11, day: 21))
        for text in ["2026-+1-21", "+026-11-21", "2026-11-2", "2026-11-211", "2026/11/21", "２０２６-11-21", "2026-11-21 ", ""] {
            #expect(CivilDate(text) == nil, "\(text)")
        }
    }

    @Test func weekdayNames() {
        #expect(Weekday(name: "Sun") == .sunday)
        #expect(Weekday(name: "saturday") == .saturday)
        #expect(Weekday(name: "su") == nil)
        #expect(Weekday.sunday.shortName == "Sun")
        // The names written in files, one per day, each read back as its own day.
        #expect(Weekday.allCases.map(\.name) == ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"])
        #expect(Weekday.allCases.allSatisfy { Weekday(name: $0.name) == $0 && Weekday(name: $0.shortName) == $0 })
    }
}
