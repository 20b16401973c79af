import Foundation
import HearthDomain
import HearthTestSupport
import Testing
@testable import HearthStore

@Suite("A cold index written run by run, never assembled in one buffer", .scratchFolders)
struct IndexColdWriteTests {
    /// Runs of every length around the checksum's 32-byte blocks, empty ones too.
    static func runs(of bytes: [UInt8], seed: UInt64) -> [[UInt8]] {
        var random = SplitMix64(seed: seed)
        var runs: [[UInt8]] = []
        var start = 0
        while start < bytes.count {
            let length = min(bytes.count - start, Int(random.next() % 70))
            runs.append(Array(bytes[start..<start + length]))
            start += length
        }
        return runs
    }

    @Test func theChecksumOfRunsIsTheChecksumOfTheirBytesWhole() {
        var random = SplitMix64(seed: 15)
        for length in [0, 1, 31, 32, 33, 63, 64, 65, 1_000, 4_099] {
            let bytes = (0..<length).map { _ in UInt8(truncatingIfNeeded: random.next()) }
            let whole = bytes.withUnsafeBytes { IndexChecksum.of($0) }
            for seed in 0..<UInt64(8) {
                var checksum = IndexChecksum()
                for run in Self.runs(of: bytes, seed: seed) { run.withUnsafeBytes { checksum.add($0) } }
                #expect(checksum.value == whole, "\(length) bytes, runs of seed \(seed)")
            }
        }
        // The values format 3 has always given (an index written by an earlier build is still read).
        let known: [UInt8] = Array("HEARTHIX index checksum, unchanged since format 3".utf8)
        #expect(known.withUnsafeBytes { IndexChecksum.of($0) } == 0x4435_AD77_72A3_ECD5)
        let longer = Array(repeating: Array(0...UInt8(255)), count: 3).flatMap { $0 } + Array("tail".utf8)
        #expect(longer.withUnsafeBytes { IndexChecksum.of($0) } == 0xB5CC_7C15_0719_45AF)
    }

    /// The real file system writes runs, in one `writev` or in batches of 1,024, into a new file, as it writes
    /// one buffer: thousands of runs of every length (empty ones too), and one large run.
    @Test func theRealFileSystemWritesRunsAsOneFile() throws {
        let folder = Fixtures.temporaryFolder()
        var random = SplitMix64(seed: 7)
        let bytes = (0..<300_000).map { _ in UInt8(truncatingIfNeeded: random.next()) }
        var runs = Self.runs(of: Array(bytes[..<100_000]), seed: 3)
        #expect(runs.count > 2_048, "more runs than one writev takes")
        runs.append([])
        runs.append(Array(bytes[100_000...]))
        let file = RealFileSystem()
        try Self.createFile(at: folder + "/runs", runs: runs, in: file)
        #expect(try Array(Data(contentsOf: URL(fileURLWithPath: folder + "/runs"))) == bytes)
        #expect(try file.status(at: folder + "/runs")?.mode == 0o600)
        // As `createFile(at:bytes:mode:)`: never over a file that is there.
        #expect(throws: FileSystemError.self) { try Self.createFile(at: folder + "/runs", runs: [[1, 2]], in: file) }
        #expect(try Array(Data(contentsOf: URL(fileURLWithPath: folder + "/runs"))) == bytes)
    }

    /// Writes `runs` through `createFile(at:runs:mode:)`, each copied to memory of its own so that all stay valid.
    static func createFile(at path: String, runs: [[UInt8]], in fileSystem: some FileSystem) throws {
        let pinned: [UnsafeMutableRawBufferPointer] = runs.map { run in
            let copy = UnsafeMutableRawBufferPointer.allocate(byteCount: run.count, alignment: 1)
            run.withUnsafeBytes { copy.copyMemory(from: $0) }
            return copy
        }
        defer { pinned.forEach { $0.deallocate() } }
        try fileSystem.createFile(at: path, runs: pinned.map { UnsafeRawBufferPointer($0) }, mode: 0o600)
    }

    /// An index laid out from two year folders' blocks, each entry's bytes in its own run (a block's entries
    /// encoded in the opposite of row order) and its prose past several chunks, written run by run, is its bytes
    /// joined (what a sealed index encrypts), and reads back whole: every entry's facts and prose as encoded.
    @Test func aLayoutWrittenRunByRunIsItsBytesJoined() throws {
        let folder = Fixtures.temporaryFolder()
        let words = IndexWords(Fixtures.profile.intimacyTypes.map(\.id) + ["alex", "sam"])
        let blocks = [0, 1].map { _ in (facts: IndexBlock(words: words, capacity: 0), prose: IndexBlock(capacity: 0)) }
        var records: [IndexRecord] = []
        var encoded: [Int32: (facts: [UInt8], prose: [UInt8])] = [:]
        for n in 0..<40 {
            let (facts, prose) = blocks[n % 2]
            let week = try #require(Week(year: 2020 + n % 2, number: n % 2 == 0 ? 40 - n / 2 : n / 2 + 1))
            var checkIn = Fixtures.fullCheckIn
            checkIn.week = week
            checkIn.notes = String(repeating: "Notes of week \(n). ", count: 1_500)
            let factsStart = facts.start(), proseStart = prose.start()
            IndexCodec.encode(checkIn, into: &facts.writer, prose: &prose.writer)
            let key = IndexKey(folder: 0, week: Int32(week.year * 64 + week.number), lowercaseW: false, partner: "alex")
            let identity = FileIdentity(size: Int64(n), modified: 1, changed: 2, inode: UInt64(n), device: 3)
            records.append(.encoded(key, identity, Revision(size: n, hash: UInt64(n)), facts: facts.span(from: factsStart),
                                    prose: prose.span(from: proseStart)))
            encoded[key.week] = (Array(facts.writer.bytes[factsStart...]), Array(prose.writer.bytes[proseStart...]))
        }
        let layout = try #require(JournalIndex.layout(records, referenceTime: 1, settingsStamp: 2, old: nil))
        try layout.withRuns { runs in Result { () throws(FileSystemError) in try RealFileSystem().createFile(at: folder + "/index", runs: runs, mode: 0o600) } }.get()
        let written = try Array(Data(contentsOf: URL(fileURLWithPath: folder + "/index")))
        #expect(written == layout.joined())
        try written.withUnsafeBytes { raw in
            let index = try #require(JournalIndex(raw, settingsStamp: 2, racyMargin: 0, prose: true))
            #expect(index.count == 40)
            #expect(index.chunkCount > 2, "the prose spans several chunks")
            for entry in 0..<index.count {
                let expected = try #require(encoded[index.week(entry)])
                #expect(Array(index.facts(entry)) == expected.facts)
                #expect(index.prose(entry).map(Array.init) == expected.prose)
            }
        }
    }

    /// An index cut anywhere (a torn write: the runs after some point never reached the disk) is rebuilt by the
    /// next load, which finds what a load without the index finds; the load after it opens no file.
    @Test func anIndexCutBetweenOrInsideItsRunsIsRebuilt() throws {
        let recorder = RecordingFileSystem()
        let store = try IndexColdTests.journalOverYears(fileSystem: recorder)
        let expected = Store(root: store.root).load()
        _ = store.load()
        let written = try #require(IndexTests.indexBytes(store))
        let headEnd = written.withUnsafeBytes { JournalIndex.headLength(header: $0) }
        #expect(headEnd > JournalIndex.headerSize && headEnd < written.count)
        for cut in Set([1, JournalIndex.headerSize, headEnd - 1, headEnd, headEnd + 1, written.count - 1, written.count / 2]) {
            try IndexFormatTests.writeIndex(Array(written[..<cut]), of: store)
            let again = store.load()
            #expect(again.journal == expected.journal, "cut at \(cut)")
            #expect(again.problems.isEmpty, "cut at \(cut)")
            #expect(IndexTests.indexBytes(store)?.count == written.count, "rebuilt whole after a cut at \(cut)")
            usleep(20_000)
            recorder.log.clear()
            #expect(store.load().journal == expected.journal)
            #expect(recorder.log.reads(under: store.root + "/checkins") == 0, "cut at \(cut)")
        }
    }
}
