/// Appends little-endian integers and length-prefixed strings: the index's whole encoding, no Codable.
///
/// Into memory of its own rather than an array: an array's uniqueness and capacity checks at every byte appended
/// were most of what encoding cost a cold load (perf). Not copyable: its memory has one owner, and goes with it.
struct IndexWriter: ~Copyable {
    private var base: UnsafeMutableRawPointer
    private var capacity: Int
    /// How many bytes are written.
    private(set) var length = 0
    var words = IndexWords.none
    /// Keeps nothing: the prose of a load that does not keep it, which encoders may skip writing at all.
    let discarding: Bool

    init(discarding: Bool = false) {
        self.discarding = discarding
        capacity = 0
        base = .allocate(byteCount: 0, alignment: 8)
    }

    deinit { base.deallocate() }

    /// The bytes written, valid until the next write.
    var written: UnsafeRawBufferPointer { UnsafeRawBufferPointer(start: base, count: length) }

    /// A copy of the bytes written.
    var bytes: [UInt8] { Array(written) }

    /// Makes room for `total` bytes in all, so that writing up to that many allocates nothing more.
    mutating func reserveCapacity(_ total: Int) {
        if total > capacity, !discarding { resize(to: total) }
    }

    private mutating func resize(to newCapacity: Int) {
        let grown = UnsafeMutableRawPointer.allocate(byteCount: newCapacity, alignment: 8)
        grown.copyMemory(from: base, byteCount: length)
        base.deallocate()
        base = grown
        capacity = newCapacity
    }

    /// Where the next `count` bytes go, counted as written. Inlined, as are the writes below: called for each field of
    /// each file a cold load parses, the calls cost more than the stores (callgrind).
    @inline(__always)
    private mutating func room(_ count: Int) -> UnsafeMutableRawPointer {
        if capacity - length < count { resize(to: max(capacity * 2, length + count, 64)) }
        defer { length += count }
        return base + length
    }

    @inline(__always)
    mutating func byte(_ value: UInt8) {
        if !discarding { room(1).storeBytes(of: value, as: UInt8.self) }
    }

    @inline(__always)
    mutating func u32(_ value: UInt32) { integer(value) }

    @inline(__always)
    mutating func u64(_ value: UInt64) { integer(value) }

    @inline(__always)
    private mutating func integer<Value: FixedWidthInteger>(_ value: Value) {
        if !discarding { room(MemoryLayout<Value>.size).storeBytes(of: value.littleEndian, as: Value.self) }
    }

    @inline(__always)
    mutating func i64(_ value: Int64) { u64(UInt64(bitPattern: value)) }

    @inline(__always)
    mutating func count(_ value: Int) { u32(UInt32(truncatingIfNeeded: value)) }

    mutating func string(_ text: String) {
        if discarding { return }
        // Read in place (a copy to call `withUTF8` on cost a retain and a release per string); a string without
        // contiguous UTF-8 is copied.
        if text.utf8.withContiguousStorageIfAvailable({ string(utf8: $0) }) == nil {
            var text = text
            text.withUTF8 { string(utf8: $0) }
        }
    }

    private mutating func string(utf8: UnsafeBufferPointer<UInt8>) {
        // Not looked up without words (prose): no prose is a word.
        if !words.list.isEmpty, let number = words.number(of: utf8) {
            u32(IndexWords.marker | number)
            return
        }
        count(utf8.count)
        if let start = utf8.baseAddress, !utf8.isEmpty { room(utf8.count).copyMemory(from: start, byteCount: utf8.count) }
    }
}
