/// One recipient stanza of an age header: `-> TYPE ARGUMENTS…` and a body that wraps the file key.
public struct AgeStanza: Equatable, Sendable {
    /// The first argument: `X25519`, `scrypt`, or a type this reader skips.
    public var type: String
    /// The arguments after the type.
    public var arguments: [String]
    /// The decoded body.
    public var body: [UInt8]

    /// A stanza; the type and arguments must be non-empty runs of printable ASCII without spaces.
    public init(type: String, arguments: [String], body: [UInt8]) {
        self.type = type
        self.arguments = arguments
        self.body = body
    }

    static let columns = 64

    /// The stanza as it appears in a header: its line, then the body in base64 lines of 64 columns, the last
    /// always shorter (empty when the encoding fills whole lines), so a reader knows where the body ends.
    var encoded: [UInt8] {
        var bytes = Array("-> ".utf8) + Array(([type] + arguments).joined(separator: " ").utf8) + [0x0A]
        let text = UnpaddedBase64.encodedBytes(body)
        var start = 0
        while text.count - start >= Self.columns {
            bytes += text[start..<(start + Self.columns)] + [0x0A]
            start += Self.columns
        }
        bytes += text[start...] + [0x0A]
        return bytes
    }

    /// True when every argument (type included) is a non-empty run of the characters age allows (ASCII 33-126).
    static func isValidArgument<Text: Collection>(_ argument: Text) -> Bool where Text.Element == UInt8 {
        !argument.isEmpty && argument.allSatisfy { (33...126).contains($0) }
    }
}
