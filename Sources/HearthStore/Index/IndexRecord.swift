/// One entry of the index a load would write: an entry of the index it read, or a file it parsed.
enum IndexRecord: Sendable {
    /// The old entry, taken on its stat data alone and unchanged.
    case trusted(Int)
    /// The old entry's value and revision at new stat data: the file was read and its bytes were the cached version's
    /// (boxed, as `encoded`, so that a record is a word or two).
    indirect case refreshed(Int, FileIdentity)
    /// A file parsed anew, its value encoded as facts and prose, nil when parsed without (boxed: most
    /// records are the small cases).
    indirect case encoded(IndexKey, FileIdentity, Revision, facts: IndexSpan, prose: IndexSpan?)

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
    /// The bytes of a whole index holding `records` in one buffer; nil when it would be too large for its 32-bit
    /// offsets. See `layout`.
    static func encode(_ records: [IndexRecord], referenceTime: Int64, settingsStamp: UInt64, old: JournalIndex?) -> [UInt8]? {
        layout(records, referenceTime: referenceTime, settingsStamp: settingsStamp, old: old)?.joined()
    }

    /// A whole index holding `records`, laid out to be written without assembling it; nil when it would be too
    /// large for its 32-bit offsets. An entry of `old` whose prose it did not read, or read damaged, is kept
    /// without its prose (see `noProseFlag`).
    static func layout(_ records: [IndexRecord], referenceTime: Int64, settingsStamp: UInt64, old: JournalIndex?) -> IndexLayout? {
        // Each row's key, and the partner ids once, numbered in order of first use.
        var numbering = PartnerNumbering()
        var oldPartnerNumbers: [UInt16] = []
        if let old { oldPartnerNumbers = old.partners.map { numbering.number($0) } }
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
                proseTotal += old.prose(entry)?.count ?? 0
            case .encoded(let key, _, _, let facts, let prose):
                folder = key.folder
                week = key.week
                _ = numbering.number(key.partner)
                factsTotal += facts.count
                proseTotal += prose?.count ?? 0
            }
            orders.append((Int64(folder) << 32 | Int64(UInt32(bitPattern: week) ^ 0x8000_0000), position))
        }
        let partners = numbering.partners
        guard factsTotal < Int(UInt32.max), proseTotal < Int(UInt32.max), partners.count <= Int(UInt16.max) else { return nil }
        orders.sort { $0.order != $1.order ? $0.order < $1.order : $0.position < $1.position }
        let chunkEnds = proseChunkEnds(orders.map { records[$0.position] }, old: old)

        let partnerBytes = partners.reduce(0) { $0 + 4 + $1.utf8.count }
        let chunkTable = (headerSize + 28 + partnerBytes + 7) & ~7
        let rowsStart = chunkTable + chunkEnds.count * chunkRowSize
        let factsStart = rowsStart + records.count * rowSize
        var facts = IndexRuns()
        var prose = IndexRuns()
        // Stored into memory of the final size: growing an array field by field cost more than the rest.
        let head = [UInt8](unsafeUninitializedCapacity: factsStart) { buffer, initialized in
            let raw = UnsafeMutableRawBufferPointer(buffer)
            raw.initializeMemory(as: UInt8.self, repeating: 0)
            initialized = factsStart
            var cursor = IndexCursor(raw: raw)
            cursor.put(magic)
            cursor.put(version)
            cursor.offset = headerSize
            cursor.put(referenceTime)
            cursor.put(settingsStamp)
            cursor.put(UInt32(partners.count))
            cursor.put(UInt32(records.count))
            cursor.put(UInt32(chunkEnds.count))
            for partner in partners {
                cursor.put(UInt32(partner.utf8.count))
                cursor.put(Array(partner.utf8))
            }
            cursor.offset = rowsStart
            for (_, position) in orders {
                let key: (folder: UInt8, week: Int32, flags: UInt8, partner: UInt16)
                let identity: FileIdentity
                let revision: Revision
                let factsOffset = facts.count
                let proseOffset = prose.count
                switch records[position] {
                case .trusted(let entry), .refreshed(let entry, _):
                    guard let old else { continue }
                    let oldProse = old.prose(entry)
                    let flags = old.flags(entry) | (oldProse == nil ? noProseFlag : 0)
                    key = (old.folder(entry), old.week(entry), flags, oldPartnerNumbers[Int(old.partnerIndex(entry))])
                    if case .refreshed(_, let fresh) = records[position] { identity = fresh } else { identity = old.identity(entry) }
                    revision = old.revision(entry)
                    facts.append(old.facts(entry))
                    if let oldProse { prose.append(oldProse) }
                case .encoded(let indexKey, let fresh, let parsed, let factBytes, let proseBytes):
                    key = (indexKey.folder, indexKey.week, (indexKey.lowercaseW ? lowercaseWFlag : 0) | (proseBytes == nil ? noProseFlag : 0),
                           numbering.number(indexKey.partner))
                    identity = fresh
                    revision = parsed
                    facts.append(factBytes)
                    if let proseBytes { prose.append(proseBytes) }
                }
                cursor.put(UInt32(bitPattern: key.week))
                cursor.put(key.folder)
                cursor.put(key.flags)
                cursor.put(key.partner)
                cursor.put(identity.size)
                cursor.put(identity.modified)
                cursor.put(identity.changed)
                cursor.put(identity.inode)
                cursor.put(identity.device)
                cursor.put(Int64(revision.size))
                cursor.put(revision.hash)
                cursor.put(UInt32(factsOffset))
                cursor.put(UInt32(facts.count - factsOffset))
                cursor.put(UInt32(proseOffset))
                cursor.put(UInt32(prose.count - proseOffset))
            }
            cursor.offset = chunkTable
            for (end, checksum) in zip(chunkEnds, prose.checksums(endingAt: chunkEnds)) {
                cursor.put(UInt64(end))
                cursor.put(checksum)
            }
            // The head's checksum runs on from its rows into the facts, which lie elsewhere.
            var checksum = IndexChecksum()
            checksum.add(UnsafeRawBufferPointer(rebasing: UnsafeRawBufferPointer(raw)[headerSize...]))
            facts.forEachRun { checksum.add($0) }
            cursor.offset = 16
            cursor.put(UInt64(factsStart + facts.count - headerSize))
            cursor.put(checksum.value)
            cursor.put(UInt64(prose.count))
        }
        return IndexLayout(head: head, facts: facts, prose: prose)
    }

    /// Where each chunk of the prose ends, for `records` in row order: a chunk ends after the entry that
    /// brings it to `chunkSize` bytes, so every entry's prose lies in one chunk.
    private static func proseChunkEnds(_ records: [IndexRecord], old: JournalIndex?) -> [Int] {
        var ends: [Int] = []
        var written = 0
        for record in records {
            switch record {
            case .trusted(let entry), .refreshed(let entry, _): written += old?.prose(entry)?.count ?? 0
            case .encoded(_, _, _, _, let prose): written += prose?.count ?? 0
            }
            if written - (ends.last ?? 0) >= chunkSize { ends.append(written) }
        }
        if written > (ends.last ?? 0) { ends.append(written) }
        return ends
    }
}

/// The partner ids of an index's rows, numbered in order of first use. A value of its own rather than a local function
/// over two captured variables: those were boxed, and each call checked its access to them at run time.
private struct PartnerNumbering {
    private(set) var partners: [String] = []
    private var numbers: [String: UInt16] = [:]

    mutating func number(_ partner: String) -> UInt16 {
        // A journal's few partners are found by comparing (as the dictionary compares), without hashing each row's.
        if partners.count <= 8 {
            if let known = partners.firstIndex(of: partner) { return UInt16(truncatingIfNeeded: known) }
        } else if let known = numbers[partner] {
            return known
        }
        let next = UInt16(truncatingIfNeeded: partners.count)
        numbers[partner] = next
        partners.append(partner)
        return next
    }
}
