import Foundation
import HearthDomain
import Testing
@testable import HearthStore
import HearthTestSupport

/// Cost per KB of hostile files, not a timed test:
/// `HEARTH_BENCH=1 swift test -c release --filter HostileFileBenchmark` loads a journal holding one file of each
/// kind at 64, 128, 256 and 512 KB and prints the fastest of 9 loads (the least disturbed by other work on a
/// shared machine), the microseconds per KB, and how the time grew from the previous size. A linear reader
/// shows a growth near 2.0 per doubling; 4.0 would be quadratic. A journal without the file is subtracted.
@Suite(.enabled(if: Benchmarks.enabled, "set HEARTH_BENCH=1 to run benchmarks"), .scratchFolders)
struct HostileFileBenchmark {
    @Test(arguments: HostileFile.allCases)
    func benchLoadCostPerKB(_ hostile: HostileFile) throws {
        var line = "bench hostile \(hostile.rawValue):"
        var previous: Duration?
        let empty = Self.fastestLoad(of: try Fixtures.initializedStore())
        for kilobytes in [64, 128, 256, 512] {
            let store = try Fixtures.initializedStore()
            try Fixtures.write(hostile.text(bytes: kilobytes * 1_024), to: hostile.path, in: store)
            let cost = max(.zero, Self.fastestLoad(of: store) - empty)
            let micros = Double(cost.components.attoseconds) / 1e12 + Double(cost.components.seconds) * 1e6
            line += " \(kilobytes) KB \(String(format: "%.1f", micros / 1_000)) ms (\(String(format: "%.1f", micros / Double(kilobytes))) us/KB"
            if let previous, previous > .zero { line += ", x\(String(format: "%.1f", cost / previous))" }
            line += ");"
            previous = cost
        }
        print(line)
    }

    private static func fastestLoad(of store: Store) -> Duration {
        (0..<9).map { _ in
            let start = ContinuousClock.now
            _ = store.load()
            return ContinuousClock.now - start
        }.min() ?? .zero
    }
}
