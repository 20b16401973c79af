/// Why an age file or a key could not be read or made; `description` names what failed in our own words.
public enum SealError: Error, Equatable, Sendable, CustomStringConvertible {
    /// Not an age v1 file, or its header breaks the format's rules; the text says which rule.
    case malformedHeader(String)
    /// The header's MAC does not match its stanzas: the header was changed after it was written.
    case headerAuthenticationFailed
    /// A payload chunk (counted from 0) failed its authentication tag: changed, or cut inside the chunk.
    case payloadAuthenticationFailed(chunk: Int)
    /// The file stops before the format says it may; the text says where.
    case truncated(String)
    /// The payload breaks STREAM's rules (an empty final chunk after others); the text says which.
    case malformedPayload(String)
    /// Bytes follow the chunk marked final.
    case trailingData
    /// None of the identities given can open any of the file's recipient stanzas.
    case noMatchingIdentity
    /// The passphrase does not open this passphrase-protected file.
    case wrongPassphrase
    /// A scrypt stanza asks for 2^exponent work, more than the reader accepts.
    case workFactorTooHigh(exponent: Int, limit: Int)
    /// A recipient, identity, passphrase or partner id that cannot be used; the text says why.
    case invalidKey(String)
    /// A key file of the journal that does not hold what it should; the text says what.
    case invalidKeyFile(String)

    /// The kind of failure in one or two words, for a doctor listing: "authentication", "truncation", ...
    public var failure: String {
        switch self {
        case .malformedHeader, .malformedPayload: "malformed"
        case .headerAuthenticationFailed, .payloadAuthenticationFailed: "authentication"
        case .truncated: "truncation"
        case .trailingData: "trailing data"
        case .noMatchingIdentity: "no matching identity"
        case .wrongPassphrase: "wrong passphrase"
        case .workFactorTooHigh: "work factor"
        case .invalidKey, .invalidKeyFile: "invalid key"
        }
    }

    public var description: String {
        switch self {
        case .malformedHeader(let why):
            "not a valid age file: \(why)"
        case .headerAuthenticationFailed:
            "authentication failed: the header's MAC does not match (the file was changed)"
        case .payloadAuthenticationFailed(let chunk):
            "authentication failed in chunk \(chunk + 1) of the content (the file was changed or cut short)"
        case .truncated(let where_):
            "truncated: \(where_)"
        case .malformedPayload(let why):
            "not a valid age file: \(why)"
        case .trailingData:
            "not a valid age file: bytes follow the final chunk of the content"
        case .noMatchingIdentity:
            "no matching identity: none of the keys given can open this file"
        case .wrongPassphrase:
            "wrong passphrase"
        case .workFactorTooHigh(let exponent, let limit):
            "refused: the passphrase stanza asks for scrypt work 2^\(exponent), more than the limit 2^\(limit)"
        case .invalidKey(let why):
            "invalid key: \(why)"
        case .invalidKeyFile(let why):
            "invalid key file: \(why)"
        }
    }
}
