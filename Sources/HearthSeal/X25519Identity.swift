import Crypto

/// A partner's private key (`AGE-SECRET-KEY-1…`): opens what was encrypted to its recipient.
public struct X25519Identity: AgeIdentity {
    static let prefix = "AGE-SECRET-KEY-"
    private let secret: Curve25519.KeyAgreement.PrivateKey
    /// The public key's 32 bytes, kept: every stanza tried salts its key with them.
    private let ownPublicKey: [UInt8]

    /// A new random identity.
    public init() { self.init(secret: Curve25519.KeyAgreement.PrivateKey()) }

    private init(secret: Curve25519.KeyAgreement.PrivateKey) {
        self.secret = secret
        ownPublicKey = Array(secret.publicKey.rawRepresentation)
    }

    /// Parses an `AGE-SECRET-KEY-1…` identity string.
    public init(_ text: String) throws(SealError) {
        guard let (prefix, data) = Bech32.decode(text), prefix == Self.prefix.lowercased() else {
            throw .invalidKey("not an age identity (AGE-SECRET-KEY-1…)")
        }
        guard data.count == 32, let key = try? Curve25519.KeyAgreement.PrivateKey(rawRepresentation: data) else {
            throw .invalidKey("an age identity must hold 32 bytes, this one has \(data.count)")
        }
        self.init(secret: key)
    }

    /// The `AGE-SECRET-KEY-1…` string, upper case as age writes it.
    public var string: String {
        Bech32.encode(prefix: Self.prefix, data: Array(secret.rawRepresentation)).uppercased()
    }

    /// The public recipient that encrypts to this identity.
    public var recipient: X25519Recipient { X25519Recipient(publicKey: ownPublicKey) }

    public func unwrap(_ stanzas: [AgeStanza]) throws(SealError) -> FileKey? {
        try unwrap(stanzas, firstTrying: nil)
    }

    /// The file key from this identity's stanza, trying the stanza at index `first` (where the keyring expects
    /// its partner's) before the others, in file order: each try costs an X25519, and a file for two partners
    /// would otherwise cost the second partner two. Every X25519 stanza is checked for its form and for a
    /// low-order share before any is tried, so a file that age refuses for a stanza it reaches is refused
    /// whichever stanza opens. The order can matter only for a forged file holding two stanzas for this same
    /// key around different file keys: the header MAC then accepts at most the one tried first.
    public func unwrap(_ stanzas: [AgeStanza], firstTrying first: Int?) throws(SealError) -> FileKey? {
        var shares: [(share: [UInt8], body: [UInt8])] = []
        shares.reserveCapacity(stanzas.count)
        var preferred: Int?
        for (index, stanza) in stanzas.enumerated() where stanza.type == "X25519" {
            if index == first { preferred = shares.count }
            shares.append((try Self.checkedShare(of: stanza), stanza.body))
        }
        var order = Array(shares.indices)
        if let preferred, preferred != 0 {
            order.remove(at: preferred)
            order.insert(preferred, at: 0)
        }
        for index in order {
            let (share, body) = shares[index]
            let key = try X25519Recipient.wrappingKey(secret: secret, peer: share, salt: share + ownPublicKey)
            if let fileKey = StanzaBody.unwrap(body, with: key) { return fileKey }
        }
        return nil
    }

    /// The share of an X25519 stanza, refusing any deviation from the form and a low-order share.
    static func checkedShare(of stanza: AgeStanza) throws(SealError) -> [UInt8] {
        guard stanza.arguments.count == 1 else {
            throw .malformedHeader("an X25519 stanza must have exactly one argument")
        }
        guard let share = UnpaddedBase64.decode(Array(stanza.arguments[0].utf8)), share.count == 32 else {
            throw .malformedHeader("an X25519 share is not 32 bytes in canonical base64")
        }
        guard stanza.body.count == StanzaBody.byteCount else {
            throw .malformedHeader("an X25519 stanza body is not a wrapped 16-byte file key")
        }
        guard !X25519Recipient.isLowOrder(share) else { throw X25519Recipient.lowOrderShare }
        return share
    }
}
