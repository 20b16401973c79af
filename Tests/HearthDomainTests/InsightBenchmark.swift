import HearthDomain
import HearthTestSupport
import Testing

/// Budget check, not a timed test: `HEARTH_BENCH=1 swift test -c release --filter InsightBenchmark` prints the
/// time to build the trends and insights of the 20-year demo, over all of it and over the last 26 weeks.
@Suite(.enabled(if: Benchmarks.enabled, "set HEARTH_BENCH=1 to run benchmarks"))
struct InsightBenchmark {
    @Test func twentyYearDemo() {
        let end = DemoJournalTests.end
        let journal = DemoJournal.make(years: 20, endingAt: end, seed: 1)
        let clock = ContinuousClock()
        let runs = 20
        var whole = 0, recent = 0
        let all = clock.measure {
            for _ in 0..<runs {
                let report = TrendReport(journal: journal, lastWeeks: 1040, endingAt: end)
                whole = InsightRules.standard.insights(from: report).count + report.types.count
            }
        }
        print("bench trends + insights, 20-year demo (\(journal.checkIns.count) check-ins, 1,040 weeks): \(all / runs) per run")
        let last = clock.measure {
            for _ in 0..<runs { recent = InsightRules.standard.insights(journal: journal, endingAt: end).count }
        }
        print("bench trends + insights, last 26 weeks of the 20-year demo: \(last / runs) per run (\(recent) insights)")
        // The loops did the work measured: every intimacy type has a trend.
        #expect(whole >= journal.profile.intimacyTypes.count)
    }
}
