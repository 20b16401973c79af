import Dispatch
import Foundation
import HearthTestSupport
import Synchronization
import Testing
@testable import HearthStore

/// A gate an index write waits at before taking the writer lock, once armed: it shows whether the load that
/// started the write had returned by then.
private final class LockGate: Sendable {
    private let opened = DispatchSemaphore(value: 0)
    private let state = Mutex((armed: false, waited: false, timedOut: false))

    func arm() { state.withLock { $0.armed = true } }

    /// Called before each lock: an armed gate holds the caller until `open`, or for ten seconds at most (a load
    /// that wrote on its own thread would wait that long for an `open` that only comes after it returns).
    func pass(_ path: String) {
        guard path.hasSuffix(".hearth.lock"), state.withLock({ $0.armed }) else { return }
        let timedOut = opened.wait(timeout: .now() + 10) == .timedOut
        state.withLock { $0 = (armed: false, waited: true, timedOut: timedOut) }
    }

    func open() { opened.signal() }

    var outcome: (waited: Bool, timedOut: Bool) { state.withLock { ($0.waited, $0.timedOut) } }
}

@Suite("Index: a fresh index written on another thread while the command prints", .scratchFolders)
struct IndexBackgroundWriteTests {
    static func store(_ recorder: RecordingFileSystem, background: Bool = true) throws -> Store {
        var store = try Fixtures.initializedStore(fileSystem: recorder)
        store.indexUse = IndexUse(racyMargin: 1_000_000, writesInBackground: background)
        return store
    }

    @Test func aColdLoadReturnsBeforeItsIndexIsWrittenAndTheWriteLeavesTheWholeIndex() throws {
        let gate = LockGate()
        var recorder = RecordingFileSystem()
        recorder.beforeLock = { gate.pass($0) }
        let store = try Self.store(recorder)
        try store.save(Fixtures.fullCheckIn, profile: Fixtures.profile, expected: nil)
        gate.arm()
        let first = store.load()
        #expect(IndexTests.indexBytes(store) == nil, "the write waits at the gate")
        gate.open()
        let write = try #require(first.indexWrite)
        write.wait()
        #expect(gate.outcome == (waited: true, timedOut: false), "the load returned while its write waited")
        #expect(IndexTests.indexBytes(store) != nil)
        // Past the racy margin the next load refreshes the entry the save left racily clean, from the index the
        // write left (written before that load returns), and the one after trusts every entry.
        usleep(20_000)
        #expect(store.load().indexWrite == nil)
        recorder.log.clear()
        let third = store.load()
        #expect(third.journal == first.journal)
        #expect(recorder.log.reads(under: store.root + "/checkins") == 0, "\(recorder.log.reads)")
    }

    @Test func withoutBackgroundWritesTheIndexIsWrittenBeforeTheLoadReturns() throws {
        let store = try Self.store(RecordingFileSystem(), background: false)
        try store.save(Fixtures.fullCheckIn, profile: Fixtures.profile, expected: nil)
        #expect(store.load().indexWrite == nil)
        #expect(IndexTests.indexBytes(store) != nil)
    }

    @Test func aBackgroundWriteStillSkipsAHeldWriterLock() throws {
        let store = try Self.store(RecordingFileSystem())
        try store.save(Fixtures.fullCheckIn, profile: Fixtures.profile, expected: nil)
        let lock = try #require(try RealFileSystem().lock(at: store.root + "/.hearth.lock"))
        store.load().indexWrite?.wait()
        #expect(IndexTests.indexBytes(store) == nil)
        RealFileSystem().unlock(lock)
        store.load().indexWrite?.wait()
        #expect(IndexTests.indexBytes(store) != nil)
    }
}
