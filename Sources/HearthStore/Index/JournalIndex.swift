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

/// One cached file: the stat identity and content revision it was read at, and where its encoded value lies.
struct IndexEntry: Sendable {
    var identity: FileIdentity
    var revision: Revision
    /// The encoded value's bytes within the index's buffer.
    var payload: Range<Int>
}

/// `.hearth/index` as read: the entries found in a whole, current, undamaged index file; their values are
/// decoded only when a load asks for them, straight from the file's bytes (valid for the load's duration).
///
/// Layout, little-endian: magic `HEARTHIX`, format version (u32), body length (u64), body checksum (u64);
/// then the body: the time the load that wrote it began (ns), a stamp of the settings files the entries were
/// checked against, the entry count, and per entry its key, identity, revision and length-prefixed value.
struct JournalIndex: @unchecked Sendable {
    static let magic: [UInt8] = Array("HEARTHIX".utf8)
    static let version: UInt32 = 1
    static let headerSize = 28
    static let path = ".hearth/index"

    /// When the load that wrote this index began: files changed within `racyMargin` of it may have changed
    /// again within the same timestamp tick, so their stat data alone is not trusted.
    let referenceTime: Int64
    let racyMargin: Int64
    let entries: [IndexKey: IndexEntry]
    /// The file's bytes, valid only while the load that read them runs.
    let raw: UnsafeRawBufferPointer

    /// The index in `raw`, or nil when it is not one this build wrote for these settings (absent, cut,
    /// damaged, another version, or written against another profile or rituals): then it is rebuilt.
    init?(_ raw: UnsafeRawBufferPointer, settingsStamp: UInt64, racyMargin: Int64) {
        guard raw.count >= Self.headerSize, raw.prefix(8).elementsEqual(Self.magic) else { return nil }
        var header = IndexReader(raw, from: 8)
        guard header.u32() == Self.version, header.u64() == UInt64(raw.count - Self.headerSize) else { return nil }
        let body = UnsafeRawBufferPointer(rebasing: raw[Self.headerSize...])
        guard header.u64() == IndexChecksum.of(body) else { return nil }
        var reader = IndexReader(raw, from: Self.headerSize)
        referenceTime = reader.i64()
        guard reader.u64() == settingsStamp else { return nil }
        let count = reader.count()
        var entries = [IndexKey: IndexEntry](minimumCapacity: min(count, raw.count / 64))
        for _ in 0..<count {
            let folder = reader.byte()
            let week = Int32(bitPattern: reader.u32())
            let lowercaseW = reader.byte() == 1
            let partner = reader.string()
            let identity = FileIdentity(size: reader.i64(), modified: reader.i64(), changed: reader.i64(),
                                        inode: reader.u64(), device: reader.u64())
            let revision = Revision(size: Int(reader.i64()), hash: reader.u64())
            let length = reader.count()
            guard let start = reader.skip(length), !reader.failed else { return nil }
            entries[IndexKey(folder: folder, week: week, lowercaseW: lowercaseW, partner: partner)] =
                IndexEntry(identity: identity, revision: revision, payload: start..<start + length)
        }
        guard !reader.failed, reader.atEnd else { return nil }
        self.entries = entries
        self.raw = raw
        self.racyMargin = racyMargin
    }

    /// Whether a file with `identity` may have changed since it was cached without its stat data showing it.
    func isRacy(_ identity: FileIdentity) -> Bool {
        identity.modified >= referenceTime - racyMargin || identity.changed >= referenceTime - racyMargin
    }

    /// A reader at the start of `entry`'s value.
    func reader(for entry: IndexEntry) -> IndexReader {
        IndexReader(UnsafeRawBufferPointer(rebasing: raw[entry.payload]), from: 0)
    }

    /// The bytes of a whole index holding `records`, each with its value's bytes.
    static func encode(_ records: [IndexRecord], referenceTime: Int64, settingsStamp: UInt64, old: JournalIndex?) -> [UInt8] {
        var writer = IndexWriter()
        writer.bytes.reserveCapacity(records.reduce(64) { $0 + 96 + $1.length })
        writer.bytes.append(contentsOf: magic)
        writer.u32(version)
        writer.u64(0)
        writer.u64(0)
        writer.i64(referenceTime)
        writer.u64(settingsStamp)
        writer.count(records.count)
        for record in records {
            writer.byte(record.key.folder)
            writer.u32(UInt32(bitPattern: record.key.week))
            writer.byte(record.key.lowercaseW ? 1 : 0)
            writer.string(record.key.partner)
            writer.i64(record.identity.size)
            writer.i64(record.identity.modified)
            writer.i64(record.identity.changed)
            writer.u64(record.identity.inode)
            writer.u64(record.identity.device)
            writer.i64(Int64(record.revision.size))
            writer.u64(record.revision.hash)
            writer.count(record.length)
            switch record.value {
            case .encoded(let bytes): writer.bytes.append(contentsOf: bytes)
            case .cached(let range): if let old { writer.bytes.append(contentsOf: old.raw[range]) }
            }
        }
        let bodyLength = writer.bytes.count - headerSize
        let checksum = writer.bytes.withUnsafeBytes { IndexChecksum.of(UnsafeRawBufferPointer(rebasing: $0[headerSize...])) }
        var header = IndexWriter()
        header.u64(UInt64(bodyLength))
        header.u64(checksum)
        writer.bytes.replaceSubrange(12..<28, with: header.bytes)
        return writer.bytes
    }
}

/// One entry of the index a load writes: kept as it was, or newly encoded.
struct IndexRecord: Sendable {
    enum Value: Sendable {
        /// The entry's value as it lies in the index read (stat data refreshed, or trusted).
        case cached(Range<Int>)
        case encoded([UInt8])
    }

    var key: IndexKey
    var identity: FileIdentity
    var revision: Revision
    var value: Value
    /// Whether the entry was taken from the index on its stat data alone, unchanged.
    var trusted: Bool

    var length: Int {
        switch value {
        case .cached(let range): range.count
        case .encoded(let bytes): bytes.count
        }
    }
}
