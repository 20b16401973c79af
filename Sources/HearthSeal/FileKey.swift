import Crypto
#if canImport(FoundationEssentials)
import FoundationEssentials  // DataProtocol, without the rest of Foundation
#else
import Foundation
#endif

/// The 16 random bytes that every recipient stanza wraps, and the keys age derives from them.
public struct FileKey: Sendable {
    static let byteCount = 16
    let bytes: [UInt8]

    init(bytes: [UInt8]) { self.bytes = bytes }

    /// A fresh random file key.
    static func random() -> FileKey { FileKey(bytes: randomBytes(byteCount)) }

    /// HMAC-SHA256 over the header up to `---`, keyed by HKDF-SHA256(file key, no salt, "header").
    func headerMAC<Bytes: DataProtocol>(over header: Bytes) -> [UInt8] {
        Array(HMAC<SHA256>.authenticationCode(for: header, using: derived(info: "header", salt: [])))
    }

    /// True when `mac` is the header's MAC; compared in constant time.
    func authenticates<Bytes: DataProtocol>(header: Bytes, mac: [UInt8]) -> Bool {
        HMAC<SHA256>.isValidAuthenticationCode(mac, authenticating: header, using: derived(info: "header", salt: []))
    }

    /// The payload's ChaCha20-Poly1305 key: HKDF-SHA256(file key, the payload's 16-byte nonce, "payload").
    func payloadKey(nonce: [UInt8]) -> SymmetricKey { derived(info: "payload", salt: nonce) }

    private func derived(info: String, salt: [UInt8]) -> SymmetricKey {
        HKDF<SHA256>.deriveKey(inputKeyMaterial: SymmetricKey(data: bytes), salt: salt,
                               info: Array(info.utf8), outputByteCount: 32)
    }
}

/// `count` bytes from the system's secure generator (through swift-crypto's key generation).
func randomBytes(_ count: Int) -> [UInt8] {
    SymmetricKey(size: SymmetricKeySize(bitCount: count * 8)).withUnsafeBytes { Array($0) }
}
