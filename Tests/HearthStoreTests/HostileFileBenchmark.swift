import Foundation
import HearthDomain
import Testing
@testable import HearthStore

/// Cost per KB of hostile files, not a timed test:
/// `HEARTH_BENCH=1 swift test -c release --filter HostileFileBenchmark` loads a journal holding one file of each
/// kind at 64, 128, 256 and 512 KB and prints the median load time, the microseconds per KB, and how the time
/// grew from the previous size. A linear reader shows a growth near 2.0 per doubling; 4.0 would be quadratic.
@Suite(.enabled(if: (ProcessInfo.processInfo.environment["HEARTH_BENCH"] ?? "0") != "0", "set HEARTH_BENCH=1 to run benchmarks"))
struct HostileFileBenchmark {
    @Test(arguments: HostileFile.allCases)
    func benchLoadCostPerKB(_ hostile: HostileFile) throws {
        var line = "bench hostile \(hostile.rawValue):"
        var previous: Duration?
        for kilobytes in [64, 128, 256, 512] {
            let store = try Fixtures.initializedStore()
            try Fixtures.write(hostile.text(bytes: kilobytes * 1_024), to: hostile.path, in: store)
            var samples: [Duration] = []
            for _ in 0..<7 {
                let start = ContinuousClock.now
                _ = store.load()
                samples.append(ContinuousClock.now - start)
            }
            let median = samples.sorted()[samples.count / 2]
            let micros = Double(median.components.attoseconds) / 1e12 + Double(median.components.seconds) * 1e6
            line += " \(kilobytes) KB \(Int(micros / 1_000)) ms (\(Int(micros / Double(kilobytes))) us/KB"
            if let previous { line += ", x\(String(format: "%.1f", median / previous))" }
            line += ");"
            previous = median
        }
        print(line)
    }
}
