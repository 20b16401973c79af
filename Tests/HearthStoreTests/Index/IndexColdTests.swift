import Foundation
import HearthDomain
import HearthTestSupport
import Testing
@testable import HearthStore

@Suite("A cold index: every file parsed once, encoded a year folder at a time", .scratchFolders)
struct IndexColdTests {
    /// Check-ins of both partners over three ISO years, and moments files in two of them.
    static func journalOverYears(fileSystem: any FileSystem = RealFileSystem()) throws -> Store {
        let store = IndexTests.indexed(try Fixtures.initializedStore(fileSystem: fileSystem), margin: 1_000_000)
        for (year, number) in [(2024, 3), (2024, 52), (2025, 1), (2025, 30), (2026, 46), (2026, 47)] {
            let week = try #require(Week(year: year, number: number))
            for partner in ["alex", "sam"] {
                var checkIn = Fixtures.fullCheckIn
                checkIn.week = week
                checkIn.partner = partner
                checkIn.moments = partner == "alex" ? checkIn.moments.map { moment in
                    var moment = moment
                    moment.date = moment.date.map { _ in week.date(on: .wednesday) }
                    return moment
                } : []
                checkIn.notes = "Notes of \(partner) in \(week)"
                checkIn.appreciations = Array(checkIn.appreciations.prefix(number % 3 + 1))
                try store.save(checkIn, profile: Fixtures.profile, expected: nil)
            }
            if number % 2 == 0 {
                let moment = Moment(date: week.date(on: .tuesday), from: "sam", to: "alex", language: .touch, text: "A hug in \(week)")
                try store.saveMoments([moment], week: week, partner: "sam", profile: Fixtures.profile, expected: nil)
            }
        }
        // Past the racy margin, so the first load's entries are all trusted by the next.
        usleep(20_000)
        return store
    }

    /// Entries encoded one after another into a year folder's shared buffers come back each as its own file:
    /// the next load opens no file and finds what a load without the index finds.
    @Test func aColdLoadCachesEveryFileOfEveryYearAsItsOwn() throws {
        let recorder = RecordingFileSystem()
        let store = try Self.journalOverYears(fileSystem: recorder)
        let expected = Store(root: store.root).load()
        #expect(expected.journal?.checkIns.count == 12)
        #expect(expected.journal?.moments.count == 3)
        #expect(store.load().journal == expected.journal, "cold")
        usleep(20_000)
        recorder.log.clear()
        #expect(store.load().journal == expected.journal, "warm")
        #expect(recorder.log.reads(under: store.root + "/checkins") == 0)
        #expect(recorder.log.reads(under: store.root + "/moments") == 0)
    }

    /// A cold `list` (no moments, no prose) caches the facts alone; a later load with both reads the files again,
    /// each once and without stat'ing it first (its entry cannot serve), and finds what a load without the index
    /// finds; the one after it opens none.
    @Test func aColdLoadWithoutProseThenALoadWithProse() throws {
        let recorder = RecordingFileSystem()
        let store = try Self.journalOverYears(fileSystem: recorder)
        let bare = Store(root: store.root).load(moments: false, prose: false)
        let expected = Store(root: store.root).load()
        #expect(store.load(moments: false, prose: false).journal == bare.journal, "cold, without prose")
        usleep(20_000)
        #expect(store.load(moments: false, prose: false).journal == bare.journal, "warm, without prose")
        recorder.log.clear()
        #expect(store.load().journal == expected.journal, "with prose, the files read again")
        #expect(recorder.log.reads(under: store.root + "/checkins") == 12)
        #expect(recorder.log.stats.filter { $0.hasPrefix(store.root + "/checkins/") } == [], "read, not stat'ed first")
        usleep(20_000)
        recorder.log.clear()
        #expect(store.load().journal == expected.journal)
        #expect(recorder.log.reads(under: store.root + "/checkins") == 0)
        #expect(recorder.log.reads(under: store.root + "/moments") == 0)
    }

    /// A load without moments that rewrites the index keeps the moments files' entries it did not read: the
    /// next load with moments opens none of them.
    @Test func aLoadWithoutMomentsKeepsTheMomentsEntries() throws {
        let recorder = RecordingFileSystem()
        let store = try Self.journalOverYears(fileSystem: recorder)
        _ = store.load()
        usleep(20_000)
        var changed = Fixtures.fullCheckIn
        changed.notes = "Changed since the index was written."
        let path = Store.path(of: Fixtures.week, partner: "alex")
        try store.save(changed, profile: Fixtures.profile, expected: Store(root: store.root).load().revision(ofPath: path))
        let before = try #require(IndexTests.indexBytes(store))
        _ = store.load(moments: false, prose: false)
        #expect(IndexTests.indexBytes(store) != before, "rewritten for the changed check-in")
        usleep(20_000)
        recorder.log.clear()
        #expect(store.load().journal == Store(root: store.root).load().journal)
        #expect(recorder.log.reads(under: store.root + "/moments") == 0)
    }

    /// A word is written as its number only when the text has the word's very bytes: a text that Swift calls
    /// equal (the same letters, composed otherwise) read back as the word would change what a load shows.
    @Test func aWordIsWrittenAsItsNumberOnlyForItsOwnBytes() {
        let words = IndexWords(["emotional", "alex", "caf\u{E9}", "alex", ""])
        #expect(words.list == ["emotional", "alex", "caf\u{E9}", ""])
        var writer = IndexWriter()
        writer.words = words
        let texts = ["alex", "cafe\u{301}", "caf\u{E9}", "", "Alex", "a longer text than any word"]
        for text in texts { writer.string(text) }
        writer.bytes.withUnsafeBytes { raw in
            var reader = IndexReader(raw, words: words)
            for text in texts { #expect(Array(reader.string().utf8) == Array(text.utf8), "\(text.unicodeScalars.map(\.value))") }
            #expect(reader.atEnd && !reader.failed)
        }
        // Numbers take 4 bytes ("alex", "café" composed, ""), spelled texts 4 and their UTF-8.
        #expect(writer.bytes.count == 4 + (4 + 6) + 4 + 4 + (4 + 4) + (4 + 27))
        #expect(words.number(of: "cafe\u{301}") == nil)
        #expect(words.number(of: "alex") == 1)
    }

    @Test func aWordIsNotTakenForAnEquivalentSpellingOfItsLength() {
        // U+1E0B U+0323 and U+1E0D U+0307 are canonically equivalent (Swift's `==` calls them equal), five bytes each.
        let word = "\u{1E0B}\u{323}", text = "\u{1E0D}\u{307}"
        #expect(word == text && word.utf8.count == text.utf8.count)
        let words = IndexWords(["alex", word])
        #expect(words.number(of: text) == nil)
        #expect(words.number(of: word) == 1)
        var writer = IndexWriter()
        writer.words = words
        writer.string(text)
        writer.bytes.withUnsafeBytes { raw in
            var reader = IndexReader(raw, words: words)
            #expect(Array(reader.string().utf8) == Array(text.utf8))
        }
        #expect(IndexWords(["alex", word, text]).list.count == 3)
    }

    @Test func aDiscardingWriterKeepsNothing() {
        var writer = IndexWriter(discarding: true)
        writer.string("words")
        writer.u32(7)
        writer.u64(7)
        writer.byte(7)
        #expect(writer.bytes.isEmpty)
    }
}
