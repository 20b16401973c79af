/// Bech32 (BIP 173, the original checksum constant 1) as age uses it for `age1…` recipients and
/// `AGE-SECRET-KEY-1…` identities. Unlike BIP 173 there is no 90-character limit, as in age.
enum Bech32 {
    private static let charset = Array("qpzry9x8gf2tvdw0s3jn54khce6mua7l".utf8)
    private static let generator: [UInt32] = [0x3b6a_57b2, 0x2650_8e6d, 0x1ea1_19fa, 0x3d42_33dd, 0x2a14_62b3]

    private static func polymod(_ values: [UInt8]) -> UInt32 {
        var checksum: UInt32 = 1
        for value in values {
            let top = checksum >> 25
            checksum = ((checksum & 0x1ff_ffff) << 5) ^ UInt32(value)
            for index in 0..<5 where (top >> UInt32(index)) & 1 == 1 { checksum ^= generator[index] }
        }
        return checksum
    }

    private static func expanded(_ prefix: [UInt8]) -> [UInt8] {
        prefix.map { $0 >> 5 } + [0] + prefix.map { $0 & 31 }
    }

    /// Regroups bits; when not padding, leftover bits must be fewer than `from` and all zero.
    private static func regrouped(_ input: [UInt8], from: Int, to: Int, pad: Bool) -> [UInt8]? {
        var accumulator: UInt32 = 0
        var bits = 0
        var output: [UInt8] = []
        let mask = UInt32((1 << to) - 1)
        for value in input {
            accumulator = (accumulator << UInt32(from)) | UInt32(value)
            bits += from
            while bits >= to {
                bits -= to
                output.append(UInt8((accumulator >> UInt32(bits)) & mask))
            }
        }
        if pad {
            if bits > 0 { output.append(UInt8((accumulator << UInt32(to - bits)) & mask)) }
        } else if bits >= from || (accumulator << UInt32(to - bits)) & mask != 0 {
            return nil
        }
        return output
    }

    /// The string for `data` under the human-readable `prefix`, in lower case.
    static func encode(prefix: String, data: [UInt8]) -> String {
        encode(prefix: prefix, values: regrouped(data, from: 8, to: 5, pad: true) ?? [])
    }

    /// The string for five-bit `values` as they are (tests use it to forge bad padding under a good checksum).
    static func encode(prefix: String, values: [UInt8]) -> String {
        let prefixBytes = Array(prefix.lowercased().utf8)
        let checksum = polymod(expanded(prefixBytes) + values + [0, 0, 0, 0, 0, 0]) ^ 1
        let checkValues = (0..<6).map { UInt8((checksum >> UInt32(5 * (5 - $0))) & 31) }
        return String(decoding: prefixBytes + [UInt8(ascii: "1")] + (values + checkValues).map { charset[Int($0)] },
                      as: UTF8.self)
    }

    /// The lower-case prefix and the data, or nil for a string that is not valid bech32 (mixed case, a
    /// character outside the set, a bad checksum or bad padding).
    static func decode(_ text: String) -> (prefix: String, data: [UInt8])? {
        let bytes = Array(text.utf8)
        guard bytes.allSatisfy({ (33...126).contains($0) }) else { return nil }
        let lower = Array(text.lowercased().utf8)
        guard lower == bytes || Array(text.uppercased().utf8) == bytes else { return nil }
        guard let separator = lower.lastIndex(of: UInt8(ascii: "1")), separator >= 1,
              lower.count - separator - 1 >= 6 else { return nil }
        let prefix = Array(lower[..<separator])
        var values: [UInt8] = []
        for character in lower[(separator + 1)...] {
            guard let value = charset.firstIndex(of: character) else { return nil }
            values.append(UInt8(value))
        }
        guard polymod(expanded(prefix) + values) == 1,
              let data = regrouped(Array(values.dropLast(6)), from: 5, to: 8, pad: false) else { return nil }
        return (String(decoding: prefix, as: UTF8.self), data)
    }
}
