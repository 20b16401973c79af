#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Words many entries share (intimacy type, ritual and partner ids), written as their number in the list rather
/// than spelled out: the index is valid only for the profile and rituals it was written with (its settings
/// stamp), so the list a load makes from them is the list the index was written with.
struct IndexWords: Sendable {
    /// A string's length in the index with this bit set is instead its number in `list`.
    static let marker: UInt32 = 0x8000_0000
    let list: [String]
    /// The words' UTF-8 bytes by their length, each with its number: a lookup compares only the words as long
    /// as the text, and most texts written (empty, or longer than any id) meet none.
    private let byLength: [[(bytes: [UInt8], number: UInt32)]]

    init(_ words: [String]) {
        var list: [String] = []
        var byLength: [[(bytes: [UInt8], number: UInt32)]] = []
        for word in words {
            let bytes = Array(word.utf8)
            if bytes.count >= byLength.count { byLength += Array(repeating: [], count: bytes.count + 1 - byLength.count) }
            guard !byLength[bytes.count].contains(where: { $0.bytes == bytes }) else { continue }
            byLength[bytes.count].append((bytes, UInt32(list.count)))
            list.append(word)
        }
        self.list = list
        self.byLength = byLength
    }

    static let none = IndexWords([])

    /// `text`'s number in `list`.
    func number(of text: String) -> UInt32? {
        var text = text
        return text.withUTF8 { number(of: $0) }
    }

    /// The number in `list` of the word spelled by `utf8`. Not hashed: hashing every string written, most of them
    /// in no list, cost more than comparing the few words of the same length. Byte by byte: `==` on strings would
    /// take a canonically equivalent spelling (of the same length) for the word, and the index would give back the
    /// word's bytes instead of the text's; and compared as memory, which a cold load's profile showed generic
    /// `elementsEqual` over two UTF-8 views to cost about a millisecond.
    func number(of utf8: UnsafeBufferPointer<UInt8>) -> UInt32? {
        guard utf8.count < byLength.count else { return nil }
        for candidate in byLength[utf8.count] {
            let equal = candidate.bytes.withUnsafeBufferPointer { word in
                guard let wordStart = word.baseAddress, let textStart = utf8.baseAddress else { return true }
                return memcmp(wordStart, textStart, utf8.count) == 0
            }
            if equal { return candidate.number }
        }
        return nil
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

    /// A number a file could have held, in `range`: any other is damage (or forgery) and fails the reader, so a
    /// value no file could give never reaches code that trusts it (a day count near `Int64.max` overflowed
    /// the calendar arithmetic and stopped the program).
    mutating func i64(within range: ClosedRange<Int64>) -> Int64 {
        let value = i64()
        guard range.contains(value) else {
            failed = true
            return range.lowerBound
        }
        return value
    }

    /// A byte coding one of `count` cases (a flag: 2), as `IndexCodec.code(of:in:)` wrote it: any other is one no
    /// file could give (a forged index), and fails the reader rather than stand for some case; 0 when it fails.
    mutating func code(below count: Int) -> Int {
        let code = Int(byte())
        guard code < count else {
            failed = true
            return 0
        }
        return failed ? 0 : code
    }

    /// Fails the reader for a value read whole that no file a load accepts could hold (see `IndexCodec.rating`).
    mutating func fail() { failed = true }

    /// A count of things stored after it, each at least a byte long: one larger than the bytes left is damage
    /// (or forgery: the checksum is no defence against that), and fails the reader before any loop runs to it.
    mutating func count() -> Int {
        let count = Int(u32())
        guard count <= raw.count - offset else {
            failed = true
            return 0
        }
        return count
    }

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
