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
        guard !isZero else { throw lowOrderShare }
        return shared.hkdfDerivedSymmetricKey(using: SHA256.self, salt: salt, sharedInfo: label, outputByteCount: 32)
    }

    static let lowOrderShare = SealError.malformedHeader("an X25519 share is a low-order point (all-zero shared secret)")

    /// The encodings of the points of small order (and their non-canonical forms, p and p + 1), the top bit
    /// cleared as X25519 clears it: the shares whose shared secret is all zero with every key (libsodium's list).
    /// Lets a reader refuse such a share without the X25519 it would cost.
    static let lowOrderPoints: [[UInt8]] = [
        [UInt8](repeating: 0, count: 32),
        [1] + [UInt8](repeating: 0, count: 31),
        [0xE0, 0xEB, 0x7A, 0x7C, 0x3B, 0x41, 0xB8, 0xAE, 0x16, 0x56, 0xE3, 0xFA, 0xF1, 0x9F, 0xC4, 0x6A,
         0xDA, 0x09, 0x8D, 0xEB, 0x9C, 0x32, 0xB1, 0xFD, 0x86, 0x62, 0x05, 0x16, 0x5F, 0x49, 0xB8, 0x00],
        [0x5F, 0x9C, 0x95, 0xBC, 0xA3, 0x50, 0x8C, 0x24, 0xB1, 0xD0, 0xB1, 0x55, 0x9C, 0x83, 0xEF, 0x5B,
         0x04, 0x44, 0x5C, 0xC4, 0x58, 0x1C, 0x8E, 0x86, 0xD8, 0x22, 0x4E, 0xDD, 0xD0, 0x9F, 0x11, 0x57],
        [0xEC] + [UInt8](repeating: 0xFF, count: 30) + [0x7F],
        [0xED] + [UInt8](repeating: 0xFF, count: 30) + [0x7F],
        [0xEE] + [UInt8](repeating: 0xFF, count: 30) + [0x7F],
    ]

    /// True when `share` is one of `lowOrderPoints` (bit 255 ignored).
    static func isLowOrder(_ share: [UInt8]) -> Bool {
        guard share.count == 32 else { return false }
        return lowOrderPoints.contains { point in
            zip(point.dropLast(), share.dropLast()).allSatisfy { $0 == $1 } && point[31] == share[31] & 0x7F
        }
    }
}
