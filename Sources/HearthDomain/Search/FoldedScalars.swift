/// What one scalar folds to through the fold table: one to three scalars (`É` -> `e`, `ß` -> `ss`, `ﬃ` -> `ffi`),
/// packed in one integer, so that the table holds no array per entry.
struct FoldedScalars: RandomAccessCollection, Hashable, Sendable {
    /// The most scalars an entry holds (the generated table's longest folding is three).
    static let capacity = 3
    private static let bits: UInt64 = 21
    private var packed: UInt64 = 0
    private var length: UInt8 = 0

    init() {}

    init(_ values: some Sequence<UInt32>) {
        for value in values { append(value) }
    }

    var startIndex: Int { 0 }
    var endIndex: Int { Int(length) }

    subscript(position: Int) -> UInt32 {
        UInt32(truncatingIfNeeded: packed >> (Self.bits * UInt64(position))) & 0x1F_FFFF
    }

    /// Adds `value` (a Unicode scalar, at most 21 bits); false, and nothing added, when already full.
    @discardableResult
    mutating func append(_ value: UInt32) -> Bool {
        guard Int(length) < Self.capacity else { return false }
        packed |= UInt64(value & 0x1F_FFFF) << (Self.bits * UInt64(length))
        length += 1
        return true
    }
}
