import Crypto

/// A partner's public key (`age1…`): anyone holding it can encrypt to that partner.
public struct X25519Recipient: AgeRecipient, Hashable {
    static let prefix = "age"
    static let label = Array("age-encryption.org/v1/X25519".utf8)

    /// The 32-byte Curve25519 public key.
    public let publicKey: [UInt8]

    /// The recipient for a raw 32-byte public key.
    init(publicKey: [UInt8]) { self.publicKey = publicKey }

    /// Parses an `age1…` recipient string.
    public init(_ text: String) throws(SealError) {
        guard let (prefix, data) = Bech32.decode(text), prefix == Self.prefix else {
            throw .invalidKey("'\(text)' is not an age recipient (age1…)")
        }
        guard data.count == 32 else { throw .invalidKey("an age recipient must hold 32 bytes, this one has \(data.count)") }
        publicKey = data
    }

    /// The `age1…` string.
    public var string: String { Bech32.encode(prefix: Self.prefix, data: publicKey) }

    public var mustBeAlone: Bool { false }

    public func wrap(_ fileKey: FileKey) throws(SealError) -> [AgeStanza] {
        let ephemeral = Curve25519.KeyAgreement.PrivateKey()
        let share = Array(ephemeral.publicKey.rawRepresentation)
        let wrapKey: SymmetricKey
        do throws(SealError) {
            wrapKey = try Self.wrappingKey(secret: ephemeral, peer: publicKey, salt: share + publicKey)
        } catch {
            throw .invalidKey("the recipient \(string) is a low-order point, no file can be encrypted to it")
        }
        return [AgeStanza(type: "X25519", arguments: [UnpaddedBase64.encode(share)],
                          body: try StanzaBody.wrap(fileKey, with: wrapKey))]
    }

    /// HKDF-SHA256 over the X25519 shared secret, salted with the ephemeral share and the recipient's key.
    /// An all-zero shared secret (a low-order point) is refused, as age requires.
    static func wrappingKey(secret: Curve25519.KeyAgreement.PrivateKey, peer: [UInt8], salt: [UInt8])
        throws(SealError) -> SymmetricKey {
        let shared: SharedSecret
        do {
            shared = try secret.sharedSecretFromKeyAgreement(
                with: Curve25519.KeyAgreement.PublicKey(rawRepresentation: peer))
        } catch {
            throw .invalidKey("an X25519 key is not 32 bytes")
        }
        let isZero = shared.withUnsafeBytes { bytes in bytes.reduce(UInt8(0)) { $0 | $1 } == 0 }
        guard !isZero else { throw .malformedHeader("an X25519 share is a low-order point (all-zero shared secret)") }
        return shared.hkdfDerivedSymmetricKey(using: SHA256.self, salt: salt, sharedInfo: label, outputByteCount: 32)
    }
}
