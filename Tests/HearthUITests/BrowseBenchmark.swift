import HearthDomain
import HearthUI
import Testing
import HearthTestSupport

/// Budget checks, not timed tests: `HEARTH_BENCH=1 swift test -c release --filter BrowseBenchmark` prints
/// medians over the 20-year demo journal (1,040 weeks). Budgets: a search keystroke under 10 ms once the
/// journal is loaded; the history list and a week drawn at 200x60 well under a frame.
@Suite(.enabled(if: Benchmarks.enabled, "set HEARTH_BENCH=1 to run benchmarks"))
struct BrowseBenchmark {
    static let journal = DemoJournal.make(weeks: 1040, endingAt: Fixtures.thisWeek, seed: 1)
    static let size = Size(width: 200, height: 60)

    static func median(_ label: String, runs: Int = 101, _ work: () -> Int) {
        var samples: [Duration] = []
        let clock = ContinuousClock()
        var check = 0
        for _ in 0..<runs {
            let start = clock.now
            check &+= work()
            samples.append(clock.now - start)
        }
        samples.sort()
        print("bench \(label): median \(samples[runs / 2]), p90 \(samples[runs * 9 / 10]) (check \(check % 1000))")
    }

    static func home() -> AppState {
        var state = Fixtures.state(journal)
        _ = state.update(.resize(size))
        return state
    }

    @Test func searchKeystrokeAfterLoad() {
        var base = Self.home()
        press(&base, .character("/"))
        let empty = base
        // The first letter is the one keystroke that searches all 20 years.
        Self.median("search first keystroke '' -> 'c' (everything searched), 20-year demo") {
            var state = empty
            press(&state, .character("c"))
            return state.search?.hits.count ?? 0
        }
        type(&base, "caf")
        // One keystroke: the query becomes "cafe" and every check-in of 20 years is searched again.
        Self.median("search keystroke 'caf' -> 'cafe', 20-year demo") {
            var state = base
            press(&state, .character("e"))
            return state.search?.hits.count ?? 0
        }
        var longer = base
        type(&longer, "e")
        Self.median("search keystroke Backspace 'cafe' -> 'caf' (its matches were kept), 20-year demo") {
            var state = longer
            press(&state, .backspace)
            return state.search?.hits.count ?? 0
        }
        Self.median("search keystroke, a word in no entry, 20-year demo") {
            var state = base
            press(&state, .character("x"))
            return state.search?.hits.count ?? 0
        }
    }

    @Test func journalSearchAlone() {
        for query in ["cafe", "ありがとう", "zxqv"] {
            Self.median("JournalSearch.hits '\(query)', 20-year demo") {
                JournalSearch.hits(in: Self.journal, matching: query).count
            }
        }
    }

    @Test func historyAndWeekRenderAt200x60() {
        var state = Self.home()
        press(&state, .character("h"), .pageDown, .pageDown)
        let history = state
        Self.median("history render 200x60, 1,040 weeks") { history.render(size: Self.size).cells.count }
        Self.median("history open (list every week), 1,040 weeks") {
            var fresh = Self.home()
            press(&fresh, .character("h"))
            return fresh.history?.weeks.count ?? 0
        }
        press(&state, .enter)
        let week = state
        Self.median("week render 200x60, 20-year demo") { week.render(size: Self.size).cells.count }
    }
}
