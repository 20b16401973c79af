/// A fast checksum of the index body, four independent lanes so it runs near memory speed: it only has to
/// catch a cut or damaged file, not an attacker (the index is the device's own cache).
///
/// Taken whole (`of`) or piece by piece (`add`, then `value`): the same bytes give the same value however they
/// are cut, so an index written from its pieces, never assembled, is checked like one read whole.
struct IndexChecksum {
    private static let prime: UInt64 = 0xFF51_AFD7_ED55_8CCD
    private var lanes: (UInt64, UInt64, UInt64, UInt64) = (0x9E37_79B9_7F4A_7C15, 0xC2B2_AE3D_27D4_EB4F, 0x1656_67B1_9E37_79F9, 0x85EB_CA77_C2B2_AE63)
    private var count = 0
    /// The start of a 32-byte block a piece ended inside, finished by the next piece.
    private var carry: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
    private var carried = 0

    static func of(_ raw: UnsafeRawBufferPointer) -> UInt64 {
        var checksum = IndexChecksum()
        checksum.add(raw)
        return checksum.value
    }

    /// Takes in the next bytes.
    mutating func add(_ raw: UnsafeRawBufferPointer) {
        count += raw.count
        var offset = 0
        if carried > 0 {
            let taken = min(32 - carried, raw.count)
            let from = carried
            withUnsafeMutableBytes(of: &carry) { block in
                UnsafeMutableRawBufferPointer(rebasing: block[from..<from + taken]).copyMemory(from: UnsafeRawBufferPointer(rebasing: raw[0..<taken]))
            }
            carried += taken
            offset = taken
            guard carried == 32 else { return }
            let block = carry
            _ = withUnsafeBytes(of: block) { Self.mix(&lanes, $0, blocksFrom: 0) }
            carried = 0
        }
        offset = Self.mix(&lanes, raw, blocksFrom: offset)
        if offset < raw.count {
            let rest = raw.count - offset
            withUnsafeMutableBytes(of: &carry) { block in
                UnsafeMutableRawBufferPointer(rebasing: block[0..<rest]).copyMemory(from: UnsafeRawBufferPointer(rebasing: raw[offset...]))
            }
            carried = rest
        }
    }

    /// The checksum of every byte taken in.
    var value: UInt64 {
        var state = lanes.0 ^ (lanes.1 &* 3) ^ (lanes.2 &* 5) ^ (lanes.3 &* 7) ^ UInt64(count)
        let tail = carry
        let carried = carried
        state ^= withUnsafeBytes(of: tail) { Revision.hash(UnsafeRawBufferPointer(rebasing: $0[0..<carried])) }
        state = (state ^ (state >> 33)) &* 0xC4CE_B9FE_1A85_EC53
        return state ^ (state >> 33)
    }

    /// Mixes the whole 32-byte blocks of `raw` from `offset` into the lanes; returns where the rest starts.
    private static func mix(_ lanes: inout (UInt64, UInt64, UInt64, UInt64), _ raw: UnsafeRawBufferPointer, blocksFrom offset: Int) -> Int {
        var offset = offset
        var mixed = lanes
        while offset + 32 <= raw.count {
            mixed.0 = (mixed.0 ^ raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self)) &* prime
            mixed.1 = (mixed.1 ^ raw.loadUnaligned(fromByteOffset: offset + 8, as: UInt64.self)) &* prime
            mixed.2 = (mixed.2 ^ raw.loadUnaligned(fromByteOffset: offset + 16, as: UInt64.self)) &* prime
            mixed.3 = (mixed.3 ^ raw.loadUnaligned(fromByteOffset: offset + 24, as: UInt64.self)) &* prime
            mixed.0 ^= mixed.0 >> 29
            mixed.1 ^= mixed.1 >> 29
            mixed.2 ^= mixed.2 >> 29
            mixed.3 ^= mixed.3 >> 29
            offset += 32
        }
        lanes = mixed
        return offset
    }
}
