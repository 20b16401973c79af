import HearthDomain
import HearthUI
import Testing
import HearthTestSupport

/// Budget checks, not timed tests: `HEARTH_BENCH=1 swift test -c release --filter TrendsBenchmark` prints
/// medians for the 20-year demo journal (budgets: all series and insights under 5 ms; the trends screen
/// drawn at 200x60 under 2 ms).
@Suite(.enabled(if: Benchmarks.enabled, "set HEARTH_BENCH=1 to run benchmarks"))
struct TrendsBenchmark {
    static let today = Fixtures.today
    static let journal = DemoJournal.make(years: 20, endingAt: Week(containing: today), seed: 7)

    static func median(_ label: String, runs: Int = 100, _ body: () throws -> Int) rethrows {
        let clock = ContinuousClock()
        var samples: [Duration] = [], check = 0
        for _ in 0..<runs {
            let start = clock.now
            check &+= try body()
            samples.append(clock.now - start)
        }
        samples.sort()
        print("bench \(label): median \(samples[runs / 2]), p90 \(samples[runs * 9 / 10]) (check \(check / runs))")
    }

    @Test func seriesAndInsights() throws {
        print("bench 20-year demo: \(Self.journal.checkIns.count) check-ins")
        for weeks in [26, 1040] {
            try Self.median("select \(weeks) weeks (report + insights)") {
                try TrendsQuery(weeks: weeks).select(in: Self.journal, today: Self.today).insights.count
            }
        }
    }

    @Test func printout() throws {
        let selection = try TrendsQuery().select(in: Self.journal, today: Self.today)
        for (tier, width) in [(ChartTier.unicode, 80), (.unicode, 200), (.ascii, 80)] {
            Self.median("printout \(tier) \(width) columns") {
                TrendsPrintout(selection: selection, tier: tier, width: width).render().utf8.count
            }
        }
    }

    @Test func screenAt200x60() {
        let size = Size(width: 200, height: 60)
        var everything = TrendsView(journal: Self.journal, today: Self.today, tier: .unicode, span: .all)
        var oneType = everything
        oneType.nextType(journal: Self.journal, today: Self.today)
        everything.moveCursor(by: -10)
        for (label, view) in [("six months, all types", TrendsView(journal: Self.journal, today: Self.today, tier: .unicode)),
                              ("20 years, all types", everything), ("20 years, emotional", oneType)] {
            Self.median("trends screen 200x60, \(label)") {
                var buffer = ScreenBuffer(size: size)
                TrendsScreen(view: view).render(into: &buffer, in: Rect(size))
                return buffer.cells.count
            }
        }
        Self.median("choosing the next range (select on change)", runs: 20) {
            var view = everything
            view.nextSpan(journal: Self.journal, today: Self.today)
            return view.selection.report.range.count
        }
    }
}
