#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import HearthDomain

/// Reads a file laid out exactly as `DocumentWriter` writes it, in one pass and without a parse tree.
///
/// Almost every file in a journal is one Hearth wrote, so reading that one form fast is what makes a
/// large journal load quickly. Each method returns nil (or false) at the first byte that differs from
/// the written form; the caller then reads the file with the full parser, which accepts every
/// hand-edited form and says what is wrong. This reader never reports an error: it only has to agree
/// with the full parser on every file it accepts, which the tests check file by file.
struct CanonicalReader {
    let text: UnsafeBufferPointer<UInt8>
    private(set) var offset = 0

    init(_ text: UnsafeBufferPointer<UInt8>) {
        self.text = text
    }

    /// Consumes `literal` when the text continues with it.
    mutating func skip(_ literal: StaticString) -> Bool {
        let count = literal.utf8CodeUnitCount
        guard offset + count <= text.count, let base = text.baseAddress,
              memcmp(base + offset, literal.utf8Start, count) == 0 else { return false }
        offset += count
        return true
    }

    /// How many lines of the indented block starting here begin with `prefix`: sizes arrays exactly.
    func countLines(startingWith prefix: StaticString) -> Int {
        var count = 0
        var lineStart = offset
        let length = prefix.utf8CodeUnitCount
        guard let base = text.baseAddress else { return 0 }
        while lineStart < text.count, text[lineStart] == 0x20 {
            if lineStart + length <= text.count, memcmp(base + lineStart, prefix.utf8Start, length) == 0 { count += 1 }
            lineStart = nextNewline(in: text, from: lineStart) + 1
        }
        return count
    }

    // MARK: Values, each ending its line

    /// A plain word or a double-quoted text, then the line end; `shared` strings are reused for plain words.
    mutating func scalarLine(shared: SharedWords? = nil) -> String? {
        if offset < text.count, text[offset] == 0x22 { return quotedLine() }
        guard let word = plainWord(), skip("\n") else { return nil }
        return shared?.word(in: text, word) ?? String(decoding: UnsafeBufferPointer(rebasing: text[word]), as: UTF8.self)
    }

    /// `"text"` then the line end, escapes undone as the full parser does; without `keeping`, the text is
    /// checked the same way but "" is returned, sparing a string nobody will read.
    mutating func quotedLine(keeping: Bool = true) -> String? {
        guard let text = quoted(keeping: keeping), skip("\n") else { return nil }
        return text
    }

    /// `"text"` on one line, escapes undone as the full parser does (see `quotedLine`).
    mutating func quoted(keeping: Bool = true) -> String? {
        guard skip("\"") else { return nil }
        let start = offset
        var hasEscapes = false
        while offset < text.count {
            let byte = text[offset]
            if byte == 0x0A { return nil }
            if byte == 0x5C {
                // A quoted text ends on its line: a backslash never carries it over.
                if offset + 1 < text.count, text[offset + 1] == 0x0A { return nil }
                hasEscapes = true
                offset += 2
                continue
            }
            if byte == 0x22 { break }
            offset += 1
        }
        let end = offset
        guard end < text.count, skip("\"") else { return nil }
        guard keeping || hasEscapes else { return "" }
        let frontMatter = FrontMatter(text: text, nodes: [])
        guard let decoded = try? frontMatter.decode(start: start, end: end, style: .doubleQuoted, hasEscapes: hasEscapes) else { return nil }
        return keeping ? decoded : ""
    }

    /// A whole number (the full parser's rules) then the line end.
    mutating func intLine() -> Int? {
        let start = offset
        while offset < text.count, text[offset] != 0x0A { offset += 1 }
        guard offset < text.count else { return nil }
        let value = FrontMatter(text: text, nodes: []).parseInt(start: start, end: offset)
        offset += 1
        return value
    }

    /// One of a fixed set of words then the line end.
    mutating func choiceLine<Choice: FileWord>(_ type: Choice.Type) -> Choice? {
        guard let choice = choice(type), skip("\n") else { return nil }
        return choice
    }

    /// One of a fixed set of words, written plainly.
    mutating func choice<Choice: FileWord>(_ type: Choice.Type) -> Choice? {
        guard let word = plainWord() else { return nil }
        guard let base = text.baseAddress else { return nil }
        for candidate in Choice.words where candidate.bytes.count == word.count
            && candidate.bytes.withUnsafeBufferPointer({ $0.baseAddress.map { memcmp($0, base + word.lowerBound, word.count) == 0 } ?? false }) {
            return candidate.value
        }
        return nil
    }

    /// `2026-W47` then the line end.
    mutating func weekLine() -> Week? {
        guard offset + 9 <= text.count, text[offset + 8] == 0x0A, let week = isoWeek(in: text, at: offset, lowercaseW: false) else {
            return nil
        }
        offset += 9
        return week
    }

    /// `2026-11-18` then the line end.
    mutating func dateLine() -> CivilDate? {
        guard offset + 11 <= text.count, text[offset + 10] == 0x0A, let date = civilDate(in: text, at: offset) else {
            return nil
        }
        offset += 11
        return date
    }

    /// A key and its `: `, plain or in double quotes; `shared` strings are reused for plain keys.
    mutating func key(shared: SharedWords? = nil) -> String? {
        if offset < text.count, text[offset] == 0x22 {
            guard let key = quoted(), skip(": ") else { return nil }
            return key
        }
        guard let word = plainWord(), !text[word].contains(0x20), skip(": ") else { return nil }
        return shared?.word(in: text, word) ?? String(decoding: UnsafeBufferPointer(rebasing: text[word]), as: UTF8.self)
    }

    // MARK: Pieces

    /// What `DocumentWriter.word` leaves unquoted: a lower-case letter, then letters, digits, `-`, `_`
    /// and single inner spaces; never a word YAML reads as null.
    private mutating func plainWord() -> Range<Int>? {
        let start = offset
        guard offset < text.count, text[offset] >= 0x61 && text[offset] <= 0x7A else { return nil }
        offset += 1
        while offset < text.count {
            if Self.isWordByte[Int(text[offset])] {
                offset += 1
            } else if text[offset] == 0x20, offset + 1 < text.count, text[offset - 1] != 0x20, Self.isWordByte[Int(text[offset + 1])] {
                offset += 1
            } else {
                break
            }
        }
        if offset - start == 4, text[start] == 0x6E, text[start + 1] == 0x75, text[start + 2] == 0x6C, text[start + 3] == 0x6C { return nil }
        return start..<offset
    }

    /// Letters, digits, `-` and `_`: the bytes of a plain word besides its single inner spaces.
    private static let isWordByte: [Bool] = (0..<256).map { byte in
        (0x61...0x7A).contains(byte) || (0x30...0x39).contains(byte) || byte == 0x2D || byte == 0x5F
    }
}
