import Foundation
import HearthDomain
import HearthTestSupport
import Testing
@testable import HearthStore

/// The index is a cache: every load through it gives what the same load reading every file gives.
@Suite("Index differential: loads with and without the index agree", .scratchFolders)
struct IndexDifferentialTests {
    /// 500 sequences by default; `HEARTH_INDEX_SEQUENCES=N` runs more (or fewer).
    static let sequences = ProcessInfo.processInfo.environment["HEARTH_INDEX_SEQUENCES"].flatMap(Int.init) ?? 500
    static let stepsPerSequence = 6

    /// In ten slices that run side by side: most of a sequence's time is spent waiting for saves to flush.
    @Test(arguments: 0..<10)
    func randomChangesLoadTheSameWithTheIndexAsWithout(slice: Int) throws {
        for seed in stride(from: slice, to: Self.sequences, by: 10) {
            try run(seed: UInt64(seed))
        }
    }

    func run(seed: UInt64) throws {
        // Half the sequences on a file system whose times tick every 20 ms, where only the racy check
        // catches an edit right after a load (the margin must exceed the tick and the kernel clock's lag).
        var fileSystem = RecordingFileSystem()
        if seed % 2 == 1 { fileSystem.timeTick = 20_000_000 }
        // One in eight on an encrypted journal, opened with one partner's key (sealing is slow in a debug build).
        let plain = seed % 8 == 2 ? try SealedFixtures.initializedStore(unlocked: ["alex"], fileSystem: fileSystem)
            : try Fixtures.initializedStore(fileSystem: fileSystem)
        var indexed = plain
        // A small margin, so that the "time passes" step makes entries trusted by their stat data alone.
        indexed.indexUse = IndexUse(racyMargin: 30_000_000)
        var changes = JournalChanges(store: plain, random: SeededGenerator(state: seed))
        var history: [String] = []
        for _ in 0..<Self.stepsPerSequence {
            history.append(try changes.step())
            let agreed = Self.compare(indexed, plain, random: &changes.random)
            #expect(agreed == nil, "seed \(seed) after \(history.joined(separator: "; ")): \(agreed ?? "")")
            if agreed != nil { return }
        }
    }

    /// Every load variant on both stores, the indexed one in a random order (each may write the index the
    /// next one uses); nil when all agree, else what differed.
    static func compare(_ indexed: Store, _ plain: Store, random: inout SeededGenerator) -> String? {
        let variants: [(String, (Store) -> LoadResult)] = [
            ("load()", { $0.load() }),
            ("load(moments: false, prose: false)", { $0.load(moments: false, prose: false) }),
            ("load(prose: false)", { $0.load(prose: false) }),
            ("loadSettings()", { $0.loadSettings() }),
            ("load(week:partner:)", { $0.load(week: Week(year: 2026, number: 47)!, partner: "alex") }),
        ]
        for (name, load) in variants.shuffled(using: &random) {
            let expected = load(plain)
            let got = load(indexed)
            if got.journal != expected.journal { return "\(name): journals differ" }
            if got.problems != expected.problems { return "\(name): problems \(got.problems) != \(expected.problems)" }
            if got.conflictedPaths != expected.conflictedPaths { return "\(name): conflicted paths differ" }
            for path in changedPaths(plain) where got.revision(ofPath: path) != expected.revision(ofPath: path) {
                return "\(name): revision of \(path) differs"
            }
        }
        return nil
    }

    static func changedPaths(_ store: Store) -> [String] {
        JournalChanges(store: store, random: SeededGenerator(state: 0)).weekFiles()
    }
}
