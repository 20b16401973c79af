import HearthDomain

/// Which cached file an index entry stands for: folder, week, partner and the spelling of its name.
struct IndexKey: Hashable, Sendable {
    /// 0 for `checkins/`, 1 for `moments/`.
    var folder: UInt8
    /// `year * 64 + number`.
    var week: Int32
    var lowercaseW: Bool
    var partner: String

    init(folder: UInt8, file: WeekFile) {
        self.folder = folder
        week = Int32(truncatingIfNeeded: file.week.year &* 64 &+ file.week.number)
        lowercaseW = file.lowercaseW
        partner = file.partner
    }

    init(folder: UInt8, week: Int32, lowercaseW: Bool, partner: String) {
        self.folder = folder
        self.week = week
        self.lowercaseW = lowercaseW
        self.partner = partner
    }
}

/// `.hearth/index` as read: a whole, current, undamaged head, its values decoded only when a load asks for
/// them, straight from the file's bytes (valid for the load's duration), and of the prose what the load read.
///
/// Layout (format 3), little-endian, built for reading: a header (magic `HEARTHIX`, format version, then the
/// length and checksum of the head and the length of the prose), the head, then the prose. The head holds the
/// time the load that wrote it began (ns), a stamp of the settings files the entries were checked against, the
/// partner ids once, a table of the prose's chunks (where each ends, and its checksum), then one fixed-size row
/// per entry in (folder, week) order (key, flags, stat identity, revision, and where its facts and prose lie),
/// then every entry's facts (a check-in's values without its written words). The prose (written words) comes
/// last, in chunks of about `chunkSize` bytes holding whole entries: a load without prose reads and checks the
/// head alone, and a load with prose reads and checks the chunks of a batch of years at a time, so it never
/// holds the whole prose. An entry whose chunk is damaged is read from its file, as one with no entry is.
/// A load without prose that parses a file caches its facts alone (flag `noProseFlag`), as it parsed it:
/// a later load with prose reads that file again.
struct JournalIndex: @unchecked Sendable {
    static let magic: [UInt8] = Array("HEARTHIX".utf8)
    static let version: UInt32 = 3
    static let headerSize = 48
    static let rowSize = 80
    static let chunkRowSize = 16
    /// How much prose a chunk holds before the next entry starts a new one: small enough that a batch's
    /// read carries little beyond it, large enough that the table and the reads stay few.
    static let chunkSize = 256 * 1_024
    static let path = ".hearth/index"
    /// Bits of a row's flags byte.
    static let lowercaseWFlag: UInt8 = 1
    static let noProseFlag: UInt8 = 2

    /// When the load that wrote this index began: files changed within `racyMargin` of it may have changed
    /// again within the same timestamp tick, so their stat data alone is not trusted.
    let referenceTime: Int64
    let racyMargin: Int64
    /// `referenceTime - racyMargin`: a file changed at or after it is racy.
    private let racyLimit: Int64
    let partners: [String]
    let count: Int
    /// The file's bytes (the head alone when read without prose), valid only while the load that read them runs.
    let raw: UnsafeRawBufferPointer
    let rows: Int
    let factsStart: Int
    let factsLength: Int
    /// Where the chunk table starts in `raw`, and how many chunks the prose has.
    let chunkTable: Int
    let chunkCount: Int
    /// Where the prose starts in the file, and its length.
    let proseOffset: Int
    let proseLength: Int
    /// The prose chunks the load has read and checked; nil when none.
    var window: ProseWindow?
    /// The head's checksum: two reads of the same index file agree on it.
    let headChecksum: UInt64

    /// How many bytes of an index file a load without prose reads: the header and the head, from the header
    /// alone (0 when it is not an index of this format).
    static func headLength(header raw: UnsafeRawBufferPointer) -> Int {
        guard raw.count >= headerSize, raw.prefix(8).elementsEqual(magic) else { return 0 }
        var header = IndexReader(raw, from: 8)
        guard header.u32() == version else { return 0 }
        _ = header.u32()
        let length = header.u64()
        return length > UInt64(Int32.max) ? 0 : headerSize + Int(length)
    }

    /// The index in `raw`, or nil when it is not one this build wrote for these settings (absent, cut,
    /// damaged head, another version, or written against another profile or rituals): then it is rebuilt.
    /// `raw` may end after the head (read without prose); with `prose`, or when it holds more, what follows
    /// the head is the prose, its chunks checked one by one (one cut short or damaged gives its entries none).
    init?(_ raw: UnsafeRawBufferPointer, settingsStamp: UInt64, racyMargin: Int64, prose: Bool) {
        let headEnd = Self.headLength(header: raw)
        guard headEnd > 0, raw.count >= headEnd else { return nil }
        var header = IndexReader(raw, from: 16)
        _ = header.u64()
        let headChecksum = header.u64()
        let proseLength = header.u64()
        guard proseLength < UInt64(UInt32.max),
              IndexChecksum.of(UnsafeRawBufferPointer(rebasing: raw[Self.headerSize..<headEnd])) == headChecksum else { return nil }
        var reader = IndexReader(UnsafeRawBufferPointer(rebasing: raw[..<headEnd]), from: Self.headerSize)
        referenceTime = reader.i64()
        // A time no clock gives (a forged head: its checksum is no defence) cannot be compared with; unchecked,
        // the subtraction in `isRacy` overflowed and stopped the program.
        let (racyLimit, overflowed) = referenceTime.subtractingReportingOverflow(racyMargin)
        guard !overflowed, reader.u64() == settingsStamp else { return nil }
        self.racyLimit = racyLimit
        let partnerCount = reader.count()
        let count = reader.count()
        let chunkCount = reader.count()
        var partners: [String] = []
        for _ in 0..<min(partnerCount, 1 << 16) where !reader.failed { partners.append(reader.string()) }
        let chunkTable = (reader.offset + 7) & ~7
        guard !reader.failed, partners.count == partnerCount, chunkCount <= (headEnd - chunkTable) / Self.chunkRowSize else { return nil }
        let rows = chunkTable + chunkCount * Self.chunkRowSize
        guard count <= (headEnd - rows) / Self.rowSize else { return nil }
        factsStart = rows + count * Self.rowSize
        factsLength = headEnd - factsStart
        self.partners = partners
        self.count = count
        self.rows = rows
        self.raw = raw
        self.racyMargin = racyMargin
        self.headChecksum = headChecksum
        self.proseLength = Int(proseLength)
        proseOffset = headEnd
        self.chunkTable = chunkTable
        self.chunkCount = chunkCount
        // Chunks in order, the last ending with the prose.
        var end = 0
        for chunk in 0..<chunkCount {
            guard chunkEnd(chunk) > end else { return nil }
            end = chunkEnd(chunk)
        }
        guard end == self.proseLength else { return nil }
        // Every row in range and in order, so a lookup can trust what it reads.
        var previous: Int64 = .min
        for entry in 0..<count {
            let at = rows + entry * Self.rowSize
            let order = Int64(raw.loadUnaligned(fromByteOffset: at + 4, as: UInt8.self)) << 32
                | Int64(UInt32(bitPattern: raw.loadUnaligned(fromByteOffset: at, as: Int32.self)) ^ 0x8000_0000)
            guard order >= previous, Int(partnerIndex(entry)) < partnerCount,
                  range(at + 64, within: factsLength), range(at + 72, within: Int(proseLength)) else { return nil }
            previous = order
        }
        if raw.count > headEnd || prose {
            window = checkedWindow(UnsafeRawBufferPointer(rebasing: raw[headEnd...]), chunks: 0..<chunkCount)
        }
    }

    private func range(_ at: Int, within length: Int) -> Bool {
        let start = Int(u32(at))
        let count = Int(u32(at + 4))
        return start <= length && count <= length - start
    }

    func u32(_ at: Int) -> UInt32 { UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: at, as: UInt32.self)) }
    func u64(_ at: Int) -> UInt64 { UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: at, as: UInt64.self)) }
    private func row(_ entry: Int) -> Int { rows + entry * Self.rowSize }

    func week(_ entry: Int) -> Int32 { Int32(bitPattern: u32(row(entry))) }
    func folder(_ entry: Int) -> UInt8 { raw[row(entry) + 4] }
    func flags(_ entry: Int) -> UInt8 { raw[row(entry) + 5] }
    func lowercaseW(_ entry: Int) -> Bool { raw[row(entry) + 5] & Self.lowercaseWFlag != 0 }
    /// Whether the entry holds its value's prose: one written by a load without prose holds none.
    func hasProse(_ entry: Int) -> Bool { raw[row(entry) + 5] & Self.noProseFlag == 0 }
    func partnerIndex(_ entry: Int) -> UInt16 { raw.loadUnaligned(fromByteOffset: row(entry) + 6, as: UInt16.self).littleEndian }

    func key(_ entry: Int) -> IndexKey {
        IndexKey(folder: folder(entry), week: week(entry), lowercaseW: lowercaseW(entry), partner: partners[Int(partnerIndex(entry))])
    }

    func identity(_ entry: Int) -> FileIdentity {
        let at = row(entry) + 8
        return FileIdentity(size: Int64(bitPattern: u64(at)), modified: Int64(bitPattern: u64(at + 8)), changed: Int64(bitPattern: u64(at + 16)),
                            inode: u64(at + 24), device: u64(at + 32))
    }

    func revision(_ entry: Int) -> Revision {
        Revision(size: Int(Int64(bitPattern: u64(row(entry) + 48))), hash: u64(row(entry) + 56))
    }

    /// The bytes of an entry's facts.
    func facts(_ entry: Int) -> UnsafeRawBufferPointer {
        let start = factsStart + Int(u32(row(entry) + 64))
        return UnsafeRawBufferPointer(rebasing: raw[start..<start + Int(u32(row(entry) + 68))])
    }

    /// Where an entry's prose lies in the prose.
    func proseRange(_ entry: Int) -> Range<Int> {
        let start = Int(u32(row(entry) + 72))
        return start..<start + Int(u32(row(entry) + 76))
    }

    /// The first entry at or after (`folder`, `week`) in row order.
    func firstEntry(folder: UInt8, week: Int32) -> Int {
        var low = 0
        var high = count
        while low < high {
            let middle = (low + high) / 2
            let rowFolder = self.folder(middle)
            if rowFolder < folder || (rowFolder == folder && self.week(middle) < week) { low = middle + 1 } else { high = middle }
        }
        return low
    }

    /// The entry for `key`: found by bisecting the rows on (folder, week), then among that week's few rows.
    func find(folder: UInt8, week: Int32, lowercaseW: Bool, partner: String) -> Int? {
        var entry = firstEntry(folder: folder, week: week)
        while entry < count, self.folder(entry) == folder, self.week(entry) == week {
            if self.lowercaseW(entry) == lowercaseW, partners[Int(partnerIndex(entry))] == partner { return entry }
            entry += 1
        }
        return nil
    }

    /// Whether a file with `identity` may have changed since it was cached without its stat data showing it.
    func isRacy(_ identity: FileIdentity) -> Bool {
        identity.modified >= racyLimit || identity.changed >= racyLimit
    }
}
