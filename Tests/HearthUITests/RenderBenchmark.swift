#if canImport(Glibc)
import Glibc
#endif
import HearthDomain
import HearthUI
import Testing

/// Budget check, not a timed test: `HEARTH_BENCH=1 swift test -c release --filter RenderBenchmark` prints the
/// median time to render the home screen of a 20-year journal into a 200x60 buffer (budget: under 1 ms).
@Suite(.enabled(if: Environment.benchmarks, "set HEARTH_BENCH=1 to run benchmarks"))
struct RenderBenchmark {
    /// 20 years of weekly check-ins for both partners, every type rated, with intentions.
    static func twentyYears() -> Journal {
        var checkIns: [CheckIn] = []
        var week = Fixtures.thisWeek.adding(weeks: -1040)
        for index in 0..<1040 {
            for (offset, partner) in ["zoe", "misaki"].enumerated() {
                let scores = (0..<5).map { 1 + (index + offset + $0) % 5 }
                checkIns.append(CheckIn(week: week, partner: partner, ratings: Fixtures.ratings(scores),
                                        intention: "Intention number \(index)"))
            }
            week = week.next
        }
        return Journal(profile: Fixtures.profile, checkIns: checkIns, rituals: Fixtures.rituals)
    }

    @Test func homeAt200x60() {
        let state = Fixtures.state(Self.twentyYears())
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
        print("home render 200x60, 2,080 check-ins: median \(median), p90 \(samples[samples.count * 9 / 10]) (\(check / 200) cells)")
        #expect(check == 200 * 200 * 60)
    }
}

enum Environment {
    static var benchmarks: Bool {
        guard let value = getenv("HEARTH_BENCH") else { return false }
        return String(cString: value) != "0"
    }
}
