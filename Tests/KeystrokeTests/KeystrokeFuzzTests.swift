import Foundation
@testable import hearth
import HearthDomain
import HearthStore
import HearthUI
import Testing

/// Thousands of random key sequences on every screen, with effects performed on real files: the UI never
/// crashes, no escape byte or tail of a sequence lands in saved text, and no saved file changes without a
/// save key. HEARTH_FUZZ_SEQUENCES sets how many (10,000 by default, split over the shards), HEARTH_FUZZ_SEED the
/// seed: shard k draws from seed + k, so a sequence a failure names replays as shard 0 of the seed it gives.
struct KeystrokeFuzzTests {
    static let today = CivilDate(year: 2026, month: 11, day: 18) ?? CivilDate(daysSinceEpoch: 20_775)
    static let environment = ProcessInfo.processInfo.environment

    /// Where sequences start: the keys that lead there from home (or from the welcome screen of an empty folder).
    static let starts: [(name: String, keys: [Key], withJournal: Bool)] = [
        ("welcome", [], false), ("setup", [.character("s")], false), ("home", [], true),
        ("check-in", [.character("c"), .enter], true), ("check-in answers", [.character("c"), .enter, .tab, .tab], true),
        ("check-in review", [.character("c"), .enter] + Array(repeating: .pageDown, count: 10), true),
        ("history", [.character("h")], true), ("week", [.character("h"), .enter], true),
        ("search", [.character("/")], true), ("trends", [.character("t")], true), ("rituals", [.character("r")], true),
        ("ritual form", [.character("r"), .character("a")], true), ("love languages", [.character("l")], true),
        ("moment form", [.character("l"), .character("a")], true), ("help", [.character("?")], true),
    ]

    /// The keys that save on the screen shown: Enter on forms and the check-in's review, and yes to a question
    /// (a ritual mark, pause or retirement asks first). Anything else changing a journal file is a defect.
    static func savingKeys(_ state: AppState) -> Set<Key> {
        if state.showingHelp { return [] }
        if state.question != nil { return [.character("y"), .character("Y")] }
        switch state.screen {
        case .setup, .checkIn, .loveLanguages, .rituals: return [.enter]
        default: return []
        }
    }

    /// Independent shards of the sequences, each on a thread of its own: one serial loop was the longest part of
    /// `swift test`, and the test runner runs no more tests at once than there are cores.
    static let shards = 4

    /// What one shard found.
    struct ShardRun: Sendable {
        var sequences = 0
        var problems: [String] = []
        var events = 0
        var saves = 0
    }

    /// The shards' results, each written once by its own thread.
    final class ShardRuns: @unchecked Sendable {
        private let lock = NSLock()
        private var runs: [Int: Result<ShardRun, any Error>] = [:]

        func set(_ shard: Int, _ run: Result<ShardRun, any Error>) { lock.withLock { runs[shard] = run } }
        var all: [(shard: Int, run: Result<ShardRun, any Error>)] { lock.withLock { runs.sorted { $0.key < $1.key }.map { ($0.key, $0.value) } } }
    }

    @Test func randomKeysOnEveryScreenNeverCrashTypeNoSequenceAndSaveOnlyOnASaveKey() throws {
        let total = Self.environment["HEARTH_FUZZ_SEQUENCES"].flatMap { Int($0) } ?? 10_000
        let seed = Self.environment["HEARTH_FUZZ_SEED"].flatMap { UInt64($0) } ?? 2026_1204
        let week = Week(containing: Self.today)
        let seedJournal = DemoJournal.make(weeks: 6, endingAt: week, seed: 7)
        // Markers the seed journals' own text never uses (the demo writes "P" in a word, say) stay out of the check.
        var seedTexts: [String] = []
        SavedText.collect(seedJournal, into: &seedTexts)
        SavedText.collect(DemoJournal.make(weeks: 4, endingAt: week, seed: 1), into: &seedTexts)
        let markers = RandomKeys.markers.filter { marker in !seedTexts.contains { $0.contains(marker) } }
        #expect(markers.contains("[") && markers.contains("~"))

        let runs = ShardRuns()
        DispatchQueue.concurrentPerform(iterations: Self.shards) { shard in
            let count = total / Self.shards + (shard < total % Self.shards ? 1 : 0)
            // Each shard its own stream: shard k draws from seed + k.
            runs.set(shard, Result { try Self.fuzz(count: count, seed: seed &+ UInt64(shard), journal: seedJournal, markers: markers) })
        }
        var problems: [String] = []
        for (shard, run) in runs.all {
            switch run {
            case .success(let found):
                print("keystroke fuzz shard \(shard): \(found.sequences) sequences, \(found.events) events, \(found.saves) with a saved change, seed \(seed &+ UInt64(shard))")
                problems += found.problems
            case .failure(let error):
                problems.append("shard \(shard) stopped: \(error)")
            }
        }
        #expect(runs.all.count == Self.shards)
        #expect(problems.isEmpty, "\(problems.count) problems, the first: \(problems.prefix(3).joined(separator: "\n\n"))")
    }

    /// `count` random sequences from `seed`, each from one of the starts, on a copy of `journal` in a folder of its own.
    static func fuzz(count: Int, seed: UInt64, journal seedJournal: Journal, markers: [Character]) throws -> ShardRun {
        var random = RandomKeys(seed: seed)
        let main = try FuzzFolders.make("journal")
        defer { try? FileManager.default.removeItem(atPath: main) }
        try Store(root: main).importJournal(seedJournal)
        let access = StoreAccess(store: Store(root: main))
        var journal = access.load().journal
        var problems: [String] = journal == nil ? ["the seed journal did not load"] : []
        var totals = (events: 0, saves: 0)
        for index in 0..<count {
            // A fresh copy of the journal now and then: drafts resumed again and again would grow without end.
            if index > 0, index % 250 == 0 {
                try FileManager.default.removeItem(atPath: main)
                try FileManager.default.createDirectory(atPath: main, withIntermediateDirectories: true)
                try Store(root: main).importJournal(seedJournal)
                journal = access.load().journal
            }
            let start = Self.starts[index % Self.starts.count]
            let folder = start.withJournal ? main : try FuzzFolders.make("empty")
            let sessionAccess: any JournalAccess = start.withJournal ? access : StoreAccess(store: Store(root: folder))
            var state = AppState(today: Self.today, journal: start.withJournal ? journal : nil, folder: folder)
            if start.withJournal { state.offerDrafts(access.loadDrafts()) }
            _ = state.update(.resize(Size(width: 80, height: 24)))
            var session = FuzzSession(state: state, access: sessionAccess)
            for key in start.keys { session.send(.key(key)) }
            let before = FuzzFolders.snapshot(folder)
            var sent: [Event] = []
            var heldSaveKey = false
            for _ in 0..<(1 + random.random.index(24)) where !session.quit {
                let burst = random.burst()
                if let problem = burst.decodingProblem { problems.append("sequence \(index): \(problem)") }
                for event in burst.events where !session.quit {
                    if case .key(let key) = event, Self.savingKeys(session.state).contains(key) { heldSaveKey = true }
                    sent.append(event)
                    session.send(event)
                    totals.events += 1
                }
                // Drawn at each new size, and at the end: a frame costs more than a key.
                if case .resize? = burst.events.last { _ = session.state.render(size: session.state.viewport) }
            }
            _ = session.state.render(size: session.state.viewport)
            let after = FuzzFolders.snapshot(folder)
            var replay: String { "sequence \(index) (seed \(seed)) from \(start.name): \(sent.map { "\($0)" }.joined(separator: " "))" }
            // Text is read back only where something was written: reading every folder each time would triple the run.
            for written in (after.journal != before.journal ? [folder] : []) + session.demoFolders {
                problems += SavedText.problems(in: written, markers: markers).map { "\($0) after \(replay)" }
            }
            if after.journal == before.journal, after.drafts != before.drafts {
                problems += SavedText.problems(in: folder, markers: markers, draftsOnly: true).map { "\($0) after \(replay)" }
            }
            if after.journal != before.journal {
                totals.saves += 1
                let changed = Set(after.journal.keys).union(before.journal.keys).filter { after.journal[$0] != before.journal[$0] }.sorted()
                if !heldSaveKey {
                    problems.append("\(changed) changed with no save key: \(replay)")
                }
                if start.withJournal { journal = access.load().journal }
            }
            for other in session.demoFolders + (start.withJournal ? [] : [folder]) {
                try? FileManager.default.removeItem(atPath: other)
            }
            if problems.count > 20 { break }
        }
        return ShardRun(sequences: count, problems: problems, events: totals.events, saves: totals.saves)
    }
}

/// The text a journal folder holds, as read back: check-ins, rituals, moments, profile and drafts.
enum SavedText {
    /// Problems with the saved text under `folder`: control or escape characters, or the tail of a sequence.
    static func problems(in folder: String, markers: [Character], draftsOnly: Bool = false) -> [String] {
        let store = Store(root: folder)
        var texts: [String] = []
        if !draftsOnly { collect(store.load().journal as Any, into: &texts) }
        collect(store.loadDrafts().drafts, into: &texts)
        let markerScalars = Set(markers.flatMap(\.unicodeScalars))
        var found: [String] = []
        for text in texts {
            for scalar in text.unicodeScalars {
                if scalar.value < 0x20 && scalar != "\n" && scalar != "\t" || (0x7F...0x9F).contains(scalar.value) {
                    found.append("saved text \(text.debugDescription) holds the control character \(scalar.value)")
                    break
                }
                if markerScalars.contains(scalar) {
                    found.append("saved text \(text.debugDescription) holds \(scalar), the tail of an escape sequence")
                    break
                }
            }
        }
        return found
    }

    /// Every string inside a value, however deep.
    static func collect(_ value: Any, into texts: inout [String]) {
        if let text = value as? String { texts.append(text); return }
        if let character = value as? Character { texts.append(String(character)); return }
        for child in Mirror(reflecting: value).children { collect(child.value, into: &texts) }
    }
}
