/// Words many entries share (intimacy type, ritual and partner ids), written as their number in the list rather
/// than spelled out: the index is valid only for the profile and rituals it was written with (its settings
/// stamp), so the list a load makes from them is the list the index was written with.
struct IndexWords: Sendable {
    /// A string's length in the index with this bit set is instead its number in `list`.
    static let marker: UInt32 = 0x8000_0000
    let list: [String]
    /// The words by their length in UTF-8 bytes, each with its number: a lookup compares only the words as long
    /// as the text, and most texts written (empty, or longer than any id) meet none.
    private let byLength: [[(word: String, number: UInt32)]]

    init(_ words: [String]) {
        var list: [String] = []
        var byLength: [[(word: String, number: UInt32)]] = []
        for word in words {
            let length = word.utf8.count
            if length >= byLength.count { byLength += Array(repeating: [], count: length + 1 - byLength.count) }
            guard !byLength[length].contains(where: { $0.word.utf8.elementsEqual(word.utf8) }) else { continue }
            byLength[length].append((word, UInt32(list.count)))
            list.append(word)
        }
        self.list = list
        self.byLength = byLength
    }

    static let none = IndexWords([])

    /// `text`'s number in `list`. Not hashed: hashing every string written, most of them in no list, cost more
    /// than comparing the few words of the same length.
    func number(of text: String) -> UInt32? {
        let length = text.utf8.count
        guard length < byLength.count else { return nil }
        // Byte by byte: `==` on strings would take a canonically equivalent spelling (of the same length) for the
        // word, and the index would give back the word's bytes instead of the text's.
        for candidate in byLength[length] where candidate.word.utf8.elementsEqual(text.utf8) { return candidate.number }
        return nil
    }
}

/// Appends little-endian integers and length-prefixed strings: the index's whole encoding, no Codable.
struct IndexWriter {
    var bytes: [UInt8] = []
    var words = IndexWords.none
    /// Keeps nothing: the prose of a load that does not keep it, which encoders may skip writing at all.
    let discarding: Bool

    init(discarding: Bool = false) {
        self.discarding = discarding
    }

    mutating func byte(_ value: UInt8) {
        if !discarding { bytes.append(value) }
    }

    mutating func u32(_ value: UInt32) { integer(value) }

    mutating func u64(_ value: UInt64) { integer(value) }

    /// Byte by byte, low byte first: appending the integer's memory as a buffer went through a generic path
    /// that took about twice as long in a profile of a cold `list`.
    private mutating func integer<Value: FixedWidthInteger>(_ value: Value) {
        if discarding { return }
        for shift in stride(from: 0, to: Value.bitWidth, by: 8) { bytes.append(UInt8(truncatingIfNeeded: value >> shift)) }
    }

    mutating func i64(_ value: Int64) { u64(UInt64(bitPattern: value)) }

    mutating func count(_ value: Int) { u32(UInt32(truncatingIfNeeded: value)) }

    mutating func string(_ text: String) {
        if discarding { return }
        // Not looked up without words (prose): no prose is a word.
        if !words.list.isEmpty, let number = words.number(of: text) {
            u32(IndexWords.marker | number)
            return
        }
        var text = text
        text.withUTF8 { utf8 in
            count(utf8.count)
            bytes.append(contentsOf: utf8)
        }
    }

}

/// Stores little-endian integers and bytes into memory sized beforehand: the whole index's assembly, without
/// an array's capacity checks at every field.
struct IndexCursor {
    let raw: UnsafeMutableRawBufferPointer
    var offset = 0

    mutating func put<Value: FixedWidthInteger>(_ value: Value) {
        raw.storeBytes(of: value.littleEndian, toByteOffset: offset, as: Value.self)
        offset += MemoryLayout<Value>.size
    }

    mutating func put(_ bytes: UnsafeRawBufferPointer) {
        UnsafeMutableRawBufferPointer(rebasing: raw[offset..<offset + bytes.count]).copyMemory(from: bytes)
        offset += bytes.count
    }

    mutating func put(_ bytes: [UInt8]) {
        bytes.withUnsafeBytes { put($0) }
    }
}

/// Reads what `IndexWriter` wrote, straight from the bytes; every read is bounds-checked and a short or
/// malformed input sets `failed` (the caller then treats the whole index as absent).
struct IndexReader {
    let raw: UnsafeRawBufferPointer
    var offset: Int
    private(set) var failed = false

    let words: [String]

    init(_ raw: UnsafeRawBufferPointer, from offset: Int = 0, words: IndexWords = .none) {
        self.raw = raw
        self.offset = offset
        self.words = words.list
    }

    var atEnd: Bool { offset >= raw.count }

    private mutating func take(_ count: Int) -> Int? {
        guard !failed, count >= 0, raw.count - offset >= count else {
            failed = true
            return nil
        }
        defer { offset += count }
        return offset
    }

    mutating func byte() -> UInt8 {
        guard let at = take(1) else { return 0 }
        return raw[at]
    }

    mutating func u32() -> UInt32 {
        guard let at = take(4) else { return 0 }
        return UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: at, as: UInt32.self))
    }

    mutating func u64() -> UInt64 {
        guard let at = take(8) else { return 0 }
        return UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: at, as: UInt64.self))
    }

    mutating func i64() -> Int64 { Int64(bitPattern: u64()) }

    mutating func count() -> Int { Int(u32()) }

    mutating func string() -> String {
        let stored = u32()
        if stored & IndexWords.marker != 0 {
            let number = Int(stored & ~IndexWords.marker)
            guard number < words.count else {
                failed = true
                return ""
            }
            return words[number]
        }
        let length = Int(stored)
        guard let at = take(length) else { return "" }
        return String(decoding: UnsafeRawBufferPointer(rebasing: raw[at..<at + length]), as: UTF8.self)
    }

    /// The bytes of a string spelled out (prose never names a word by number: that fails the read), without
    /// making it; empty when the read failed.
    mutating func stringBytes() -> UnsafeRawBufferPointer {
        let stored = u32()
        if stored & IndexWords.marker != 0 { failed = true }
        guard let at = take(Int(stored)) else { return UnsafeRawBufferPointer(rebasing: raw[0..<0]) }
        return UnsafeRawBufferPointer(rebasing: raw[at..<at + Int(stored)])
    }

    /// The bytes of a string spelled out, without making it; nil for a word written as its number (checked as
    /// `string()` checks it) or when the read failed.
    mutating func spelledBytes() -> UnsafeRawBufferPointer? {
        let stored = u32()
        if stored & IndexWords.marker != 0 {
            if Int(stored & ~IndexWords.marker) >= words.count { failed = true }
            return nil
        }
        guard let at = take(Int(stored)) else { return nil }
        return UnsafeRawBufferPointer(rebasing: raw[at..<at + Int(stored)])
    }

    /// A string from `stringBytes`.
    static func string(_ bytes: UnsafeRawBufferPointer) -> String {
        bytes.isEmpty ? "" : String(decoding: bytes, as: UTF8.self)
    }

    /// Passes over a string without making it; fails where `string()` would.
    mutating func skipString() {
        let stored = u32()
        if stored & IndexWords.marker == 0 {
            _ = take(Int(stored))
        } else if Int(stored & ~IndexWords.marker) >= words.count {
            failed = true
        }
    }

    /// Passes over `count` bytes, returning where they start.
    mutating func skip(_ count: Int) -> Int? { take(count) }
}

/// A fast checksum of the index body, four independent lanes so it runs near memory speed: it only has to
/// catch a cut or damaged file, not an attacker (the index is the device's own cache).
enum IndexChecksum {
    static func of(_ raw: UnsafeRawBufferPointer) -> UInt64 {
        var lanes: (UInt64, UInt64, UInt64, UInt64) = (0x9E37_79B9_7F4A_7C15, 0xC2B2_AE3D_27D4_EB4F, 0x1656_67B1_9E37_79F9, 0x85EB_CA77_C2B2_AE63)
        let prime: UInt64 = 0xFF51_AFD7_ED55_8CCD
        var offset = 0
        while offset + 32 <= raw.count {
            lanes.0 = (lanes.0 ^ raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self)) &* prime
            lanes.1 = (lanes.1 ^ raw.loadUnaligned(fromByteOffset: offset + 8, as: UInt64.self)) &* prime
            lanes.2 = (lanes.2 ^ raw.loadUnaligned(fromByteOffset: offset + 16, as: UInt64.self)) &* prime
            lanes.3 = (lanes.3 ^ raw.loadUnaligned(fromByteOffset: offset + 24, as: UInt64.self)) &* prime
            lanes.0 ^= lanes.0 >> 29
            lanes.1 ^= lanes.1 >> 29
            lanes.2 ^= lanes.2 >> 29
            lanes.3 ^= lanes.3 >> 29
            offset += 32
        }
        var state = lanes.0 ^ (lanes.1 &* 3) ^ (lanes.2 &* 5) ^ (lanes.3 &* 7) ^ UInt64(raw.count)
        state ^= Revision.hash(UnsafeRawBufferPointer(rebasing: raw[offset...]))
        state = (state ^ (state >> 33)) &* 0xC4CE_B9FE_1A85_EC53
        return state ^ (state >> 33)
    }
}
