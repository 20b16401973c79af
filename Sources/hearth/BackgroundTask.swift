#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import HearthUI

/// Background work running on a thread of its own while the UI loop goes on drawing and reading keys; the loop
/// polls `take` between frames.
final class BackgroundTask: @unchecked Sendable {
    /// Guards `finished`, written by the work's task and read by the loop. Allocated, so its address stays put.
    private let lock: UnsafeMutablePointer<pthread_mutex_t>
    private var finished: EffectPerformer.Finished?
    /// The effects that come after the work, performed once its result is applied.
    let then: [Effect]

    init(_ work: BackgroundWork, then: [Effect]) {
        self.then = then
        lock = .allocate(capacity: 1)
        lock.initialize(to: pthread_mutex_t())
        pthread_mutex_init(lock, nil)
        // A thread of its own, not a Swift task: the work blocks (a key derivation, file writes), and blocking
        // the cooperative pool's few threads would stall anything else that runs on them.
        let job = Unmanaged.passRetained(Job(task: self, work: work)).toOpaque()
        var thread = pthread_t()
        if pthread_create(&thread, nil, { context in
            guard let context else { return nil }
            Unmanaged<Job>.fromOpaque(context).takeRetainedValue().run()
            return nil
        }, job) == 0 {
            pthread_detach(thread)
        } else {
            // No thread to be had: do the work here rather than lose it.
            Unmanaged<Job>.fromOpaque(job).takeRetainedValue().run()
        }
    }

    /// The work and where its result goes, handed to the thread.
    private final class Job {
        let task: BackgroundTask
        let work: BackgroundWork

        init(task: BackgroundTask, work: BackgroundWork) {
            self.task = task
            self.work = work
        }

        func run() {
            let result = work.run()
            pthread_mutex_lock(task.lock)
            task.finished = result
            pthread_mutex_unlock(task.lock)
        }
    }

    deinit {
        pthread_mutex_destroy(lock)
        lock.deallocate()
    }

    /// The work's outcome once it is done; nil while it runs. Returns it once.
    func take() -> EffectPerformer.Finished? {
        pthread_mutex_lock(lock)
        defer { pthread_mutex_unlock(lock) }
        let result = finished
        finished = nil
        return result
    }
}
