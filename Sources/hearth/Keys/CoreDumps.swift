import CProcess

/// Keeps an unlocked journal's keys and words out of core dump files (which systemd-coredump or apport would
/// write to disk) and out of reach of a debugger attached by another process of the same user.
enum CoreDumps {
    /// Forbids core dumps for the rest of this process; false when the system refused (the unlock goes on:
    /// a refusal here does not make the files on disk any less safe).
    @discardableResult
    static func forbid() -> Bool {
        hearth_forbid_core_dumps() == 0
    }
}
