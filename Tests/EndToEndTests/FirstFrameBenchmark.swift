import Foundation
import Testing
import HearthTestSupport

/// Budget check, not a timed test: `HEARTH_BENCH=1 swift test -c release --filter FirstFrameBenchmark` starts
/// hearth on a pseudo-terminal repeatedly and prints the median time from spawn to the first frame's text.
/// HEARTH_BENCH=0 leaves it off, as it does RenderBenchmark.
@Suite(.enabled(if: Benchmarks.enabled, "set HEARTH_BENCH=1 to run benchmarks"))
struct FirstFrameBenchmark {
    /// The folder to open; HEARTH_BENCH_DIR points at a demo journal (`hearth demo --dir D --years 20`).
    static var folder: String? { ProcessInfo.processInfo.environment["HEARTH_BENCH_DIR"] }

    @Test func firstFrame() throws {
        // The status bar's last hint: the bar is the frame's bottom row, so once it is out the whole first frame
        // is. (A heading such as "Latest ratings" is written while the rest of the frame is still to come.)
        let marker = "q quit"
        let empty = FileManager.default.temporaryDirectory.appendingPathComponent("hearth-bench-\(UUID().uuidString.prefix(8))")
        defer { try? FileManager.default.removeItem(at: empty) }
        var samples: [Double] = []
        for _ in 0..<25 {
            samples.append(try Self.timeToText(marker, dir: Self.folder ?? empty.path))
        }
        samples.sort()
        let median = samples[samples.count / 2]
        print("bench first frame (to \"\(marker)\" on the status bar) in \(Self.folder ?? "an empty folder"): median \(String(format: "%.1f", median)) ms, "
            + "min \(String(format: "%.1f", samples[0])) ms, max \(String(format: "%.1f", samples[samples.count - 1])) ms")
        #expect(samples.count == 25)
    }

    /// Milliseconds from spawning hearth on a fresh 200x60 pty until `text` has been written to it.
    static func timeToText(_ text: String, dir: String) throws -> Double {
        var primary: Int32 = 0, secondary: Int32 = 0
        var size = winsize(ws_row: 60, ws_col: 200, ws_xpixel: 0, ws_ypixel: 0)
        guard openpty(&primary, &secondary, nil, nil, &size) == 0 else { throw POSIXError(.ENXIO) }
        defer { close(primary) }
        let process = Process()
        process.executableURL = TmuxSession.binary
        process.arguments = ["--dir", dir]
        process.environment = ["TERM": "xterm-256color", "LANG": "C.UTF-8", "HEARTH_TODAY": "2026-11-18",
                               "HOME": NSTemporaryDirectory()]
        let handle = FileHandle(fileDescriptor: secondary, closeOnDealloc: true)
        process.standardInput = handle
        process.standardOutput = handle
        process.standardError = handle
        let start = DispatchTime.now()
        try process.run()
        try handle.close()
        var seen = Data()
        var buffer = [UInt8](repeating: 0, count: 65_536)
        let needle = Data(text.utf8)
        while seen.range(of: needle) == nil {
            let count = read(primary, &buffer, buffer.count)
            guard count > 0 else { break }
            seen.append(contentsOf: buffer[..<count])
        }
        let elapsed = Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1_000_000
        _ = "q".withCString { write(primary, $0, 1) }
        // Keep draining so the child never blocks on a full pty while quitting.
        while process.isRunning, read(primary, &buffer, buffer.count) > 0 {}
        process.waitUntilExit()
        return elapsed
    }
}
