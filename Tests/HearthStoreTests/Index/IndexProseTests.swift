import Foundation
import HearthDomain
import HearthTestSupport
import Testing
@testable import HearthStore

/// A search's load takes its check-ins' words from the index a batch of chunks at a time, and makes strings only
/// of the texts that may match: what it finds never differs from a search of the files.
@Suite("Index prose: read in checked chunks, only matching texts made", .scratchFolders)
struct IndexProseTests {
    /// Two years of the demo, with words in every place a search looks: reflections, moments, answers, skip
    /// reasons, and a check-in holding a merge conflict.
    static func demoStore(fileSystem: any FileSystem = RealFileSystem()) throws -> Store {
        var journal = DemoJournal.make(weeks: 104, endingAt: Fixtures.week, seed: 7)
        for index in journal.checkIns.indices where index.isMultiple(of: 5) {
            journal.checkIns[index].reflection = journal.checkIns[index].notes + " privately, Straße café"
            journal.checkIns[index].answers = ["extra": "A walk to the café, ÉCLAIR 🎉", "other": "ssß"]
        }
        let store = IndexTests.indexed(Store(root: Fixtures.temporaryFolder() + "/journal", fileSystem: fileSystem), margin: 1_000_000)
        try store.importJournal(journal)
        // One file holds a merge conflict (kept in the facts) and a section of the couple's own (kept in the prose).
        let checkIn = try #require(journal.checkIns.last)
        let path = store.root + "/" + Store.path(of: checkIn.week, partner: checkIn.partner)
        var text = try String(contentsOfFile: path, encoding: .utf8)
        let end = try #require(text.range(of: "\n---\n"))
        text.insert(contentsOf: "\nconflicts:\n  - record: \"notes\"\n    field: \"notes\"\n    kept: \"A walk\"\n    other: \"A run\"",
                    at: end.lowerBound)
        try (text + "\n## Our own heading\n\nA walk by the river.\n").write(toFile: path, atomically: true, encoding: .utf8)
        return store
    }

    /// Loads with an index until it is warm: written, and every entry old enough to be trusted.
    static func warm(_ store: Store) {
        _ = store.load()
        usleep(20_000)
        _ = store.load()
    }

    static let queries = ["walk", "WALK", "café", "cafe", "strasse", "ß", "privately", "éclair", "🎉", "a", "e", "the",
                          "thank you", "ありがとう", "朝", "zxqv", "", "  ", "\u{301}", "river", "A run", "Too tired", "."]

    @Test func aSearchTakenFromTheIndexKeepsWhatASearchOfTheFilesKeeps() throws {
        let recorder = RecordingFileSystem()
        let store = try Self.demoStore(fileSystem: recorder)
        Self.warm(store)
        let files = Store(root: store.root).load()
        var found = 0
        for query in Self.queries {
            for includePrivate in [false, true] {
                var reading = store
                reading.readsPrivateReflections = includePrivate
                recorder.log.clear()
                let result = reading.load(fields: .matching(query: query, includePrivate: includePrivate))
                #expect(recorder.log.reads(under: store.root + "/checkins") == 0, "taken from the index")
                let keep = JournalSearch.keepingMatches(of: query, includePrivate: includePrivate)
                #expect(result.journal?.checkIns == files.journal?.checkIns.map(keep), "\(query) \(includePrivate)")
                #expect(result.problems == files.problems && result.conflictedPaths == files.conflictedPaths)
                let journal = try #require(result.journal), whole = try #require(files.journal)
                let hits = JournalSearch.hits(in: journal, matching: query, includePrivate: includePrivate)
                #expect(hits == JournalSearch.hits(in: whole, matching: query, includePrivate: includePrivate), "\(query) \(includePrivate)")
                found += hits.count
            }
        }
        #expect(found > 1_000)
        #expect(!files.conflictedPaths.isEmpty && files.problems.isEmpty, "the merge conflict is seen")
        #expect(files.journal?.checkIns.last?.preserved.sections.isEmpty == false, "the own section is kept")
    }

    /// A journal of 90 years, a check-in each with long notes: its prose fills several chunks.
    static func longStore(fileSystem: any FileSystem = RealFileSystem()) throws -> (Store, Journal) {
        let store = IndexTests.indexed(Store(root: Fixtures.temporaryFolder() + "/journal", fileSystem: fileSystem), margin: 1_000_000)
        var journal = Journal(profile: Fixtures.profile)
        for year in 1950..<2040 {
            let week = try #require(Week(year: year, number: 10))
            let notes = String(repeating: "Year \(year), a long walk and a longer talk. ", count: 250)
            journal.checkIns.append(CheckIn(week: week, partner: "alex", ratings: ["emotional": .score(3)], notes: notes))
        }
        try store.importJournal(journal)
        warm(store)
        return (store, journal)
    }

    @Test func aSearchReadsTheProseABatchOfYearsAtATimeNeverWhole() throws {
        let recorder = RecordingFileSystem()
        let (store, _) = try Self.longStore(fileSystem: recorder)
        let bytes = try #require(IndexTests.indexBytes(store))
        let prose = bytes.withUnsafeBytes { raw in
            JournalIndex(raw, settingsStamp: Store.settingsStamp(of: store.loadSettings()), racyMargin: 0, prose: true)
        }
        let index = try #require(prose)
        #expect(index.chunkCount > 2)
        recorder.log.clear()
        let result = store.load(fields: .matching(query: "1999", includePrivate: false))
        #expect(result.journal?.checkIns.filter { !$0.notes.isEmpty }.count == 1)
        #expect(recorder.log.reads(under: store.root + "/checkins") == 0)
        // Three batches of up to 40 years, each reading only the chunks holding its years.
        let parts = recorder.log.partLengths
        #expect(parts.count == 3, "\(parts)")
        #expect(parts.allSatisfy { $0 < index.proseLength } && parts.reduce(0, +) >= index.proseLength, "\(parts)")
    }

    @Test func aDamagedChunkLeavesItsEntriesToTheirFilesAndIsRewritten() throws {
        let recorder = RecordingFileSystem()
        let (store, _) = try Self.longStore(fileSystem: recorder)
        let expected = Store(root: store.root).load(fields: .matching(query: "walk", includePrivate: false))
        var bytes = try #require(IndexTests.indexBytes(store))
        let (damaged, entries) = try bytes.withUnsafeBytes { raw in
            let index = try #require(JournalIndex(raw, settingsStamp: Store.settingsStamp(of: store.loadSettings()), racyMargin: 0, prose: true))
            let entries = (0..<index.count).filter { index.chunk(holding: index.proseRange($0).lowerBound) == 1 }.count
            return (index.proseOffset + index.chunkStart(1) + 100, entries)
        }
        #expect(entries > 0 && entries < 90)
        bytes[damaged] ^= 0x20
        try IndexFormatTests.writeIndex(bytes, of: store)
        recorder.log.clear()
        let again = store.load(fields: .matching(query: "walk", includePrivate: false))
        #expect(again.journal == expected.journal && again.problems == expected.problems)
        #expect(recorder.log.reads(under: store.root + "/checkins") == entries, "the damaged chunk's files alone")
        #expect(IndexTests.indexBytes(store) != bytes, "rewritten")
        usleep(20_000)
        _ = store.load()
        recorder.log.clear()
        #expect(store.load(fields: .matching(query: "walk", includePrivate: false)).journal == expected.journal)
        #expect(recorder.log.reads(under: store.root + "/checkins") == 0, "whole again")
    }
}
