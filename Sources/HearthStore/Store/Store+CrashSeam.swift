#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The steps of a save, by the names `HEARTH_CRASH_AT` takes.
enum SaveStep: String {
    case afterLock = "after-lock"
    case afterWrite = "after-write"
    case afterFsync = "after-fsync"
    case afterRename = "after-rename"
    case afterFolderSync = "after-folder-sync"
}

extension Store {
    /// `HEARTH_CRASH_AT`, read once per process: a test-only seam for bench/crash-consistency, which names a
    /// step of a save at which the process kills itself (SIGKILL: no clean-up runs, as with `kill -9`).
    private static let crashStep: String? = getenv("HEARTH_CRASH_AT").map { String(cString: $0) }

    /// Dies here when `HEARTH_CRASH_AT` names this step; otherwise one comparison with nil.
    static func reached(_ step: SaveStep) {
        if let crashStep, crashStep == step.rawValue { kill(getpid(), SIGKILL) }
    }
}
