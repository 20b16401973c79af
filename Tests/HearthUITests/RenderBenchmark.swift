import HearthDomain
import HearthUI
import Testing
import HearthTestSupport

/// Budget check, not a timed test: `HEARTH_BENCH=1 swift test -c release --filter RenderBenchmark` prints the
/// median time to render the home screen of a 20-year journal into a 200x60 buffer (budget: under 1 ms).
@Suite(.enabled(if: Benchmarks.enabled, "set HEARTH_BENCH=1 to run benchmarks"))
struct RenderBenchmark {
    @Test func homeAt200x60() {
        let state = Fixtures.state(DemoJournal.make(years: 20, endingAt: Fixtures.thisWeek, seed: 1))
        let size = Size(width: 200, height: 60)
        var samples: [Duration] = []
        let clock = ContinuousClock()
        var check = 0
        for _ in 0..<200 {
            let start = clock.now
            let buffer = state.render(size: size)
            samples.append(clock.now - start)
            check &+= buffer.cells.count
        }
        samples.sort()
        let median = samples[samples.count / 2]
        print("bench home render 200x60, 20-year demo journal: median \(median), p90 \(samples[samples.count * 9 / 10]) (\(check / 200) cells)")
        #expect(check == 200 * 200 * 60)
    }
}
