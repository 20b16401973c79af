import Dispatch

/// An index write a load handed to another thread (see `IndexUse.writesInBackground`): the process waits for it
/// before it exits, or the write is cut off, leaving its temporary for the next write to clear.
public final class IndexWriteInFlight: Sendable {
    private let done = DispatchGroup()
    /// What the write was made from, released with this rather than by the write: freeing a cold load's records
    /// (a box each) came before the write counted as done, and the process waited for it at exit.
    private let records: [IndexRecord]

    /// Starts `write` on a thread of the shared pool (the load's own workers are idle by then), with `records`.
    init(_ records: [IndexRecord], _ write: @escaping @Sendable ([IndexRecord]) -> Void) {
        self.records = records
        DispatchQueue.global().async(group: done) { [records] in write(records) }
    }

    /// Returns once the write has ended (written, or skipped because the writer lock was held).
    public func wait() {
        done.wait()
    }
}
