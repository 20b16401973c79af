import Foundation
import HearthDomain
import HearthTestSupport
import Testing
@testable import HearthStore

/// The index's checksum catches a cut or damaged file, not a forged one: anyone who can write `.hearth/index`
/// (a journal folder copied from elsewhere brings its own) can give it a valid checksum. Whatever it holds, a
/// load must finish and print what the files say.
@Suite("A forged index with a valid checksum", .scratchFolders)
struct ForgedIndexTests {
    /// Every count in the index counts things stored after it, each at least a byte: a larger one is damage.
    /// (A decode loop used to run to such a count, about four billion empty turns per entry.)
    @Test func aCountLargerThanTheBytesLeftFailsTheReaderAtOnce() {
        [UInt8]([0xFF, 0xFF, 0xFF, 0xFF, 1, 2]).withUnsafeBytes { raw in
            var reader = IndexReader(raw)
            #expect(reader.count() == 0)
            #expect(reader.failed)
        }
        [UInt8]([2, 0, 0, 0, 7, 8]).withUnsafeBytes { raw in
            var reader = IndexReader(raw)
            #expect(reader.count() == 2)
            #expect(!reader.failed)
        }
    }

    /// Each entry's first count (a check-in's ratings, a moments file's moments) forged to 2^32 - 1 and the
    /// head's checksum made to match: every load reads each entry again from its file. (Before the count was
    /// checked these loads took 511 s in a debug build. No time limit here: under the whole suite's load this
    /// test alone may wait over a minute for a thread; the test above is the one that fails without the check.)
    @Test
    func forgedCountsAreReadFromTheFilesAgain() throws {
        let (store, bytes, files) = try Self.indexedStore()
        let forged = try Self.forgingFirstCounts(bytes)
        try IndexFormatTests.writeIndex(forged, of: store)
        #expect(store.load(moments: false, prose: false).journal == files.load(moments: false, prose: false).journal)
        try IndexFormatTests.writeIndex(forged, of: store)
        #expect(store.load().journal == files.load().journal)
        #expect(IndexTests.indexBytes(store) != forged, "the forged index was replaced")
    }

    /// A moment's date is a day count in the index: one no file could hold (a year of more than four digits,
    /// up to `Int64.max`) fails the entry, which is read from its file, where it used to stop the program.
    @Test(arguments: [Int64.max, Int64.min, 2_932_897, -719_529])
    func aMomentDayNoFileCouldHoldIsReadFromTheFileAgain(_ days: Int64) throws {
        let (store, bytes, files) = try Self.indexedStore()
        let written = try #require(CivilDate(year: 2026, month: 11, day: 18)).daysSinceEpoch
        let pattern = [UInt8(1)] + withUnsafeBytes(of: Int64(written).littleEndian) { Array($0) }
        var replaced = 0
        let forged = try Self.forging(bytes) { forged, entries in
            for facts in entries {
                var at = facts.lowerBound
                while at + pattern.count <= facts.upperBound {
                    if Array(forged[at..<at + pattern.count]) == pattern {
                        forged.replaceSubrange(at + 1..<at + pattern.count, with: withUnsafeBytes(of: days.littleEndian) { Array($0) })
                        replaced += 1
                    }
                    at += 1
                }
            }
        }
        try #require(replaced >= 8, "each check-in's moment")
        try IndexFormatTests.writeIndex(forged, of: store)
        #expect(store.load().journal == files.load().journal)
    }

    /// The head's reference time (when the index was written) is compared with every file's times, less the
    /// racy margin: a time that subtraction overflows is an index this build did not write, rebuilt silently.
    @Test(arguments: [Int64.min, Int64.min + 1])
    func aReferenceTimeNoClockGivesRebuildsTheIndex(_ time: Int64) throws {
        let (store, bytes, files) = try Self.indexedStore()
        let forged = try Self.forging(bytes) { forged, _ in
            forged.replaceSubrange(JournalIndex.headerSize..<JournalIndex.headerSize + 8, with: withUnsafeBytes(of: time.littleEndian) { Array($0) })
        }
        try IndexFormatTests.writeIndex(forged, of: store)
        #expect(store.load(moments: false, prose: false).journal == files.load(moments: false, prose: false).journal)
        #expect(IndexTests.indexBytes(store) != forged, "rebuilt")
    }

    /// A score no loaded file holds (outside 1-5: a file with one fails its checks and is never cached) fails the
    /// entry, which every load reads from its file, where the index's score used to be printed as the file's.
    @Test(arguments: [UInt32(0), 6, 0x8000_0000, 0xFFFF_FFFE])
    func aScoreNoFileCouldHoldIsReadFromTheFileAgain(_ value: UInt32) throws {
        let (store, bytes, files) = try Self.indexedStore()
        var replaced = 0
        let forged = try Self.forging(bytes) { forged, entries in
            // Each check-in's first rating, its type written as a word's number: the score follows it.
            for facts in entries where Self.u32(forged, at: facts.lowerBound) > 0 && Self.u32(forged, at: facts.lowerBound + 4) & IndexWords.marker != 0 {
                forged.replaceSubrange(facts.lowerBound + 8..<facts.lowerBound + 12, with: withUnsafeBytes(of: value.littleEndian) { Array($0) })
                replaced += 1
            }
        }
        try #require(replaced >= 8, "each check-in")
        try Self.expectLoadsReadTheFiles(forged, store, files)
    }

    /// Device-free minutes no loaded file holds (not a week's) fail the entry, as a score does.
    @Test(arguments: [Int64(-1), 10_081, Int64.max])
    func minutesNoFileCouldHoldAreReadFromTheFileAgain(_ minutes: Int64) throws {
        let (store, bytes, files) = try Self.indexedStore()
        let pattern = [UInt8(1)] + Self.littleEndian(Int64(try #require(Fixtures.fullCheckIn.deviceFreeMinutes)))
        var replaced = 0
        let forged = try Self.forging(bytes) { forged, entries in
            for facts in entries {
                guard let at = Self.offset(of: pattern, in: Array(forged[facts])) else { continue }
                forged.replaceSubrange(facts.lowerBound + at + 1..<facts.lowerBound + at + 9, with: Self.littleEndian(minutes))
                replaced += 1
            }
        }
        try #require(replaced >= 8, "each check-in")
        try Self.expectLoadsReadTheFiles(forged, store, files)
    }

    /// Every kind of load (whole, without prose, `list`'s, a search's) over `forged` gives what the files say.
    static func expectLoadsReadTheFiles(_ forged: [UInt8], _ store: Store, _ files: Store,
                                        sourceLocation: SourceLocation = #_sourceLocation) throws {
        for (moments, prose, fields) in [(true, true, CheckInFields.all), (false, false, .all), (false, false, .ratingsAndSigns),
                                         (true, true, .matching(query: "walk", includePrivate: true))] {
            try IndexFormatTests.writeIndex(forged, of: store)
            #expect(store.load(moments: moments, prose: prose, fields: fields).journal
                    == files.load(moments: moments, prose: prose, fields: fields).journal, "\(fields)", sourceLocation: sourceLocation)
        }
    }

    static func offset(of pattern: [UInt8], in bytes: [UInt8]) -> Int? {
        guard bytes.count >= pattern.count else { return nil }
        return (0...bytes.count - pattern.count).first { Array(bytes[$0..<$0 + pattern.count]) == pattern }
    }

    static func littleEndian(_ value: Int64) -> [UInt8] { withUnsafeBytes(of: value.littleEndian) { Array($0) } }

    /// The bounds of `IndexCodec.fileDays` are the first and last days a four-digit year names.
    @Test func theDaysAFileCanNameAreThoseOfFourDigitYears() throws {
        #expect(IndexCodec.fileDays.lowerBound == Int64(try #require(CivilDate(year: 0, month: 1, day: 1)).daysSinceEpoch))
        #expect(IndexCodec.fileDays.upperBound == Int64(try #require(CivilDate(year: 9999, month: 12, day: 31)).daysSinceEpoch))
    }

    /// A store of eight check-ins (each with a moment dated 2026-11-18) whose index is warm, its index's bytes,
    /// and a store reading the same folder without an index.
    static func indexedStore() throws -> (store: Store, bytes: [UInt8], files: Store) {
        let store = IndexTests.indexed(try Fixtures.initializedStore(), margin: 1_000_000)
        for number in 40...47 {
            var checkIn = Fixtures.fullCheckIn
            checkIn.week = try #require(Week(year: 2026, number: number))
            try store.save(checkIn, profile: Fixtures.profile, expected: nil)
        }
        _ = store.load()
        usleep(20_000)
        _ = store.load()
        return (store, try #require(IndexTests.indexBytes(store)), Store(root: store.root))
    }

    /// `bytes` (an index in format 3) with the first four bytes of every entry's facts set to 0xFF, its head's
    /// checksum made to match.
    static func forgingFirstCounts(_ bytes: [UInt8]) throws -> [UInt8] {
        try forging(bytes) { forged, entries in
            for facts in entries {
                try #require(facts.count >= 4)
                forged.replaceSubrange(facts.lowerBound..<facts.lowerBound + 4, with: [0xFF, 0xFF, 0xFF, 0xFF])
            }
        }
    }

    /// `bytes` changed by `change` (given the range of every entry's facts), with the head's checksum recomputed,
    /// so only decoding the entries can find what changed.
    static func forging(_ bytes: [UInt8], _ change: (inout [UInt8], [Range<Int>]) throws -> Void) throws -> [UInt8] {
        var forged = bytes
        let headEnd = JournalIndex.headerSize + Int(Self.u64(bytes, at: 16))
        try #require(headEnd <= bytes.count)
        let (rows, count, factsStart) = bytes.withUnsafeBytes { raw -> (Int, Int, Int) in
            var reader = IndexReader(UnsafeRawBufferPointer(rebasing: raw[..<headEnd]), from: JournalIndex.headerSize)
            _ = reader.i64()
            _ = reader.u64()
            let partnerCount = Int(reader.u32())
            let count = Int(reader.u32())
            let chunkCount = Int(reader.u32())
            for _ in 0..<partnerCount { _ = reader.string() }
            let rows = ((reader.offset + 7) & ~7) + chunkCount * JournalIndex.chunkRowSize
            return (rows, count, rows + count * JournalIndex.rowSize)
        }
        try #require(count >= 8, "eight check-ins")
        let entries = (0..<count).map { entry in
            let row = rows + entry * JournalIndex.rowSize
            let start = factsStart + Int(Self.u32(bytes, at: row + 64))
            return start..<start + Int(Self.u32(bytes, at: row + 68))
        }
        try change(&forged, entries)
        let checksum = forged.withUnsafeBytes { IndexChecksum.of(UnsafeRawBufferPointer(rebasing: $0[JournalIndex.headerSize..<headEnd])) }
        forged.replaceSubrange(24..<32, with: withUnsafeBytes(of: checksum.littleEndian) { Array($0) })
        return forged
    }

    static func u32(_ bytes: [UInt8], at offset: Int) -> UInt32 {
        bytes.withUnsafeBytes { UInt32(littleEndian: $0.loadUnaligned(fromByteOffset: offset, as: UInt32.self)) }
    }

    static func u64(_ bytes: [UInt8], at offset: Int) -> UInt64 {
        bytes.withUnsafeBytes { UInt64(littleEndian: $0.loadUnaligned(fromByteOffset: offset, as: UInt64.self)) }
    }
}
