import Crypto
@testable import HearthSeal

/// Builds age files piece by piece around a known file key, so a test can break exactly one rule and keep
/// everything else (the MAC above all) valid: the reader must then refuse for the reason under test.
enum Forge {
    static let fileKey = FileKey(bytes: Array(1...16))
    static let nonce: [UInt8] = Array(repeating: 7, count: 16)
    static let identity = fixedIdentity(seed: 1)
    static let otherIdentity = fixedIdentity(seed: 2)

    static func fixedIdentity(seed: UInt8) -> X25519Identity {
        let key = Bech32.encode(prefix: "AGE-SECRET-KEY-", data: Array(repeating: seed, count: 32)).uppercased()
        guard let identity = try? X25519Identity(key) else { preconditionFailure("a fixed identity must parse") }
        return identity
    }

    /// The text of a stanza that wraps `fileKey` for `identity`.
    static func x25519Stanza(for identity: X25519Identity = identity, fileKey: FileKey = fileKey) throws -> String {
        String(decoding: try identity.recipient.wrap(fileKey)[0].encoded, as: UTF8.self)
    }

    /// The text of a scrypt stanza at a small work factor (fast), for `passphrase`.
    static func scryptStanza(_ passphrase: String = "correct horse", workFactor: Int = 10) throws -> String {
        let recipient = try PassphraseRecipient(passphrase: passphrase, uncheckedWorkFactor: workFactor)
        return String(decoding: try recipient.wrap(fileKey)[0].encoded, as: UTF8.self)
    }

    /// The header text up to and including `---` (no space, no MAC).
    static func headerText(version: String = "age-encryption.org/v1", stanzas: String) -> String {
        version + "\n" + stanzas + "---"
    }

    /// The MAC line's base64 for a header text under `fileKey`.
    static func mac(of headerText: String, fileKey: FileKey = fileKey) -> String {
        UnpaddedBase64.encode(fileKey.headerMAC(over: Array(headerText.utf8)))
    }

    /// A whole file: the header, ` ` + its correct MAC (or `macLine` instead of ` MAC\n`), nonce and payload.
    static func file(version: String = "age-encryption.org/v1", stanzas: String, macLine: String? = nil,
                     payload: [UInt8]? = nil, plaintext: [UInt8] = Array("hello".utf8)) throws -> [UInt8] {
        let header = headerText(version: version, stanzas: stanzas)
        let line = macLine ?? " \(mac(of: header))\n"
        let body = try payload ?? PayloadStream.seal(plaintext, key: fileKey.payloadKey(nonce: nonce))
        return Array((header + line).utf8) + nonce + body
    }

    /// Sealed chunks given one by one: (plaintext, last flag).
    static func chunks(_ parts: [([UInt8], Bool)]) throws -> [UInt8] {
        let key = fileKey.payloadKey(nonce: nonce)
        var bytes: [UInt8] = []
        for (counter, part) in parts.enumerated() {
            bytes += try PayloadStream.sealChunk(part.0[...], key: key, counter: UInt64(counter), last: part.1)
        }
        return bytes
    }

    /// Bytes that are not all alike, so a misplaced chunk cannot decrypt to the same thing.
    static func text(_ count: Int) -> [UInt8] { (0..<count).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ $0 / 251) } }
}

extension Forge {
    /// The same bytes in a non-canonical spelling: the last character's unused low bit set. Only for
    /// encodings whose length leaves unused bits (not a multiple of 3 bytes).
    static func nonCanonical(_ base64: String) -> String {
        let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/")
        guard let last = base64.last, let value = alphabet.firstIndex(of: last) else { return base64 }
        return base64.dropLast() + String(alphabet[value | 1])
    }

    /// `bytes` with the first occurrence of `old` replaced by `new` (same length or not).
    static func replacing(_ old: String, with new: String, in bytes: [UInt8]) -> [UInt8] {
        let target = Array(old.utf8)
        guard let start = (0...(bytes.count - target.count)).first(where: { bytes[$0..<($0 + target.count)].elementsEqual(target) })
        else { return bytes }
        return Array(bytes[..<start]) + Array(new.utf8) + Array(bytes[(start + target.count)...])
    }
}
