/// The parsed header of an age v1 file: its stanzas, its MAC, and where the MAC's input and the payload lie.
struct AgeHeader: Sendable {
    static let versionLine = Array("age-encryption.org/v1\n".utf8)
    static let macPrefix = Array("---".utf8)

    var stanzas: [AgeStanza]
    /// The 32-byte HMAC written after `--- `.
    var mac: [UInt8]
    /// The header bytes the MAC covers: everything up to and including `---`.
    var authenticatedBytes: ArraySlice<UInt8>
    /// Where the payload (nonce, then chunks) starts.
    var payloadStart: Int

    /// Parses strictly: any deviation from the one canonical form is refused, so that a changed header can
    /// never be read as another valid one.
    init(parsing file: [UInt8]) throws(SealError) {
        var reader = LineReader(bytes: file)
        guard !file.isEmpty else { throw .truncated("the file is empty") }
        guard let version = reader.nextLine() else {
            if Self.versionLine.starts(with: file) { throw .truncated("the file ends inside the age version line") }
            throw Self.versionProblem(file)
        }
        guard version.elementsEqual(Self.versionLine.dropLast()) else { throw Self.versionProblem(file) }
        var stanzas: [AgeStanza] = []
        var pending = reader.nextLine()
        while true {
            guard let line = pending else { throw .truncated("the header ends before its MAC line") }
            if line.starts(with: Self.macPrefix) {
                let macStart = line.startIndex
                mac = try Self.parseMAC(line.dropFirst(Self.macPrefix.count))
                authenticatedBytes = file[..<(macStart + Self.macPrefix.count)]
                break
            }
            let (stanza, next) = try Self.parseStanza(line, reader: &reader)
            stanzas.append(stanza)
            pending = next
        }
        guard !stanzas.isEmpty else { throw .malformedHeader("the header has no recipient stanza") }
        self.stanzas = stanzas
        payloadStart = reader.position
    }

    /// `init(parsing:)` for a file lent as raw bytes, copying only the header: the bytes up to the end of the
    /// first line starting with `---` (where a well-formed header's MAC line is). When those do not parse, the
    /// whole file is parsed, so a damaged file is refused exactly as `init(parsing:)` refuses it; when they do,
    /// the whole file parses the same lines to the same header.
    init(parsingHeaderOf file: UnsafeRawBufferPointer) throws(SealError) {
        if let end = Self.endOfFirstDashLine(in: file), let header = try? AgeHeader(parsing: Array(file[..<end])) {
            self = header
            return
        }
        try self.init(parsing: Array(file))
    }

    /// Just past the line feed ending the first line that starts with `---`, nil when there is none.
    private static func endOfFirstDashLine(in file: UnsafeRawBufferPointer) -> Int? {
        var start = 0
        while start < file.count {
            guard let end = file[start...].firstIndex(of: 0x0A) else { return nil }
            if end - start >= macPrefix.count, file[start..<(start + macPrefix.count)].elementsEqual(macPrefix) { return end + 1 }
            start = end + 1
        }
        return nil
    }

    private static func versionProblem(_ file: [UInt8]) -> SealError {
        let prefix = Array("age-encryption.org/".utf8)
        if file.starts(with: Array("-----BEGIN AGE ENCRYPTED FILE-----".utf8)) {
            return .malformedHeader("it is ASCII-armored (age -a); Hearth reads only binary age files")
        }
        if file.starts(with: prefix) {
            return .malformedHeader("unsupported version line (Hearth reads age-encryption.org/v1)")
        }
        return .malformedHeader("it does not start with the age version line")
    }

    private static func parseMAC(_ rest: ArraySlice<UInt8>) throws(SealError) -> [UInt8] {
        guard rest.first == UInt8(ascii: " ") else { throw .malformedHeader("the MAC line lacks its space") }
        guard let mac = UnpaddedBase64.decode(rest.dropFirst()), mac.count == 32 else {
            throw .malformedHeader("the MAC is not 32 bytes in canonical base64")
        }
        return mac
    }

    /// A stanza line and its body lines; returns the line after the body.
    private static func parseStanza(_ line: ArraySlice<UInt8>, reader: inout LineReader)
        throws(SealError) -> (AgeStanza, ArraySlice<UInt8>?) {
        let arrow = Array("-> ".utf8)
        guard line.starts(with: arrow) else {
            throw .malformedHeader("a header line is neither a stanza (->) nor the MAC (---)")
        }
        let words = line.dropFirst(arrow.count).split(separator: UInt8(ascii: " "), omittingEmptySubsequences: false)
        guard let type = words.first, words.allSatisfy({ AgeStanza.isValidArgument($0) }) else {
            throw .malformedHeader("a stanza has an empty or non-printable argument")
        }
        var text: [UInt8] = []
        while true {
            guard let bodyLine = reader.nextLine() else { throw .truncated("the header ends inside a stanza body") }
            guard bodyLine.count <= AgeStanza.columns else {
                throw .malformedHeader("a stanza body line is longer than 64 columns")
            }
            text += bodyLine
            if bodyLine.count < AgeStanza.columns { break }
        }
        guard let body = UnpaddedBase64.decode(text) else {
            throw .malformedHeader("a stanza body is not canonical unpadded base64")
        }
        let stanza = AgeStanza(type: String(decoding: type, as: UTF8.self),
                               arguments: words.dropFirst().map { String(decoding: $0, as: UTF8.self) }, body: body)
        return (stanza, reader.nextLine())
    }
}

/// Lines ending in LF (a line without its LF is not a line: the file was cut).
struct LineReader {
    let bytes: [UInt8]
    private(set) var position = 0

    init(bytes: [UInt8]) { self.bytes = bytes }

    mutating func nextLine() -> ArraySlice<UInt8>? {
        guard let end = bytes[position...].firstIndex(of: 0x0A) else { return nil }
        defer { position = end + 1 }
        return bytes[position..<end]
    }
}
