import HearthDomain
import HearthTestSupport
import Testing

/// Budget check, not a timed test: `HEARTH_BENCH=1 swift test -c release --filter DemoJournalBenchmark` prints
/// how long the generator takes for the stress journal (50,000 weeks, about 100,000 check-ins).
@Suite(.enabled(if: Benchmarks.enabled, "set HEARTH_BENCH=1 to run benchmarks"))
struct DemoJournalBenchmark {
    @Test func fiftyThousandWeeks() {
        let clock = ContinuousClock()
        var journal: Journal?
        let elapsed = clock.measure { journal = DemoJournal.make(weeks: 50_000, endingAt: DemoJournalTests.end, seed: 1) }
        let count = journal?.checkIns.count ?? 0
        print("bench demo journal, 50,000 weeks: \(count) check-ins in \(elapsed)")
        // Both partners most weeks: a generator that stopped early would not be measured at all.
        #expect(count > 90_000 && count <= 100_000)
    }
}
