import CThreads
import Testing

/// The pinning rule behind parallel loads: the thread that starts the work and a thread helping it
/// are put on different CPUs, whichever thread starts it (the main thread or not).
@Suite(.enabled(if: allowedCPUs().count >= 2, "needs two CPUs"), .scratchFolders)
struct ThreadPinningTests {
    /// Pins as `starter` asks, notes the CPUs the thread may then use, and lets go.
    static func cpusWhilePinned(starter: Int32) -> [Int]? {
        var saved = hearth_cpu_mask()
        guard hearth_pin_thread_for_parallel_work(starter, &saved) == 0 else { return nil }
        defer { hearth_unpin_thread(&saved) }
        return allowedCPUs()
    }

    @Test func theStarterAndAHelperRunOnDifferentCPUsAndAreLetGo() throws {
        let before = allowedCPUs()
        let me = hearth_thread_id()
        let asStarter = try #require(Self.cpusWhilePinned(starter: me))
        let asHelper = try #require(Self.cpusWhilePinned(starter: me &+ 1))
        #expect(asStarter == [before[0]])
        #expect(asHelper.count == 1 && asHelper != asStarter)
        #expect(allowedCPUs() == before)
    }
}

/// The CPUs the calling thread may run on.
func allowedCPUs() -> [Int] {
    var mask = hearth_cpu_mask()
    guard sched_getaffinity(0, UInt(MemoryLayout<hearth_cpu_mask>.size), &mask) == 0 else { return [] }
    return withUnsafeBytes(of: mask) { bytes in (0..<1024).filter { bytes[$0 / 8] & (1 << ($0 % 8)) != 0 } }
}
