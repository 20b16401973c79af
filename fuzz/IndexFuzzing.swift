// The index half of the store's fuzz target: an input whose first byte is below `IndexTarget.count` is taken as
// forged index bytes (the index's checksum is no defence: anyone who can write `.hearth/index` can make one match).
// Whatever they hold, decoding must finish, never trap, and fail (so the load reads the file) rather than give a
// value no file could: the checks here are the invariants the decoders document.
@testable import HearthStore
import HearthDomain

/// What the rest of an index input is decoded as.
enum IndexTarget: UInt8, CaseIterable {
    /// One entry: a little-endian `UInt16` (taken modulo the bytes left plus one) giving the facts' length, the
    /// facts, then the prose; decoded by every check-in decoder and as a moments file.
    case entry
    /// A whole index file, its header's magic, version, head length and head checksum fixed up to pass (see
    /// `fixedHeader`); read as a load reads it, each entry decoded, and written again from it.
    case file

    static let count = UInt8(allCases.count)
}

/// The demo journal's words, as a load of it numbers them (`Store.indexWords`): the seeds come from its index.
private let demoWords = IndexWords(DemoJournal.profile.intimacyTypes.map(\.id) + DemoJournal.profile.partners.map(\.id)
    + DemoJournal.rituals(since: fuzzWeek).map(\.id))
private let demoTypes = DemoJournal.profile.intimacyTypes.map(\.id)
private let fuzzWeek = Week(containing: CivilDate(daysSinceEpoch: 20_775))
private let queries = ["walk", "a", "スマホ", "zzz"]

func decodeIndex(_ target: IndexTarget, _ raw: UnsafeRawBufferPointer) {
    switch target {
    case .entry:
        let length = raw.count >= 2 ? Int(raw.loadUnaligned(as: UInt16.self).littleEndian) % (raw.count - 1) : 0
        let start = min(2, raw.count)
        let facts = UnsafeRawBufferPointer(rebasing: raw[start..<start + length])
        let prose = UnsafeRawBufferPointer(rebasing: raw[(start + length)...])
        decodeEntry(facts: facts, prose: prose)
        decodeMoments(facts)
    case .file:
        var bytes = fixedHeader(raw)
        bytes.withUnsafeMutableBytes { readIndex(UnsafeRawBufferPointer($0)) }
    }
}

/// An entry's facts (and prose) decoded every way a load decodes a check-in, which must agree.
private func decodeEntry(facts: UnsafeRawBufferPointer, prose: UnsafeRawBufferPointer) {
    // Without prose: `list`'s way, the whole way, and the whole way sharing ratings.
    var whole = IndexReader(facts, words: demoWords)
    var noProse: IndexReader?
    let all = IndexCodec.decodeCheckIn(&whole, prose: &noProse, week: fuzzWeek, partner: "zoe")
    for spelled in [true, false] {
        let shared = SharedRatings(types: demoTypes)
        var list = IndexReader(facts, words: demoWords)
        let kept = IndexCodec.decodeRatingsAndSigns(&list, week: fuzzWeek, partner: "zoe", shared: shared, spelled: spelled)
        precondition(list.failed == whole.failed, "decodeRatingsAndSigns fails where decodeCheckIn does not, or the other way")
        var sharing = IndexReader(facts, words: demoWords)
        var none: IndexReader?
        let wholeShared = IndexCodec.decodeCheckIn(&sharing, prose: &none, week: fuzzWeek, partner: "zoe", ratings: shared, spelled: spelled)
        precondition(sharing.failed == whole.failed, "sharing ratings changes where decodeCheckIn fails")
        guard !whole.failed else { continue }
        precondition(list.offset == whole.offset && sharing.offset == whole.offset, "the decoders end in different places")
        precondition(wholeShared == all, "sharing ratings changes what decodeCheckIn gives")
        precondition(kept.ratings == all.ratings && kept.warningSigns == all.warningSigns && kept.preserved == all.preserved,
                     "decodeRatingsAndSigns disagrees with decodeCheckIn")
    }
    // With prose: the whole way, and a search's way for a few queries, which keeps what the search keeps of it.
    var withProse = IndexReader(facts, words: demoWords)
    var proseReader: IndexReader? = IndexReader(prose)
    let full = IndexCodec.decodeCheckIn(&withProse, prose: &proseReader, week: fuzzWeek, partner: "zoe")
    let fullFailed = withProse.failed || proseReader?.failed == true
    if !fullFailed { reencode(full) }
    for query in queries {
        for includePrivate in [false, true] {
            let filter = ProseFilter(test: SearchPrefilter(query: query), includePrivate: includePrivate)
            var matching = IndexReader(facts, words: demoWords)
            var matchingProse: IndexReader? = IndexReader(prose)
            let got = IndexCodec.decodeCheckIn(&matching, prose: &matchingProse, week: fuzzWeek, partner: "zoe", filter: filter)
            let failed = matching.failed || matchingProse?.failed == true
            precondition(failed == fullFailed, "decodeMatching fails where decodeCheckIn does not, or the other way")
            guard !failed else { continue }
            precondition(got == JournalSearch.keepingMatches(of: query, includePrivate: includePrivate)(full),
                         "decodeMatching keeps other than the search keeps")
        }
    }
}

/// A check-in decoded whole, encoded again as a load encodes a parsed one: that decodes to it again (a value the
/// decoders took as some other, or a score whose encoding is another's, would not).
private func reencode(_ checkIn: CheckIn) {
    var facts = IndexWriter()
    facts.words = demoWords
    var prose = IndexWriter()
    IndexCodec.encode(checkIn, into: &facts, prose: &prose)
    var factsReader = IndexReader(facts.written, words: demoWords)
    var proseReader: IndexReader? = IndexReader(prose.written)
    let again = IndexCodec.decodeCheckIn(&factsReader, prose: &proseReader, week: fuzzWeek, partner: "zoe")
    precondition(!factsReader.failed && proseReader?.failed == false && again == checkIn, "a decoded check-in does not survive encoding")
}

private func decodeMoments(_ facts: UnsafeRawBufferPointer) {
    var reader = IndexReader(facts, words: demoWords)
    _ = IndexCodec.decodeMoments(&reader, week: fuzzWeek, partner: "zoe")
}

/// `raw` as an index file this build would take past its checks of the header: magic and version set, the head's
/// length taken modulo what follows the header, its checksum made to match, and, when the version field's
/// unused half says so (bit 0 of byte 12), the prose's length made the rest of the file.
private func fixedHeader(_ raw: UnsafeRawBufferPointer) -> [UInt8] {
    var bytes = Array(raw)
    if bytes.count < JournalIndex.headerSize { bytes += [UInt8](repeating: 0, count: JournalIndex.headerSize - bytes.count) }
    func put(_ value: UInt64, at offset: Int) {
        withUnsafeBytes(of: value.littleEndian) { bytes.replaceSubrange(offset..<offset + 8, with: $0) }
    }
    bytes.replaceSubrange(0..<8, with: JournalIndex.magic)
    withUnsafeBytes(of: JournalIndex.version.littleEndian) { bytes.replaceSubrange(8..<12, with: $0) }
    let after = bytes.count - JournalIndex.headerSize
    let stored = bytes.withUnsafeBytes { $0.loadUnaligned(fromByteOffset: 16, as: UInt64.self).littleEndian }
    let headLength = Int(stored % UInt64(after + 1))
    put(UInt64(headLength), at: 16)
    let headEnd = JournalIndex.headerSize + headLength
    put(bytes.withUnsafeBytes { IndexChecksum.of(UnsafeRawBufferPointer(rebasing: $0[JournalIndex.headerSize..<headEnd])) }, at: 24)
    if bytes[12] & 1 != 0 { put(UInt64(bytes.count - headEnd), at: 32) }
    return bytes
}

/// The settings stamp a head holds (after its reference time), so the fuzzer need not guess it.
private func stamp(_ raw: UnsafeRawBufferPointer) -> UInt64 {
    let at = JournalIndex.headerSize + 8
    return raw.count >= at + 8 ? raw.loadUnaligned(fromByteOffset: at, as: UInt64.self).littleEndian : 0
}

/// Reads `raw` as every load reads an index (the head alone, then a batch of prose; or whole), decodes each entry,
/// and writes the index again from it, as a load that trusted every entry would; what is written must read back.
private func readIndex(_ raw: UnsafeRawBufferPointer) {
    let settings = stamp(raw)
    let headEnd = JournalIndex.headLength(header: raw)
    precondition(headEnd >= JournalIndex.headerSize && headEnd <= raw.count, "fixedHeader made a head that does not fit")
    let margin = IndexUse.standard.racyMargin
    if var head = JournalIndex(UnsafeRawBufferPointer(rebasing: raw[..<headEnd]), settingsStamp: settings, racyMargin: margin, prose: false) {
        visitEntries(head)
        // A batch's prose, as `withProse` reads it: the chunks holding the first half of the rows.
        let chunks = head.chunks(holding: 0..<(head.count + 1) / 2)
        if !chunks.isEmpty {
            let start = head.chunkStart(chunks.lowerBound)
            let end = head.chunkEnd(chunks.upperBound - 1)
            let proseBytes = UnsafeRawBufferPointer(rebasing: raw[headEnd...])
            let window = UnsafeRawBufferPointer(rebasing: proseBytes[min(start, proseBytes.count)..<min(max(start, end), proseBytes.count)])
            head.window = head.checkedWindow(window, chunks: chunks)
            visitEntries(head)
        }
        rewrite(head, settings: settings)
    }
    if let whole = JournalIndex(raw, settingsStamp: settings, racyMargin: margin, prose: true) {
        visitEntries(whole)
        rewrite(whole, settings: settings)
    }
}

/// Everything a load asks of each entry (at most a few thousand of them).
private func visitEntries(_ index: JournalIndex) {
    for entry in 0..<min(index.count, 4_096) {
        let key = index.key(entry)
        let found = index.find(folder: key.folder, week: key.week, lowercaseW: key.lowercaseW, partner: key.partner)
        precondition(found.map { index.key($0) == key } ?? false, "an entry's own key does not find it")
        _ = index.isRacy(index.identity(entry))
        _ = index.revision(entry)
        _ = index.hasProse(entry)
        let prose = index.prose(entry)
        var facts = IndexReader(index.facts(entry), words: demoWords)
        var proseReader = prose.map { IndexReader($0) }
        _ = IndexCodec.decodeCheckIn(&facts, prose: &proseReader, week: fuzzWeek, partner: key.partner)
        if let prose, entry < 8 { decodeEntry(facts: index.facts(entry), prose: prose) }
        decodeMoments(index.facts(entry))
    }
    _ = index.holdsAllProse
}

/// The index written again keeping every entry of `old` (one of two refreshed), as a load that trusted them all.
private func rewrite(_ old: JournalIndex, settings: UInt64) {
    let records = (0..<old.count).map { entry in
        entry % 2 == 0 ? IndexRecord.trusted(entry) : .refreshed(entry, FileIdentity(size: 1, modified: 2, changed: 3, inode: 4, device: 5))
    }
    guard let bytes = JournalIndex.encode(records, referenceTime: 1_000_000_000, settingsStamp: settings, old: old) else { return }
    bytes.withUnsafeBytes { raw in
        let again = JournalIndex(raw, settingsStamp: settings, racyMargin: old.racyMargin, prose: true)
        precondition(again?.count == old.count, "an index written from a readable one does not read back")
    }
}
