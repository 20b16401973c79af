import Dispatch

/// An index write a load handed to another thread (see `IndexUse.writesInBackground`): the process waits for it
/// before it exits, or the write is cut off, leaving its temporary for the next write to clear.
public final class IndexWriteInFlight: Sendable {
    private let done = DispatchGroup()

    /// Starts `write` on a thread of the shared pool: the load's own workers are idle by then.
    init(_ write: @escaping @Sendable () -> Void) {
        DispatchQueue.global().async(group: done, execute: write)
    }

    /// Returns once the write has ended (written, or skipped because the writer lock was held).
    public func wait() {
        done.wait()
    }
}
