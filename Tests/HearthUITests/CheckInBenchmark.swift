import HearthDomain
import HearthUI
import Testing
import HearthTestSupport

/// Budget check, not a timed test: `HEARTH_BENCH=1 swift test -c release --filter CheckInBenchmark` prints the
/// median time from a keystroke in a check-in text answer to the re-rendered 200x60 screen (budget: under 1 ms).
@Suite(.enabled(if: Benchmarks.enabled, "set HEARTH_BENCH=1 to run benchmarks"))
struct CheckInBenchmark {
    /// Types into the appreciations field (already holding `prefill`) and renders after each key.
    static func keystrokes(prefill: String, label: String) {
        var state = Fixtures.state(DemoJournal.make(years: 20, endingAt: Fixtures.thisWeek, seed: 1))
        press(&state, .character("c"), .enter, .tab, .tab)
        type(&state, prefill)
        let size = Size(width: 200, height: 60)
        let clock = ContinuousClock()
        var samples: [Duration] = []
        var check = 0
        for character in String(repeating: "We walked by the river 🌊 and 美咲 laughed. ", count: 6).prefix(200) {
            let start = clock.now
            _ = state.update(.key(.character(character)))
            let buffer = state.render(size: size)
            samples.append(clock.now - start)
            check &+= buffer.cursor == nil ? 0 : 1
        }
        samples.sort()
        print("bench check-in keystroke + render 200x60, \(label): median \(samples[samples.count / 2]), p90 \(samples[samples.count * 9 / 10])")
        #expect(check == samples.count, "the cursor shows in the field after every key")
    }

    @Test func benchKeystrokeInAShortAnswer() { Self.keystrokes(prefill: "", label: "short answer") }

    @Test func benchKeystrokeAfterA5000CharacterPaste() {
        Self.keystrokes(prefill: String(String(repeating: "Tea in bed ☕ and a long talk. ", count: 200).prefix(5_000)), label: "after a 5,000-character paste")
    }
}
