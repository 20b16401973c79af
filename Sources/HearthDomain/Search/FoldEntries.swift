/// The fold table as read once from `foldTableSource`: its code points in order, each with its folding packed in
/// one integer. Reading it into a dictionary of arrays (3,047 of them) was most of a first search's set-up, about
/// a quarter of a millisecond before any file was read; a lookup here bisects the code points instead of hashing.
struct FoldEntries: Sendable {
    private var keys: [UInt32] = []
    private var values: [FoldedScalars] = []
    /// Whether every entry of the source fit (none folds to more than `FoldedScalars.capacity` scalars).
    private(set) var isComplete = true

    /// Reads `CODEPOINT:FOLDED[,FOLDED]` entries in hex, each ended by `;`.
    init(_ source: [StaticString]) {
        keys.reserveCapacity(3_200)
        values.reserveCapacity(3_200)
        for chunk in source {
            chunk.withUTF8Buffer { bytes in
                var key: UInt32 = 0, value: UInt32 = 0, folded = FoldedScalars(), readingKey = true
                for byte in bytes {
                    switch byte {
                    case UInt8(ascii: ":"): readingKey = false
                    case UInt8(ascii: ","):
                        if !folded.append(value) { isComplete = false }
                        value = 0
                    case UInt8(ascii: ";"):
                        if !folded.append(value) { isComplete = false }
                        keys.append(key)
                        values.append(folded)
                        key = 0; value = 0; folded = FoldedScalars(); readingKey = true
                    default:
                        let digit = UInt32(byte <= UInt8(ascii: "9") ? byte - UInt8(ascii: "0") : byte - UInt8(ascii: "A") + 10)
                        if readingKey { key = key * 16 + digit } else { value = value * 16 + digit }
                    }
                }
            }
        }
        // The generator writes code points in order; put in order here anyway, so that a bisection never misses one
        // (a code point written twice keeps its last entry, as a dictionary would).
        if !keys.indices.dropFirst().allSatisfy({ keys[$0 - 1] < keys[$0] }) {
            var latest: [UInt32: FoldedScalars] = [:]
            for (key, value) in zip(keys, values) { latest[key] = value }
            let sorted = latest.sorted { $0.key < $1.key }
            keys = sorted.map(\.key)
            values = sorted.map(\.value)
        }
    }

    var count: Int { keys.count }

    /// What `value` folds to, when the table has it.
    subscript(value: UInt32) -> FoldedScalars? {
        var low = 0, high = keys.count
        while low < high {
            let middle = (low + high) / 2
            if keys[middle] < value { low = middle + 1 } else { high = middle }
        }
        return low < keys.count && keys[low] == value ? values[low] : nil
    }

    /// The code points whose folding holds `value`, in order.
    func codePoints(folding value: UInt32) -> [UInt32] {
        keys.indices.filter { values[$0].contains(value) }.map { keys[$0] }
    }
}
