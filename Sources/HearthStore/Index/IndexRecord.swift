/// One entry of the index a load would write: an entry of the index it read, or a file it parsed.
enum IndexRecord: Sendable {
    /// The old entry, taken on its stat data alone and unchanged.
    case trusted(Int)
    /// The old entry's value and revision at new stat data: the file was read and its bytes were the cached version's
    /// (boxed, as `encoded`, so that a record is a word or two).
    indirect case refreshed(Int, FileIdentity)
    /// A file parsed anew, its value encoded as facts and prose, nil when parsed without (boxed: most
    /// records are the small cases).
    indirect case encoded(IndexKey, FileIdentity, Revision, facts: [UInt8], prose: [UInt8]?)

    var isTrusted: Bool {
        if case .trusted = self { return true }
        return false
    }

    var isEncoded: Bool {
        if case .encoded = self { return true }
        return false
    }
}

extension JournalIndex {
    /// The bytes of a whole index holding `records`; nil when it would be too large for its 32-bit offsets.
    /// When `old` was read without its prose, its entries are kept without theirs (see `noProseFlag`).
    static func encode(_ records: [IndexRecord], referenceTime: Int64, settingsStamp: UInt64, old: JournalIndex?) -> [UInt8]? {
        // Each row's key, and the partner ids once, numbered in order of first use.
        var partnerNumbers: [String: UInt16] = [:]
        var partners: [String] = []
        var oldPartnerNumbers: [UInt16] = []
        func number(_ partner: String) -> UInt16 {
            if let known = partnerNumbers[partner] { return known }
            let next = UInt16(truncatingIfNeeded: partners.count)
            partnerNumbers[partner] = next
            partners.append(partner)
            return next
        }
        if let old { oldPartnerNumbers = old.partners.map(number) }
        var factsTotal = 0
        var proseTotal = 0
        var orders: [(order: Int64, position: Int)] = []
        orders.reserveCapacity(records.count)
        for (position, record) in records.enumerated() {
            let folder: UInt8
            let week: Int32
            switch record {
            case .trusted(let entry), .refreshed(let entry, _):
                guard let old else { return nil }
                folder = old.folder(entry)
                week = old.week(entry)
                factsTotal += old.facts(entry).count
                proseTotal += old.prose(entry).count
            case .encoded(let key, _, _, let facts, let prose):
                folder = key.folder
                week = key.week
                _ = number(key.partner)
                factsTotal += facts.count
                proseTotal += prose?.count ?? 0
            }
            orders.append((Int64(folder) << 32 | Int64(UInt32(bitPattern: week) ^ 0x8000_0000), position))
        }
        guard factsTotal < Int(UInt32.max), proseTotal < Int(UInt32.max), partners.count <= Int(UInt16.max) else { return nil }
        orders.sort { $0.order != $1.order ? $0.order < $1.order : $0.position < $1.position }

        var writer = IndexWriter()
        let partnerBytes = partners.reduce(0) { $0 + 4 + $1.utf8.count }
        writer.bytes.reserveCapacity(headerSize + 32 + partnerBytes + records.count * rowSize + factsTotal + proseTotal)
        writer.bytes.append(contentsOf: magic)
        writer.u32(version)
        writer.bytes.append(contentsOf: repeatElement(0, count: headerSize - writer.bytes.count))
        writer.i64(referenceTime)
        writer.u64(settingsStamp)
        writer.count(partners.count)
        writer.count(records.count)
        for partner in partners { writer.string(partner) }
        while writer.bytes.count % 8 != 0 { writer.byte(0) }
        var factsOffset = 0
        var proseOffset = 0
        for (_, position) in orders {
            let key: (folder: UInt8, week: Int32, flags: UInt8, partner: UInt16)
            let identity: FileIdentity
            let revision: Revision
            let factsCount: Int
            let proseCount: Int
            switch records[position] {
            case .trusted(let entry), .refreshed(let entry, _):
                guard let old else { return nil }
                let flags = old.flags(entry) | (old.proseStart == nil ? noProseFlag : 0)
                key = (old.folder(entry), old.week(entry), flags, oldPartnerNumbers[Int(old.partnerIndex(entry))])
                if case .refreshed(_, let fresh) = records[position] { identity = fresh } else { identity = old.identity(entry) }
                revision = old.revision(entry)
                factsCount = old.facts(entry).count
                proseCount = old.prose(entry).count
            case .encoded(let indexKey, let fresh, let parsed, let facts, let prose):
                key = (indexKey.folder, indexKey.week, (indexKey.lowercaseW ? lowercaseWFlag : 0) | (prose == nil ? noProseFlag : 0),
                       number(indexKey.partner))
                identity = fresh
                revision = parsed
                factsCount = facts.count
                proseCount = prose?.count ?? 0
            }
            writer.u32(UInt32(bitPattern: key.week))
            writer.byte(key.folder)
            writer.byte(key.flags)
            withUnsafeBytes(of: key.partner.littleEndian) { writer.bytes.append(contentsOf: $0) }
            writer.i64(identity.size)
            writer.i64(identity.modified)
            writer.i64(identity.changed)
            writer.u64(identity.inode)
            writer.u64(identity.device)
            writer.i64(Int64(revision.size))
            writer.u64(revision.hash)
            writer.count(factsOffset)
            writer.count(factsCount)
            writer.count(proseOffset)
            writer.count(proseCount)
            factsOffset += factsCount
            proseOffset += proseCount
        }
        for (_, position) in orders {
            switch records[position] {
            case .trusted(let entry), .refreshed(let entry, _): if let old { writer.bytes.append(contentsOf: old.facts(entry)) }
            case .encoded(_, _, _, let facts, _): writer.bytes.append(contentsOf: facts)
            }
        }
        let headEnd = writer.bytes.count
        for (_, position) in orders {
            switch records[position] {
            case .trusted(let entry), .refreshed(let entry, _): if let old { writer.bytes.append(contentsOf: old.prose(entry)) }
            case .encoded(_, _, _, _, let prose): if let prose { writer.bytes.append(contentsOf: prose) }
            }
        }
        let (headChecksum, proseChecksum) = writer.bytes.withUnsafeBytes { raw in
            (IndexChecksum.of(UnsafeRawBufferPointer(rebasing: raw[headerSize..<headEnd])), IndexChecksum.of(UnsafeRawBufferPointer(rebasing: raw[headEnd...])))
        }
        var header = IndexWriter()
        header.u64(UInt64(headEnd - headerSize))
        header.u64(headChecksum)
        header.u64(UInt64(writer.bytes.count - headEnd))
        header.u64(proseChecksum)
        writer.bytes.replaceSubrange(16..<headerSize, with: header.bytes)
        return writer.bytes
    }
}
