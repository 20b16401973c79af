/// An opaque fingerprint of a file as it was read: its size and a 64-bit hash of its content.
///
/// Content rather than modification time: a sync tool rewriting identical bytes is no change,
/// and an edit within one clock tick still is one.
public struct Revision: Hashable, Sendable {
    let size: Int
    let hash: UInt64

    /// A revision as the index kept it.
    init(size: Int, hash: UInt64) {
        self.size = size
        self.hash = hash
    }

    /// The revision of a file with these bytes.
    init(_ bytes: [UInt8]) {
        self = bytes.withUnsafeBufferPointer { Revision($0) }
    }

    /// The revision of a file with these bytes.
    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        size = bytes.count
        hash = Self.hash(UnsafeRawBufferPointer(bytes))
    }

    /// A fast 64-bit hash, eight bytes at a time: it only has to tell versions of one file apart.
    static func hash(_ raw: UnsafeRawBufferPointer) -> UInt64 {
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(raw.count)
        var offset = 0
        while offset + 8 <= raw.count {
            let word = raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
            state = (state ^ word) &* 0xFF51_AFD7_ED55_8CCD
            state ^= state >> 32
            offset += 8
        }
        while offset < raw.count {
            state = (state ^ UInt64(raw[offset])) &* 0x0100_0000_01B3
            offset += 1
        }
        state ^= state >> 33
        state = state &* 0xC4CE_B9FE_1A85_EC53
        return state ^ (state >> 33)
    }
}
