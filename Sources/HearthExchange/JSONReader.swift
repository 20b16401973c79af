/// Reads JSON text into a `JSON` value, keeping the order of object members.
///
/// Whole numbers read as `.number`, any with a fraction or exponent as `.decimal`, so an importer can tell
/// `4` from `4.5`. Errors say the line and column, since a hand-edited export is the likely culprit.
public struct JSONReader {
    private let bytes: [UInt8]
    private var offset = 0
    /// Deeper nesting than any export has is refused before it can exhaust the stack.
    private static let deepest = 64

    /// Why the text is not JSON, and where.
    public struct Failure: Error, Hashable, Sendable, CustomStringConvertible {
        public var line: Int
        public var column: Int
        public var message: String
        public var description: String { "line \(line), column \(column): \(message)" }
    }

    /// Parses one JSON value that fills the whole text (white space around it aside).
    public static func parse(_ bytes: [UInt8]) throws(Failure) -> JSON {
        var reader = JSONReader(bytes: bytes)
        // A byte-order mark is not JSON, but editors add one; skip it rather than refuse the file.
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { reader.offset = 3 }
        reader.skipSpace()
        let value = try reader.value(depth: 0)
        reader.skipSpace()
        guard reader.offset == bytes.count else { throw reader.failure("more text after the end of the JSON value") }
        return value
    }

    private init(bytes: [UInt8]) { self.bytes = bytes }

    private var current: UInt8? { offset < bytes.count ? bytes[offset] : nil }

    private mutating func value(depth: Int) throws(Failure) -> JSON {
        guard depth < Self.deepest else { throw failure("nested more than \(Self.deepest) deep") }
        guard let byte = current else { throw failure("the text ends where a value should be") }
        switch byte {
        case UInt8(ascii: "{"): return try object(depth: depth)
        case UInt8(ascii: "["): return try array(depth: depth)
        case UInt8(ascii: "\""): return .string(try string())
        case UInt8(ascii: "t"): try literal("true"); return .bool(true)
        case UInt8(ascii: "f"): try literal("false"); return .bool(false)
        case UInt8(ascii: "n"): try literal("null"); return .null
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return try number()
        default: throw failure("expected a value (object, array, string, number, true, false or null)")
        }
    }

    private mutating func object(depth: Int) throws(Failure) -> JSON {
        offset += 1
        var members: [(String, JSON)] = []
        var keys = Set<String>()
        skipSpace()
        if current == UInt8(ascii: "}") { offset += 1; return .object(members) }
        while true {
            skipSpace()
            guard current == UInt8(ascii: "\"") else { throw failure("expected a member name in quotes") }
            let keyStart = offset
            let key = try string()
            guard keys.insert(key).inserted else {
                offset = keyStart
                throw failure("the member \"\(key)\" appears twice")
            }
            skipSpace()
            try expect(":")
            skipSpace()
            members.append((key, try value(depth: depth + 1)))
            skipSpace()
            if current == UInt8(ascii: ",") { offset += 1; continue }
            try expect("}")
            return .object(members)
        }
    }

    private mutating func array(depth: Int) throws(Failure) -> JSON {
        offset += 1
        var items: [JSON] = []
        skipSpace()
        if current == UInt8(ascii: "]") { offset += 1; return .array(items) }
        while true {
            skipSpace()
            items.append(try value(depth: depth + 1))
            skipSpace()
            if current == UInt8(ascii: ",") { offset += 1; continue }
            try expect("]")
            return .array(items)
        }
    }

    private mutating func number() throws(Failure) -> JSON {
        let start = offset
        if current == UInt8(ascii: "-") { offset += 1 }
        guard let first = current, isDigit(first) else { throw failure("a number needs a digit after its sign") }
        if first == UInt8(ascii: "0"), offset + 1 < bytes.count, isDigit(bytes[offset + 1]) {
            throw failure("numbers do not start with 0")
        }
        while let byte = current, isDigit(byte) { offset += 1 }
        var whole = true
        if current == UInt8(ascii: ".") {
            whole = false
            offset += 1
            guard let byte = current, isDigit(byte) else { throw failure("a digit must follow the decimal point") }
            while let byte = current, isDigit(byte) { offset += 1 }
        }
        if current == UInt8(ascii: "e") || current == UInt8(ascii: "E") {
            whole = false
            offset += 1
            if current == UInt8(ascii: "+") || current == UInt8(ascii: "-") { offset += 1 }
            guard let byte = current, isDigit(byte) else { throw failure("an exponent needs digits") }
            while let byte = current, isDigit(byte) { offset += 1 }
        }
        let text = String(decoding: bytes[start..<offset], as: UTF8.self)
        if whole, let value = Int(text) { return .number(value) }
        guard let value = Double(text) else { throw failure("\(text) is not a number Hearth can hold") }
        return .decimal(value)
    }

    private mutating func string() throws(Failure) -> String {
        offset += 1
        var scalars = String.UnicodeScalarView()
        var runStart = offset
        func flush(_ reader: JSONReader, upTo end: Int) {
            scalars.append(contentsOf: String(decoding: reader.bytes[runStart..<end], as: UTF8.self).unicodeScalars)
        }
        while true {
            guard let byte = current else { throw failure("a string is not closed") }
            if byte == UInt8(ascii: "\"") {
                flush(self, upTo: offset)
                offset += 1
                return String(scalars)
            }
            if byte < 0x20 { throw failure("a control character inside a string must be escaped (\\n, \\t, \\u0001)") }
            guard byte == UInt8(ascii: "\\") else { offset += 1; continue }
            flush(self, upTo: offset)
            offset += 1
            scalars.append(try escape())
            runStart = offset
        }
    }

    private mutating func escape() throws(Failure) -> Unicode.Scalar {
        guard let byte = current else { throw failure("a string is not closed") }
        offset += 1
        switch byte {
        case UInt8(ascii: "\""): return "\""
        case UInt8(ascii: "\\"): return "\\"
        case UInt8(ascii: "/"): return "/"
        case UInt8(ascii: "b"): return "\u{08}"
        case UInt8(ascii: "f"): return "\u{0C}"
        case UInt8(ascii: "n"): return "\n"
        case UInt8(ascii: "r"): return "\r"
        case UInt8(ascii: "t"): return "\t"
        case UInt8(ascii: "u"):
            let unit = try hexUnit()
            if (0xD800...0xDBFF).contains(unit) {
                guard current == UInt8(ascii: "\\"), offset + 1 < bytes.count, bytes[offset + 1] == UInt8(ascii: "u") else {
                    throw failure("a lone high surrogate \\u\(String(unit, radix: 16)) (its low half is missing)")
                }
                offset += 2
                let low = try hexUnit()
                guard (0xDC00...0xDFFF).contains(low),
                      let scalar = Unicode.Scalar(0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00)) else {
                    throw failure("\\u\(String(low, radix: 16)) is not the low half of a surrogate pair")
                }
                return scalar
            }
            guard let scalar = Unicode.Scalar(unit) else { throw failure("a lone low surrogate \\u\(String(unit, radix: 16))") }
            return scalar
        default:
            offset -= 1
            throw failure("unknown escape \\\(Character(Unicode.Scalar(byte)))")
        }
    }

    private mutating func hexUnit() throws(Failure) -> UInt32 {
        guard offset + 4 <= bytes.count, let unit = UInt32(String(decoding: bytes[offset..<offset + 4], as: UTF8.self), radix: 16)
        else { throw failure("\\u needs four hex digits") }
        offset += 4
        return unit
    }

    private mutating func literal(_ word: String) throws(Failure) {
        let expected = Array(word.utf8)
        guard bytes.count - offset >= expected.count, Array(bytes[offset..<offset + expected.count]) == expected else {
            throw failure("expected a value (object, array, string, number, true, false or null)")
        }
        offset += expected.count
    }

    private mutating func expect(_ character: Unicode.Scalar) throws(Failure) {
        guard current == UInt8(character.value) else {
            throw failure(current == nil ? "the text ends where '\(character)' should be" : "expected '\(character)'")
        }
        offset += 1
    }

    private mutating func skipSpace() {
        while let byte = current, byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 { offset += 1 }
    }

    private func isDigit(_ byte: UInt8) -> Bool { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) }

    private func failure(_ message: String) -> Failure {
        let before = bytes[..<min(offset, bytes.count)]
        let line = before.reduce(1) { $1 == 0x0A ? $0 + 1 : $0 }
        let lineStart = before.lastIndex(of: 0x0A).map { $0 + 1 } ?? 0
        let column = String(decoding: bytes[lineStart..<min(offset, bytes.count)], as: UTF8.self).count + 1
        return Failure(line: line, column: column, message: message)
    }
}
