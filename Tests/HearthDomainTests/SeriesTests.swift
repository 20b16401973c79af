import Testing
@testable import HearthDomain

@Suite("Series: gaps, rolling mean, least-squares trend")
struct SeriesTests {
    private func series(_ values: [Double?]) -> Series {
        Series(range: WeekRange(first: Fixture.week(1), count: values.count), values: values)
    }

    @Test("least squares over the weeks present", arguments: [
        // values, expected slope per week, intercept, points
        ([1, nil, 3, nil, 5], 1.0, 1.0, 3),          // gaps keep their x: slope 1, not 2
        ([3, 3, 3, 3], 0.0, 3.0, 4),                  // all equal: flat
        ([4, 3.5, 3, 2.5], -0.5, 4.0, 4),
        ([nil, nil, 2, 4], 2.0, -2.0, 2),             // two points: exact line through both
        ([5, nil, nil, nil, nil, nil, nil, nil, 1], -0.5, 5.0, 2),
    ] as [([Double?], Double, Double, Int)])
    func trend(_ values: [Double?], slope: Double, intercept: Double, points: Int) throws {
        let trend = try #require(series(values).trend())
        #expect(abs(trend.slopePerWeek - slope) < 1e-12)
        #expect(abs(trend.intercept - intercept) < 1e-12)
        #expect(trend.points == points)
    }

    @Test("no trend from a single point or none", arguments: [[nil, 4, nil], [], [nil, nil]] as [[Double?]])
    func noTrend(_ values: [Double?]) {
        #expect(series(values).trend() == nil)
    }

    @Test("trailing mean over calendar weeks, gaps skipped", arguments: [
        ([1, nil, 3, nil, 5], 2, [1, 1, 3, 3, 5]),
        ([1, nil, 3, nil, 5], 3, [1, 1, 2, 3, 4]),
        ([2, nil, nil, 4], 2, [2, 2, nil, 4]),        // a whole window of gap stays a gap
        ([nil, 4, nil], 2, [nil, 4, 4]),
        ([1, 2, 3], 0, [1, 2, 3]),                     // a window below 1 counts as 1
        ([3, 3, 3, 3], 4, [3, 3, 3, 3]),
    ] as [([Double?], Int, [Double?])])
    func rollingMean(_ values: [Double?], window: Int, expected: [Double?]) {
        #expect(series(values).rollingMean(window: window).values == expected)
    }

    @Test func meanLatestAndSuffix() {
        let s = series([2, nil, 4, nil])
        #expect(s.mean == 3)
        #expect(s.latest == 4)
        #expect(s.presentCount == 2)
        #expect(s.points.map(\.week) == [Fixture.week(1), Fixture.week(3)])
        #expect(s.suffix(weeks: 3).values == [nil, 4, nil])
        #expect(s.suffix(weeks: 3).range.first == Fixture.week(2))
        #expect(series([nil, nil]).mean == nil)
        #expect(s.value(at: Fixture.week(3)) == 4)
        #expect(s.value(at: Fixture.week(9)) == nil)
    }

    @Test("a range across a 53-week year", arguments: [
        ("2026-W50", "2027-W02", 6), ("2020-W52", "2021-W01", 3), ("2027-W51", "2028-W01", 3), ("2026-W47", "2026-W46", 0),
    ])
    func fiftyThreeWeekYear(_ from: String, _ through: String, _ count: Int) throws {
        let range = WeekRange(from: try #require(Week(from)), through: try #require(Week(through)))
        #expect(range.count == count)
        if count > 0 { #expect(range.last.description == through) }
    }

    @Test func weekRangePositions() throws {
        let range = WeekRange(last: try #require(Week("2027-W01")), count: 3)
        #expect(range.weeks.map(\.description) == ["2026-W52", "2026-W53", "2027-W01"])
        #expect(range.index(of: try #require(Week("2026-W53"))) == 1)
        #expect(range.index(of: try #require(Week("2027-W02"))) == nil)
        #expect(range.index(of: try #require(Week("2026-W51"))) == nil)
        #expect(range.suffix(weeks: 2).first.description == "2026-W53")
    }
}
