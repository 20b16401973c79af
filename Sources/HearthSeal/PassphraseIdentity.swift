/// A passphrase as an age identity: opens a file whose only stanza is a scrypt stanza for it.
public struct PassphraseIdentity: AgeIdentity {
    /// The most scrypt work a reader accepts unless told otherwise: 2^20 (about 1 GiB and a few seconds),
    /// four times what Hearth and age write, so a planted file cannot make an unlock take minutes.
    public static let defaultWorkFactorLimit = 20

    let passphrase: [UInt8]
    /// The largest work factor this identity will compute.
    public let workFactorLimit: Int

    /// An identity for `passphrase` that refuses scrypt work above 2^workFactorLimit.
    public init(passphrase: String, workFactorLimit: Int = defaultWorkFactorLimit) throws(SealError) {
        guard !passphrase.isEmpty else { throw .invalidKey("the passphrase is empty") }
        guard (1...30).contains(workFactorLimit) else { throw .invalidKey("the work factor limit must be 1 to 30") }
        self.passphrase = Array(passphrase.utf8)
        self.workFactorLimit = workFactorLimit
    }

    public func unwrap(_ stanzas: [AgeStanza]) throws(SealError) -> FileKey? {
        guard let stanza = stanzas.first(where: { $0.type == "scrypt" }) else { return nil }
        guard stanzas.count == 1 else { throw .malformedHeader("a scrypt stanza must be the only stanza of its file") }
        guard stanza.arguments.count == 2 else { throw .malformedHeader("a scrypt stanza must have two arguments") }
        guard let salt = UnpaddedBase64.decode(Array(stanza.arguments[0].utf8)), salt.count == 16 else {
            throw .malformedHeader("a scrypt salt is not 16 bytes in canonical base64")
        }
        let workFactor = try Self.workFactor(stanza.arguments[1])
        guard workFactor <= workFactorLimit else { throw .workFactorTooHigh(exponent: workFactor, limit: workFactorLimit) }
        guard stanza.body.count == StanzaBody.byteCount else {
            throw .malformedHeader("a scrypt stanza body is not a wrapped 16-byte file key")
        }
        let key = try PassphraseRecipient.wrappingKey(passphrase: passphrase, salt: salt, workFactor: workFactor)
        return StanzaBody.unwrap(stanza.body, with: key)
    }

    /// The exponent in its only form: decimal digits, no sign, no leading zero, not zero.
    static func workFactor(_ text: String) throws(SealError) -> Int {
        let digits = Array(text.utf8)
        guard let first = digits.first, (UInt8(ascii: "1")...UInt8(ascii: "9")).contains(first),
              digits.allSatisfy({ (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }) else {
            throw .malformedHeader("the scrypt work factor '\(text)' is not a positive decimal number")
        }
        // Anything with more than two digits is absurd; refuse it before it could overflow.
        guard digits.count <= 2, let value = Int(text) else {
            throw .malformedHeader("the scrypt work factor '\(text)' is absurdly large")
        }
        return value
    }
}
