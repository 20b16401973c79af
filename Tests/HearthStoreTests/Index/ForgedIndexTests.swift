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
    /// head's checksum made to match: every load finishes, each entry read again from its file.
    @Test(.timeLimit(.minutes(1)))
    func forgedCountsAreReadFromTheFilesAgain() throws {
        let store = IndexTests.indexed(try Fixtures.initializedStore(), margin: 1_000_000)
        for number in 40...47 {
            var checkIn = Fixtures.fullCheckIn
            checkIn.week = try #require(Week(year: 2026, number: number))
            try store.save(checkIn, profile: Fixtures.profile, expected: nil)
        }
        _ = store.load()
        usleep(20_000)
        _ = store.load()
        let expected = Store(root: store.root)
        let bytes = try #require(IndexTests.indexBytes(store))
        let forged = try Self.forgingFirstCounts(bytes)
        try IndexFormatTests.writeIndex(forged, of: store)
        #expect(store.load(moments: false, prose: false).journal == expected.load(moments: false, prose: false).journal)
        try IndexFormatTests.writeIndex(forged, of: store)
        #expect(store.load().journal == expected.load().journal)
        #expect(IndexTests.indexBytes(store) != forged, "the forged index was replaced")
    }

    /// `bytes` (an index in format 3) with the first four bytes of every entry's facts set to 0xFF and the head's
    /// checksum recomputed, so only decoding the entries can find the damage.
    static func forgingFirstCounts(_ bytes: [UInt8]) throws -> [UInt8] {
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
        for entry in 0..<count {
            let row = rows + entry * JournalIndex.rowSize
            let start = factsStart + Int(Self.u32(bytes, at: row + 64))
            try #require(Self.u32(bytes, at: row + 68) >= 4)
            forged.replaceSubrange(start..<start + 4, with: [0xFF, 0xFF, 0xFF, 0xFF])
        }
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
