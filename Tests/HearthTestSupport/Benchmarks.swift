import Foundation

/// The one switch for benchmark suites: on when HEARTH_BENCH is set to anything but "0" (bench/run sets 1).
/// Ordinary `swift test` leaves them off; they print timings and never fail on time.
public enum Benchmarks {
    /// Whether this run measures: `@Suite(.enabled(if: Benchmarks.enabled, "set HEARTH_BENCH=1 to run benchmarks"))`.
    public static var enabled: Bool { (ProcessInfo.processInfo.environment["HEARTH_BENCH"] ?? "0") != "0" }
}
