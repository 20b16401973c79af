import Foundation
import HearthDomain
import Testing
@testable import HearthStore

/// Budget check, not a timed test: `HEARTH_BENCH=1 swift test -c release --filter DraftBenchmark` prints the
/// median time of saving a full check-in and of keeping a draft, each with its fsyncs (budget: under 20 ms).
@Suite(.enabled(if: ProcessInfo.processInfo.environment["HEARTH_BENCH"] != nil, "set HEARTH_BENCH=1 to run benchmarks"))
struct DraftBenchmark {
    static func median(_ label: String, _ work: (Int) throws -> Void) rethrows {
        let clock = ContinuousClock()
        var samples: [Duration] = []
        for round in 0..<50 {
            let start = clock.now
            try work(round)
            samples.append(clock.now - start)
        }
        samples.sort()
        print("bench \(label): median \(samples[samples.count / 2]), p90 \(samples[samples.count * 9 / 10])")
    }

    @Test func benchSaveCheckInAndDraft() throws {
        let store = try Fixtures.initializedStore()
        var revision: Revision?
        try Self.median("save a check-in (fsync included)") { round in
            var checkIn = Fixtures.fullCheckIn
            checkIn.notes = "round \(round)"
            revision = try store.write(checkIn, profile: Fixtures.profile, expected: revision).revision
        }
        try Self.median("keep a draft after an answer (fsync included)") { round in
            try store.saveDraft(CheckInDraft(checkIn: Fixtures.fullCheckIn, step: round % 10, session: ["alex", "sam"]))
        }
        #expect(store.loadDrafts().drafts.count == 1)
    }
}
