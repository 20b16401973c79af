import Foundation
import HearthDomain
import HearthStore
import HearthTestSupport
import Testing
@testable import HearthExchange

@Suite("Export then import: the same journal, the same files byte for byte")
struct RoundTripTests {
    /// Writes `journal`, exports what loads, imports that export into a second folder, and compares every file.
    static func roundTrip(_ journal: Journal, in folder: Folder) throws {
        let original = try folder.store(journal, as: "original")
        let text = JournalJSON.text(original, includePrivate: true)
        let read = try JournalReader.read(Array(text.utf8))
        #expect(read.includesPrivate)
        #expect(read.journal == original)
        let copy = try folder.store(read.journal, as: "copy")
        #expect(copy == original)
        let before = try folder.files(under: "original"), after = try folder.files(under: "copy")
        #expect(before.keys.sorted() == after.keys.sorted())
        for (path, bytes) in before where after[path] != bytes {
            Issue.record("\(path) differs after export and import")
        }
        // What doctor looks at besides the journal's content: file modes and leftovers.
        #expect(Store(root: folder.path("copy")).hygieneProblems().isEmpty)
    }

    @Test("200 random journals", arguments: 0..<4)
    func randomJournals(batch: Int) throws {
        for seed in UInt64(batch * 50)..<UInt64(batch * 50 + 50) {
            let folder = try Folder()
            defer { folder.remove() }
            var random = RandomJournal(seed: seed)
            try Self.roundTrip(random.journal(), in: folder)
        }
    }

    @Test func twoYearDemoJournal() throws {
        let folder = try Folder()
        defer { folder.remove() }
        let end = try #require(Week(year: 2026, number: 47))
        try Self.roundTrip(DemoJournal.make(weeks: 104, endingAt: end, seed: 7), in: folder)
    }

    @Test(.enabled(if: Benchmarks.enabled, "set HEARTH_BENCH=1 for the 20-year journal"))
    func twentyYearDemoJournal() throws {
        let folder = try Folder()
        defer { folder.remove() }
        let end = try #require(Week(year: 2026, number: 47))
        let started = ContinuousClock.now
        try Self.roundTrip(DemoJournal.make(weeks: 1_040, endingAt: end, seed: 1), in: folder)
        print("20-year export and import round trip: \(ContinuousClock.now - started)")
    }

    /// Keys and sections Hearth does not know, added by hand where Hearth itself would keep them, survive
    /// the trip through JSON byte for byte. (A rituals.md section of its own does not: see the README.)
    @Test func handWrittenUnknownContentSurvives() throws {
        let folder = try Folder()
        defer { folder.remove() }
        let profile = Profile(partners: [Partner(id: "zoe", name: "Zoë"), Partner(id: "sam", name: "Sam")])
        let week = try #require(Week(year: 2026, number: 47))
        _ = try folder.store(Journal(profile: profile, checkIns: [CheckIn(week: week, partner: "zoe", ratings: ["emotional": .score(4)])],
                                     rituals: [Ritual(id: "walk", name: "Walk", cadence: .weekly(on: .sunday), since: week)]),
                             as: "original")
        try Self.edit(folder.path("original/checkins/2026/2026-W47-zoe.md")) { text in
            let close = try #require(text.range(of: "\n---\n", range: text.index(after: text.startIndex)..<text.endIndex))
            return text.replacingCharacters(in: close, with: "\nmood: sunny\nplaces:\n  - lake\n  - \"hill, top\"\n---\n")
                + "\n## Our own section\n\nWritten by hand, with \"quotes\".\n"
        }
        try Self.edit(folder.path("original/rituals.md")) { text in
            text.replacingOccurrences(of: "    since: 2026-W47\n", with: "    since: 2026-W47\n    colour: green\n")
        }
        let loaded = Store(root: folder.path("original")).load()
        let original = try #require(loaded.journal)
        #expect(loaded.problems.isEmpty)
        #expect(original.checkIns.first?.preserved.frontMatter.map(\.key) == ["mood", "places"])
        #expect(original.rituals.first?.preserved.frontMatter.map(\.key) == ["colour"])
        let read = try JournalReader.read(Array(JournalJSON.text(original, includePrivate: true).utf8))
        #expect(read.journal == original)
        _ = try folder.store(read.journal, as: "copy")
        let before = try folder.files(under: "original"), after = try folder.files(under: "copy")
        #expect(after.keys.sorted() == before.keys.sorted())
        for (path, bytes) in before { #expect(after[path] == bytes, "\(path)") }
    }

    static func edit(_ path: String, _ change: (String) throws -> String) throws {
        try change(try String(contentsOfFile: path, encoding: .utf8)).write(toFile: path, atomically: true, encoding: .utf8)
    }

    @Test func withoutPrivateTheReflectionsStayBehind() throws {
        var random = RandomJournal(seed: 99)
        var journal = random.journal()
        let profile = journal.profile
        let week = try #require(Week(year: 2026, number: 47))
        journal.checkIns = [CheckIn(week: week, partner: profile.partners[0].id, reflection: "mine alone")]
        let shared = ExportSelection().apply(to: journal)
        let text = JournalJSON.text(shared, includePrivate: false)
        #expect(!text.contains("mine alone"))
        #expect(!text.contains("private_reflection"))
        let read = try JournalReader.read(Array(text.utf8))
        #expect(!read.includesPrivate)
        #expect(read.journal.checkIns.first?.reflection == "")
    }
}
