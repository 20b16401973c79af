extension FrontMatter {
    /// Text of a scalar, undoing quote escapes; errors point at the bad escape.
    func decode(start: Int, end: Int, style: FrontMatterNode.Style, hasEscapes: Bool) throws(SyntaxError) -> String {
        let raw = UnsafeBufferPointer(rebasing: text[start..<end])
        guard hasEscapes else { return String(decoding: raw, as: UTF8.self) }
        var out: [UInt8] = []
        out.reserveCapacity(end - start)
        var cursor = start
        if style == .singleQuoted {
            while cursor < end {
                out.append(text[cursor])
                cursor += text[cursor] == 0x27 ? 2 : 1
            }
            return String(decoding: out, as: UTF8.self)
        }
        while cursor < end {
            let byte = text[cursor]
            guard byte == 0x5C else {
                out.append(byte)
                cursor += 1
                continue
            }
            guard cursor + 1 < end else { throw badEscape(at: cursor) }
            let code = text[cursor + 1]
            cursor += 2
            switch code {
            case 0x6E: out.append(0x0A)                  // \n
            case 0x74, 0x09: out.append(0x09)            // \t
            case 0x72: out.append(0x0D)                  // \r
            case 0x22, 0x5C, 0x2F, 0x20: out.append(code) // \" \\ \/ and an escaped space
            case 0x30: out.append(0x00)                  // \0
            case 0x61: out.append(0x07)                  // \a
            case 0x62: out.append(0x08)                  // \b
            case 0x65: out.append(0x1B)                  // \e
            case 0x66: out.append(0x0C)                  // \f
            case 0x76: out.append(0x0B)                  // \v
            case 0x4E: appendScalar(0x85, to: &out)      // \N
            case 0x5F: appendScalar(0xA0, to: &out)      // \_
            case 0x4C: appendScalar(0x2028, to: &out)    // \L
            case 0x50: appendScalar(0x2029, to: &out)    // \P
            case 0x78, 0x75, 0x55:                       // \xHH \uHHHH \UHHHHHHHH
                let digits = code == 0x78 ? 2 : code == 0x75 ? 4 : 8
                guard cursor + digits <= end, let value = hexValue(start: cursor, count: digits),
                      let scalar = Unicode.Scalar(value) else { throw badEscape(at: cursor - 2) }
                appendScalar(scalar.value, to: &out)
                cursor += digits
            default:
                throw badEscape(at: cursor - 2)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    private func badEscape(at offset: Int) -> SyntaxError {
        SyntaxError(at: offset, "unknown or incomplete escape after `\\`",
                    hint: "write a backslash as \\\\; known escapes are \\n \\t \\\" \\\\ \\uXXXX")
    }

    private func hexValue(start: Int, count: Int) -> UInt32? {
        var value: UInt32 = 0
        for offset in 0..<count {
            let byte = text[start + offset]
            let digit: UInt32
            switch byte {
            case 0x30...0x39: digit = UInt32(byte - 0x30)
            case 0x41...0x46: digit = UInt32(byte - 0x41 + 10)
            case 0x61...0x66: digit = UInt32(byte - 0x61 + 10)
            default: return nil
            }
            value = value << 4 | digit
        }
        return value
    }

    private func appendScalar(_ value: UInt32, to out: inout [UInt8]) {
        guard let scalar = Unicode.Scalar(value) else { return }
        out.append(contentsOf: UTF8.encode(scalar) ?? UTF8.EncodedScalar())
    }
}
