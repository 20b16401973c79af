import HearthDomain
import HearthUI
import Testing
import HearthTestSupport

/// Budget checks, not timed tests: `HEARTH_BENCH=1 swift test -c release --filter HugeAnswerBenchmark` prints
/// medians of each key (update and the frame drawn after it) in the week view and in search, with one
/// appreciation of 1 MB and of 10 MB. Budget: every key under 16 ms, whatever the answer's size.
@Suite(.enabled(if: Benchmarks.enabled, "set HEARTH_BENCH=1 to run benchmarks"))
struct HugeAnswerBenchmark {
    static let size = Size(width: 80, height: 24)

    /// The median of `runs` runs of one key pressed on a copy of `state`, with the frame drawn after it.
    static func key(_ label: String, on state: AppState, runs: Int = 21, _ keys: Key...) {
        BrowseBenchmark.median(label, runs: runs) {
            var copy = state
            for key in keys { press(&copy, key) }
            return copy.render(size: size).cells.count
        }
    }

    @Test(arguments: [1, 10])
    func weekViewKeys(megabytes: Int) {
        let journal = HugeAnswerFixtures.journal(bytes: megabytes << 20)
        var state = BrowseFixtures.home(Self.size, journal: journal)
        BrowseBenchmark.median("week open (wraps the answer once), \(megabytes) MB answer", runs: 5) {
            var copy = state
            copy.openWeek(Fixtures.thisWeek)
            return copy.render(size: Self.size).cells.count
        }
        state.openWeek(Fixtures.thisWeek)
        Self.key("week key Down, \(megabytes) MB answer", on: state, .down)
        Self.key("week key PgDn, \(megabytes) MB answer", on: state, .pageDown)
        Self.key("week key End, \(megabytes) MB answer", on: state, .end)
        var middle = state
        for _ in 0..<50 { press(&middle, .pageDown) }
        Self.key("week key Up in the middle of the answer, \(megabytes) MB answer", on: middle, .up)
        Self.key("week redraw (no key), \(megabytes) MB answer", on: middle)
    }

    @Test(arguments: [1, 10])
    func searchKeystrokes(megabytes: Int) {
        let journal = HugeAnswerFixtures.journal(bytes: megabytes << 20)
        var state = BrowseFixtures.home(Self.size, journal: journal)
        press(&state, .character("/"))
        Self.key("search first keystroke 'c', \(megabytes) MB answer", on: state, .character("c"))
        type(&state, "caf")
        Self.key("search keystroke 'caf' -> 'cafe', \(megabytes) MB answer", on: state, .character("e"))
        Self.key("search keystroke found nowhere 'caf' -> 'cafx', \(megabytes) MB answer", on: state, .character("x"))
        Self.key("search keystroke Backspace, \(megabytes) MB answer", on: state, .backspace)
        var late = state
        type(&late, "e")
        press(&late, .backspace, .backspace, .backspace, .backspace)
        type(&late, "§9999")
        Self.key("search keystroke matching deep in the answer '§9999' -> '§99999', \(megabytes) MB answer", on: late, .character("9"))
    }
}
