/// Something wrong at one byte of a file, before it is turned into a `StoreProblem` with a path.
struct SyntaxError: Error, Hashable, Sendable {
    /// Byte offset into the file, BOM included; the reader turns it into line and column.
    var offset: Int
    var message: String
    var hint: String

    init(at offset: Int, _ message: String, hint: String) {
        self.offset = offset
        self.message = message
        self.hint = hint
    }
}

/// Line and column (both from 1) of a byte offset, counting characters rather than bytes.
func position(of offset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> (line: Int, column: Int) {
    let end = min(max(offset, 0), bytes.count)
    var line = 1
    var lineStart = 0
    var index = 0
    while index < end {
        if bytes[index] == 0x0A {
            line += 1
            lineStart = index + 1
        }
        index += 1
    }
    // A byte order mark is invisible in editors, so it does not count as a column.
    if lineStart == 0, bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF {
        lineStart = min(3, end)
    }
    var column = 1
    index = lineStart
    while index < end {
        if bytes[index] & 0xC0 != 0x80 { column += 1 }
        index += 1
    }
    return (line, column)
}

/// Rejects what cannot be a hand-editable text file: empty, binary (NUL bytes) or not UTF-8.
func checkText(_ bytes: UnsafeBufferPointer<UInt8>) throws(SyntaxError) {
    if bytes.isEmpty {
        throw SyntaxError(at: 0, "the file is empty", hint: "restore it from a backup, or delete it")
    }
    var index = 0
    let count = bytes.count
    guard let base = UnsafeRawPointer(bytes.baseAddress) else { return }
    while index < count {
        // Eight bytes at a time while they are all ASCII and none is NUL: the common case.
        while index + 8 <= count {
            let word = base.loadUnaligned(fromByteOffset: index, as: UInt64.self)
            let hasZeroByte = (word &- 0x0101_0101_0101_0101) & ~word & 0x8080_8080_8080_8080
            guard word & 0x8080_8080_8080_8080 == 0, hasZeroByte == 0 else { break }
            index += 8
        }
        guard index < count else { break }
        let byte = bytes[index]
        if byte >= 0x01 && byte < 0x80 {
            index += 1
            continue
        }
        if byte == 0 {
            throw SyntaxError(at: index, "binary data (a NUL byte), not a text file",
                              hint: "restore it from a backup, or move it out of the journal folder")
        }
        let length = utf8SequenceLength(bytes, at: index)
        if length == 0 {
            let hex = String(byte, radix: 16, uppercase: true)
            throw SyntaxError(at: index, "invalid UTF-8 (byte 0x\(hex))",
                              hint: "save the file as UTF-8 in your editor")
        }
        index += length
    }
}

/// The length of the well-formed UTF-8 sequence at `index`, or 0 when it is malformed.
private func utf8SequenceLength(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int {
    let lead = bytes[index]
    let length: Int
    var lower: UInt8 = 0x80
    var upper: UInt8 = 0xBF
    switch lead {
    case 0xC2...0xDF: length = 2
    case 0xE0: length = 3; lower = 0xA0
    case 0xE1...0xEC, 0xEE...0xEF: length = 3
    case 0xED: length = 3; upper = 0x9F
    case 0xF0: length = 4; lower = 0x90
    case 0xF1...0xF3: length = 4
    case 0xF4: length = 4; upper = 0x8F
    default: return 0
    }
    guard index + length <= bytes.count else { return 0 }
    let second = bytes[index + 1]
    guard second >= lower && second <= upper else { return 0 }
    var next = index + 2
    while next < index + length {
        guard bytes[next] & 0xC0 == 0x80 else { return 0 }
        next += 1
    }
    return length
}
