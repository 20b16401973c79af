import Foundation
@testable import hearth
import HearthDomain
import HearthStore
import HearthUI
import Testing

/// UIRunner's loop with an effect that takes time: the screen keeps redrawing its progress while the work
/// runs on its own task, the result comes back as the next state, and a stop signal leaves at once.
struct BackgroundEffectTests {
    static let today = CivilDate(year: 2026, month: 11, day: 18) ?? CivilDate(daysSinceEpoch: 0)

    /// A terminal that plays events in order and records every frame; waits really wait.
    final class ScriptedTerminal: UITerminal {
        var script: [Event?]
        /// When the script runs out: the key that ends the session.
        let last: Event
        var frames: [String] = []
        var closed = false

        init(_ script: [Event?], last: Event) {
            self.script = script
            self.last = last
        }

        var size: Size { Size(width: 60, height: 16) }
        func draw(_ buffer: ScreenBuffer) { frames.append(buffer.lines.joined(separator: "\n")) }
        func nextEvent() -> Event { script.isEmpty ? last : (script.removeFirst() ?? last) }

        func nextEvent(waitingAtMost milliseconds: Int32) -> Event? {
            if let event = script.first {
                script.removeFirst()
                if event != nil { return event }
            }
            usleep(UInt32(milliseconds) * 1000)
            return nil
        }

        func pendingEvent() -> Event? { nil }
        func close() { closed = true }
    }

    /// A real slow unlock stands in for issue 12's: it takes `seconds` (or until released), then opens `journal`.
    final class SlowUnlocker: JournalUnlocking, @unchecked Sendable {
        let seconds: Double
        let journal: Journal
        private let lock = NSLock()
        private var passphrases: [String] = []
        private var done = false
        private var released = false

        init(seconds: Double, journal: Journal) {
            self.seconds = seconds
            self.journal = journal
        }

        var received: [String] { lock.withLock { passphrases } }
        var finished: Bool { lock.withLock { done } }
        func release() { lock.withLock { released = true } }

        func lockedJournal() -> LockedJournal? { LockedJournal(partners: ["Zoë", "美咲"]) }

        func unlock(with passphrase: Passphrase) throws -> (journal: Journal, problems: [String]) {
            lock.withLock { passphrases.append(passphrase.text) }
            let end = Date().addingTimeInterval(seconds)
            while Date() < end, !lock.withLock({ released }) { usleep(10_000) }
            lock.withLock { done = true }
            return (journal, [])
        }
    }

    static func run(_ terminal: ScriptedTerminal, unlocker: SlowUnlocker) throws -> Int32 {
        let folder = NSTemporaryDirectory() + "hearth-background-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        var performer = EffectPerformer(access: StoreAccess(store: Store(root: folder)), unlocker: unlocker, host: FuzzHost())
        let state = AppState(today: today, locked: unlocker.lockedJournal() ?? LockedJournal(partners: []), folder: folder)
        return UIRunner.loop(state, terminal: terminal, performer: &performer)
    }

    @Test func theSpinnerMovesWhileAnUnlockRunsAndKeysTypedMeanwhileFollowIt() throws {
        let journal = DemoJournal.make(weeks: 4, endingAt: Week(containing: Self.today), seed: 1)
        let unlocker = SlowUnlocker(seconds: 0.6, journal: journal)
        // `t`, typed while the unlock runs, opens Trends once the journal is open.
        let keys: [Event?] = [.key(.character("p")), .key(.character("w")), .key(.enter), .key(.character("t"))]
        let terminal = ScriptedTerminal(keys, last: .key(.character("q")))
        #expect(try Self.run(terminal, unlocker: unlocker) == 0)
        #expect(unlocker.received == ["pw"])
        let working = terminal.frames.filter { $0.contains("Unlocking…") }
        // Redrawn every tenth of a second for 0.6 s: several frames, each a step of the spinner.
        #expect(working.count >= 3, "\(terminal.frames.count) frames")
        let spinners = Set(working.compactMap { frame in frame.split(separator: "\n").last?.first { "⠋⠙⠹⠸⠼⠴⠦⠧⠇⠏".contains($0) } })
        #expect(spinners.count >= 3, "\(spinners)")
        #expect(!working.contains { $0.contains("pw") })
        #expect(terminal.frames.last?.contains("Hearth is locked") == false)
        #expect(terminal.frames.last?.hasPrefix(" Trends") == true, "\(terminal.frames.last ?? "")")
        #expect(terminal.closed)
    }

    @Test func ctrlCLeavesAtOnceWhileTheWorkRuns() throws {
        let journal = DemoJournal.make(weeks: 4, endingAt: Week(containing: Self.today), seed: 1)
        let unlocker = SlowUnlocker(seconds: 20, journal: journal)
        defer { unlocker.release() }
        let script: [Event?] = [.key(.character("p")), .key(.enter), nil, nil, .terminate(signal: 2)]
        let terminal = ScriptedTerminal(script, last: .key(.character("q")))
        #expect(try Self.run(terminal, unlocker: unlocker) == 130)
        // The loop returned with the unlock not finished: it never waited for it (which takes 20 s). The work
        // itself did start, on its own task.
        #expect(!unlocker.finished)
        let deadline = Date().addingTimeInterval(10)
        while unlocker.received.isEmpty, Date() < deadline { usleep(10_000) }
        #expect(unlocker.received == ["p"])
        #expect(terminal.closed)
        #expect(terminal.frames.filter { $0.contains("Unlocking…") }.count >= 3)
    }
}
