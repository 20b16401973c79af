import Crypto

/// A partner's private key (`AGE-SECRET-KEY-1…`): opens what was encrypted to its recipient.
public struct X25519Identity: AgeIdentity {
    static let prefix = "AGE-SECRET-KEY-"
    private let secret: Curve25519.KeyAgreement.PrivateKey

    /// A new random identity.
    public init() { secret = Curve25519.KeyAgreement.PrivateKey() }

    /// Parses an `AGE-SECRET-KEY-1…` identity string.
    public init(_ text: String) throws(SealError) {
        guard let (prefix, data) = Bech32.decode(text), prefix == Self.prefix.lowercased() else {
            throw .invalidKey("not an age identity (AGE-SECRET-KEY-1…)")
        }
        guard data.count == 32, let key = try? Curve25519.KeyAgreement.PrivateKey(rawRepresentation: data) else {
            throw .invalidKey("an age identity must hold 32 bytes, this one has \(data.count)")
        }
        secret = key
    }

    /// The `AGE-SECRET-KEY-1…` string, upper case as age writes it.
    public var string: String {
        Bech32.encode(prefix: Self.prefix, data: Array(secret.rawRepresentation)).uppercased()
    }

    /// The public recipient that encrypts to this identity.
    public var recipient: X25519Recipient { X25519Recipient(publicKey: Array(secret.publicKey.rawRepresentation)) }

    public func unwrap(_ stanzas: [AgeStanza]) throws(SealError) -> FileKey? {
        let ours = recipient.publicKey
        for stanza in stanzas where stanza.type == "X25519" {
            guard stanza.arguments.count == 1 else {
                throw .malformedHeader("an X25519 stanza must have exactly one argument")
            }
            guard let share = UnpaddedBase64.decode(Array(stanza.arguments[0].utf8)), share.count == 32 else {
                throw .malformedHeader("an X25519 share is not 32 bytes in canonical base64")
            }
            guard stanza.body.count == StanzaBody.byteCount else {
                throw .malformedHeader("an X25519 stanza body is not a wrapped 16-byte file key")
            }
            let key = try X25519Recipient.wrappingKey(secret: secret, peer: share, salt: share + ours)
            if let fileKey = StanzaBody.unwrap(stanza.body, with: key) { return fileKey }
        }
        return nil
    }
}
