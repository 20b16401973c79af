import Foundation
import Testing
import HearthTestSupport

/// Budget check, not a timed test: `HEARTH_BENCH=1 swift test -c release --filter FirstFrameBenchmark` starts
/// hearth on a pseudo-terminal repeatedly and prints the median time from spawn to the first frame's text.
/// HEARTH_BENCH=0 leaves it off, as it does RenderBenchmark. With HEARTH_BENCH_SEALED_DIR (an encrypted journal)
/// and HEARTH_BENCH_IDENTITY (a key from `hearth key export`) it also times the encrypted journal's first frame
/// after unlocking with `--identity`; bench/run sets all three.
@Suite(.enabled(if: Benchmarks.enabled, "set HEARTH_BENCH=1 to run benchmarks"))
struct FirstFrameBenchmark {
    /// The folder to open; HEARTH_BENCH_DIR points at a demo journal (`hearth demo --dir D --years 20`).
    static var folder: String? { ProcessInfo.processInfo.environment["HEARTH_BENCH_DIR"] }
    /// An encrypted journal and the identity file that unlocks it, when both are given.
    static var sealed: (folder: String, identity: String)? {
        let environment = ProcessInfo.processInfo.environment
        guard let folder = environment["HEARTH_BENCH_SEALED_DIR"], let identity = environment["HEARTH_BENCH_IDENTITY"],
              !folder.isEmpty, !identity.isEmpty else { return nil }
        return (folder, identity)
    }

    @Test func firstFrame() throws {
        // The status bar's last hint: the bar is the frame's bottom row, so once it is out the whole first frame
        // is. (A heading such as "Latest ratings" is written while the rest of the frame is still to come.)
        let marker = "q quit"
        let empty = FileManager.default.temporaryDirectory.appendingPathComponent("hearth-bench-\(UUID().uuidString.prefix(8))")
        defer { try? FileManager.default.removeItem(at: empty) }
        let samples = try Self.samples(marker, arguments: ["--dir", Self.folder ?? empty.path])
        Self.report(samples, marker: marker, in: Self.folder ?? "an empty folder")
        #expect(samples.count == 25)
    }

    /// The encrypted journal's first frame: the home screen's ratings drawn after `--identity` unlocked it
    /// (a locked screen has a status bar too, so the marker is a heading only the loaded journal shows).
    @Test(.enabled(if: FirstFrameBenchmark.sealed != nil, "set HEARTH_BENCH_SEALED_DIR and HEARTH_BENCH_IDENTITY"))
    func sealedFirstFrame() throws {
        guard let sealed = Self.sealed else { return }
        let samples = try Self.samples("q quit", arguments: ["--dir", sealed.folder, "--identity", sealed.identity],
                                       loaded: "Latest ratings")
        Self.report(samples, marker: "q quit", in: "\(sealed.folder), unlocked with --identity")
        #expect(samples.count == 25)
    }

    /// 25 times from spawn to `marker`, sorted; each frame must also have shown `loaded`, when given.
    static func samples(_ marker: String, arguments: [String], loaded: String? = nil) throws -> [Double] {
        var samples: [Double] = []
        for _ in 0..<25 {
            let (elapsed, seen) = try Self.timeToText(marker, arguments: arguments)
            if let loaded { #expect(seen.range(of: Data(loaded.utf8)) != nil, "the first frame lacks \(loaded)") }
            samples.append(elapsed)
        }
        return samples.sorted()
    }

    static func report(_ samples: [Double], marker: String, in place: String) {
        let median = samples[samples.count / 2]
        print("bench first frame (to \"\(marker)\" on the status bar) in \(place): median \(String(format: "%.1f", median)) ms, "
            + "min \(String(format: "%.1f", samples[0])) ms, max \(String(format: "%.1f", samples[samples.count - 1])) ms")
    }

    /// Milliseconds from spawning hearth with `arguments` on a fresh 200x60 pty until `text` has been written to
    /// it, and what it had written by then.
    static func timeToText(_ text: String, arguments: [String]) throws -> (Double, Data) {
        var primary: Int32 = 0, secondary: Int32 = 0
        var size = winsize(ws_row: 60, ws_col: 200, ws_xpixel: 0, ws_ypixel: 0)
        guard openpty(&primary, &secondary, nil, nil, &size) == 0 else { throw POSIXError(.ENXIO) }
        defer { close(primary) }
        let process = Process()
        process.executableURL = TmuxSession.binary
        process.arguments = arguments
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
        return (elapsed, seen)
    }
}
