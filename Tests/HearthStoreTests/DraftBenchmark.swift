import Foundation
import HearthDomain
import Testing
@testable import HearthStore
import HearthTestSupport

/// Budget check, not a timed test: `HEARTH_BENCH=1 swift test -c release --filter DraftBenchmark` prints the
/// median time of saving a full check-in and of keeping a draft, each with its fsyncs (budget: under 20 ms).
@Suite(.enabled(if: Benchmarks.enabled, "set HEARTH_BENCH=1 to run benchmarks"), .scratchFolders)
struct DraftBenchmark {
    static func median(_ label: String, _ work: (Int) throws -> Void) rethrows {
        try timed(label) { round in
            let start = ContinuousClock.now
            try work(round)
            return ContinuousClock.now - start
        }
    }

    /// Medians of what each round reports, so a round can leave its own set-up out of the time.
    static func timed(_ label: String, _ work: (Int) throws -> Duration) rethrows {
        var samples: [Duration] = []
        for round in 0..<50 { samples.append(try work(round)) }
        samples.sort()
        print("bench \(label): median \(samples[samples.count / 2]), p90 \(samples[samples.count * 9 / 10])")
    }

    @Test func benchSaveCheckInAndDraft() throws {
        let store = try Fixtures.initializedStore()
        var revision: Revision?
        // What the wizard's save does: write the week's file, then delete the draft it came from (both fsync).
        try Self.timed("save a check-in and drop its draft (fsync included)") { round in
            var checkIn = Fixtures.fullCheckIn
            checkIn.notes = "round \(round)"
            try store.saveDraft(CheckInDraft(checkIn: checkIn, step: 9, session: ["alex", "sam"]))
            let start = ContinuousClock.now
            revision = try store.write(checkIn, profile: Fixtures.profile, expected: revision).revision
            try store.deleteDraft(week: checkIn.week, partner: checkIn.partner)
            return ContinuousClock.now - start
        }
        try Self.median("keep a draft after an answer (fsync included)") { round in
            try store.saveDraft(CheckInDraft(checkIn: Fixtures.fullCheckIn, step: round % 10, session: ["alex", "sam"]))
        }
        #expect(store.loadDrafts().drafts.count == 1, "the last draft kept is the only one left")
    }
}
