/// Which ASCII bytes a text holds, lower-cased, white space as a space: a quick test for "cannot match".
struct AsciiBytes {
    private var low: UInt64 = 0, high: UInt64 = 0
    /// False when the folded query holds a non-ASCII scalar: then no plain-ASCII field can match.
    private var isASCII = true

    /// The bytes of a text, or nil when it holds anything beyond ASCII (it may fold to anything).
    init?(_ text: String) {
        for byte in text.utf8 {
            guard byte < 0x80 else { return nil }
            insert(byte)
        }
    }

    /// The scalars of a folded query.
    init(folded scalars: [UInt32]) {
        for value in scalars {
            guard value < 0x80 else { isASCII = false; return }
            insert(UInt8(value))
        }
    }

    private mutating func insert(_ byte: UInt8) {
        var byte = byte
        if (0x41...0x5A).contains(byte) { byte |= 0x20 } else if (0x09...0x0D).contains(byte) { byte = 0x20 }
        if byte < 64 { low |= 1 << UInt64(byte) } else { high |= 1 << UInt64(byte - 64) }
    }

    /// Whether every byte of `query` occurs here (a match is then possible, not certain).
    func covers(_ query: AsciiBytes) -> Bool {
        query.isASCII && low & query.low == query.low && high & query.high == query.high
    }
}
