import Dispatch
import Foundation
import HearthDomain
import Testing
@testable import HearthStore
import HearthTestSupport

/// Parsing and loading checked in every run; with HEARTH_BENCH=1 (release, via bench/run) they also
/// print timings for the budgets, which are never asserted.
@Suite("Parse speed (printed, not asserted)", .serialized, .scratchFolders)
struct ParseSpeedTests {
    private static let benchmarking = Benchmarks.enabled

    static let typical = CheckIn(
        week: Fixtures.week, partner: "alex",
        ratings: ["emotional": .score(4), "physical": .score(3), "intellectual": .score(4), "spiritual": .skipped, "experiential": .score(5)],
        appreciations: ["You made coffee every morning this week.", "How you listened on Sunday."],
        howWeAreDoing: "Closer than last month. Work is loud, but we found time.",
        moreOf: "Walks after dinner.", lessOf: "Phones in bed.",
        warningSigns: [.lessAffection],
        rituals: [RitualMark(ritual: "date-night", status: .kept), RitualMark(ritual: "sunday-walk", status: .skipped, reason: "Rain")],
        deviceFreeMinutes: 140,
        moments: [Moment(date: CivilDate(year: 2026, month: 11, day: 18), from: "alex", to: "sam", language: .service, text: "Fixed the bike")],
        lastIntentionReview: .done, intention: "Cook together on Thursday.",
        reflection: "I was more open than usual.")

    @Test func typicalCheckInParseTime() throws {
        let bytes = Store.encode(Self.typical)
        #expect(try Store.parseCheckIn(bytes) == Self.typical)
        #expect(bytes.withUnsafeBufferPointer { CheckInFile.decodeCanonical($0, shared: .coreTypes) } == Self.typical)
        // Timing a debug build says nothing and costs seconds: only benchmarks run the loop.
        guard Self.benchmarking else { return }
        let iterations = 50_000
        var sink = 0
        for _ in 0..<2_000 { sink &+= (try? Store.parseCheckIn(bytes))?.ratings.count ?? 0 }
        let start = DispatchTime.now().uptimeNanoseconds
        for _ in 0..<iterations {
            sink &+= (try? Store.parseCheckIn(bytes))?.ratings.count ?? 0
        }
        let elapsed = Double(DispatchTime.now().uptimeNanoseconds - start)
        print("bench one check-in (\(bytes.count) bytes) parsed in \(elapsed / Double(iterations) / 1000) us by the full parser (\(sink % 7))")
        // What a load does with a file Hearth wrote.
        let canonicalStart = DispatchTime.now().uptimeNanoseconds
        for _ in 0..<iterations {
            sink &+= bytes.withUnsafeBufferPointer { CheckInFile.decodeCanonical($0, shared: .coreTypes) }?.ratings.count ?? 0
        }
        let canonical = Double(DispatchTime.now().uptimeNanoseconds - canonicalStart)
        print("bench one check-in (\(bytes.count) bytes) read in \(canonical / Double(iterations) / 1000) us by the one-pass reader (\(sink % 7))")
    }

    @Test func loadTimeOf2080CheckIns() throws {
        let store = try Fixtures.initializedStore()
        var week = Week(year: 2006, number: 1)!
        for _ in 0..<1_040 {
            for partner in ["alex", "sam"] {
                var checkIn = Self.typical
                checkIn.week = week
                checkIn.partner = partner
                checkIn.moments = []
                let path = Store.path(of: week, partner: partner)
                try Fixtures.write(Store.encode(checkIn), to: path, in: store)
            }
            week = week.next
        }
        _ = store.load()
        let start = DispatchTime.now().uptimeNanoseconds
        let result = store.load()
        let elapsed = Double(DispatchTime.now().uptimeNanoseconds - start) / 1_000_000
        #expect(result.problems.isEmpty)
        #expect(result.journal?.checkIns.count == 2_080)
        if Self.benchmarking { print("bench load of 2,080 check-ins in \(elapsed) ms (second load, page cache warm)") }
    }
}
