/// A folded query that finds itself in a field's UTF-8 without folding the whole field: folding every field
/// was most of a search's cost, so only where a scalar that can fold to the query's first scalar stands
/// does it fold onwards and compare. Finds exactly what folding the field and looking in that would find.
struct SearchNeedle {
    /// The folded query; never empty, never starts or ends with a space.
    let scalars: [UInt32]
    /// Every scalar whose folding holds `scalars[0]` (`c`, `C`, `ç`, `Ç`, `ĉ`...), sorted: where a match starts.
    let starts: [UInt32]
    /// The first UTF-8 bytes of `starts`, one bit each for 0x00-0x3F, 0x40-0x7F and 0xC0-0xFF: the scan tests
    /// each byte against these before decoding anything (0x80-0xBF only ever continue a scalar).
    private let leads: (UInt64, UInt64, UInt64)
    /// The ASCII bytes in `starts` (at most a letter and its capital), which the scan looks for eight at a time.
    private let asciiStarts: [UInt8]
    /// The lead bytes (0xC0 and up) of the starts beyond ASCII when they are few (`w`: 0xC5 for `ŵ`, 0xE1 for `ẁ`),
    /// which the scan then looks for as it does ASCII ones; nil when there are none or many. Without them, every
    /// lead of a multi-byte scalar was checked one by one: in Japanese prose, every character.
    private let multiByteLeads: [UInt8]?

    /// Nil when the query folds to nothing (blank, or only combining marks).
    init?(_ query: String) {
        let scalars = TextFolding.scalars(of: query)
        guard let first = scalars.first else { return nil }
        self.scalars = scalars
        // Only the table, ASCII capitals and the scalar itself can fold to `first`; folding each candidate
        // keeps the ones that really do (U+2002 is in the table's output but folds to a space itself).
        var candidates = TextFolding.sources(of: first)
        candidates.append(first)
        if (0x61...0x7A).contains(first) { candidates.append(first - 0x20) }
        starts = candidates.filter { ScalarFold($0).holds(first) }.sorted()
        var leads: (UInt64, UInt64, UInt64) = (0, 0, 0)
        for start in starts {
            guard let lead = Unicode.Scalar(start).flatMap({ UTF8.encode($0)?.first }) else { continue }
            switch lead {
            case ..<0x40: leads.0 |= 1 << UInt64(lead)
            case ..<0x80: leads.1 |= 1 << UInt64(lead - 0x40)
            default: leads.2 |= 1 << UInt64(lead & 0x3F)
            }
        }
        self.leads = leads
        asciiStarts = starts.filter { $0 < 0x80 }.map { UInt8($0) }
        let multiByte = (0..<64).filter { leads.2 >> UInt64($0) & 1 != 0 }.map { UInt8(0xC0 + $0) }
        multiByteLeads = multiByte.isEmpty || multiByte.count > Self.mostMultiByteLeads ? nil : multiByte
    }

    /// Where the query first occurs in `text`, as UTF-8 offsets: of the scalar the match starts in, and of
    /// the scalar the query's last folded scalar came from.
    func firstMatch(in text: String) -> (start: Int, last: Int)? {
        guard !text.isEmpty else { return nil }
        var text = text
        return text.withUTF8 { firstMatch(inBytes: $0) }
    }

    /// `firstMatch(in:)` over UTF-8 bytes, which may also be any bytes at all (a prefilter's scan of the index's
    /// prose, length prefixes and all): a match within some valid UTF-8 among them is still found.
    func firstMatch(inBytes bytes: UnsafeBufferPointer<UInt8>) -> (start: Int, last: Int)? {
        var index = 0
        // Eight bytes at a time while they last: most words hold no possible start at all.
        while index + 8 <= bytes.count {
            var flagged = maybeLeads(UInt64(littleEndian: UnsafeRawBufferPointer(bytes).loadUnaligned(
                fromByteOffset: index, as: UInt64.self)))
            while flagged != 0 {
                let position = index + flagged.trailingZeroBitCount / 8
                if let last = matchIfStart(bytes, at: position) { return (position, last) }
                flagged &= flagged - 1
            }
            index += 8
        }
        while index < bytes.count {
            if let last = matchIfStart(bytes, at: index) { return (index, last) }
            index += 1
        }
        return nil
    }

    /// More distinct lead bytes than this are not looked for one at a time (`o` has six).
    private static let mostMultiByteLeads = 6

    /// The high bit of each byte of `word` (eight bytes, first in the lowest) that may be a lead in `leads`:
    /// an ASCII start (exactly, bar a few false alarms above a real one), or, when some start is beyond ASCII,
    /// a lead byte of one of them (`multiByteLeads`, or any lead of a multi-byte scalar when they are many).
    /// Flagged bytes are checked one by one; unflagged ones cannot start.
    @inline(__always)
    private func maybeLeads(_ word: UInt64) -> UInt64 {
        let high: UInt64 = 0x8080_8080_8080_8080, low: UInt64 = 0x0101_0101_0101_0101
        func zeroBytes(_ value: UInt64) -> UInt64 { (value &- low) & ~value & high }
        let flagged = asciiStarts.reduce(0) { $0 | zeroBytes(word ^ (low &* UInt64($1))) }
        guard leads.2 != 0 else { return flagged }
        // Bytes 0xC0 and up: top two bits set (bit 6 moves into bit 7 of its own byte).
        let multiByte = word & (word << 1) & high
        guard multiByte != 0 else { return flagged }
        guard let multiByteLeads else { return flagged | multiByte }
        // Only among those bytes: a false alarm of the zero-byte test can then fall only on another lead.
        return flagged | (multiByteLeads.reduce(0) { $0 | zeroBytes(word ^ (low &* UInt64($1))) } & multiByte)
    }

    /// Whether the byte at `index` starts a scalar in `starts` and the query matches from there, giving the
    /// offset of the scalar the match ends in.
    @inline(__always)
    private func matchIfStart(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int? {
        let byte = bytes[index]
        guard isLead(byte) else { return nil }
        let (value, length) = Self.decode(bytes, at: index)
        // An ASCII lead byte is a start by construction; others share their lead with many scalars.
        guard byte < 0x80 || starts.contains(value) else { return nil }
        return match(bytes, at: index, value, length)
    }

    @inline(__always)
    private func isLead(_ byte: UInt8) -> Bool {
        switch byte {
        case ..<0x40: leads.0 >> UInt64(byte) & 1 != 0
        case ..<0x80: leads.1 >> UInt64(byte - 0x40) & 1 != 0
        case 0xC0...: leads.2 >> UInt64(byte & 0x3F) & 1 != 0
        default: false
        }
    }

    /// Whether the query starts at the scalar `value` found at `index` (anywhere in its folding: `s` in `ß`),
    /// giving the offset of the scalar the match ends in.
    private func match(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int, _ value: UInt32, _ length: Int) -> Int? {
        switch ScalarFold(value) {
        case .scalar(let folded):
            guard folded == scalars[0] else { return nil }
            return matchRest(bytes, from: index + length, matched: 1, last: index)
        case .expansion(let folded):
            for offset in folded.indices where folded[offset] == scalars[0] {
                let rest = folded[(offset + 1)...].prefix(scalars.count - 1)
                guard rest.elementsEqual(scalars[1..<(1 + rest.count)]) else { continue }
                if let last = matchRest(bytes, from: index + length, matched: 1 + rest.count, last: index) { return last }
            }
            return nil
        case .dropped, .space:
            return nil
        }
    }

    /// Folds on from `position` (just after a scalar that folded to something other than a space) comparing
    /// with the query from `matched`; the offset of the scalar the query's last scalar came from, or nil.
    private func matchRest(_ bytes: UnsafeBufferPointer<UInt8>, from position: Int, matched: Int, last: Int) -> Int? {
        var position = position, matched = matched, last = last, lastWasSpace = false
        while matched < scalars.count {
            guard position < bytes.count else { return nil }
            let (value, length) = Self.decode(bytes, at: position)
            switch ScalarFold(value) {
            case .dropped:
                break
            case .space:
                if !lastWasSpace {
                    guard scalars[matched] == 0x20 else { return nil }
                    matched += 1
                    last = position
                }
                lastWasSpace = true
            case .scalar(let folded):
                guard scalars[matched] == folded else { return nil }
                matched += 1
                last = position
                lastWasSpace = false
            case .expansion(let folded):
                for part in folded where matched < scalars.count {
                    guard scalars[matched] == part else { return nil }
                    matched += 1
                }
                last = position
                lastWasSpace = false
            }
            position += length
        }
        return last
    }

    /// The scalar starting at `index` and its length in bytes. In valid UTF-8 (a String's storage always is) every
    /// scalar is whole; in other bytes one cut short by their end is U+FFFD, one byte long, so no read runs past them.
    @inline(__always)
    private static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (UInt32, Int) {
        let lead = UInt32(bytes[index])
        if lead < 0x80 { return (lead, 1) }
        guard index + (lead < 0xE0 ? 1 : lead < 0xF0 ? 2 : 3) < bytes.count else { return (0xFFFD, 1) }
        func trail(_ offset: Int) -> UInt32 { UInt32(bytes[index + offset]) & 0x3F }
        if lead < 0xE0 { return ((lead & 0x1F) << 6 | trail(1), 2) }
        if lead < 0xF0 { return ((lead & 0x0F) << 12 | trail(1) << 6 | trail(2), 3) }
        return ((lead & 0x07) << 18 | trail(1) << 12 | trail(2) << 6 | trail(3), 4)
    }
}
