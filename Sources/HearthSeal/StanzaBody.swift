import Crypto

/// Seals or opens a stanza body: ChaCha20-Poly1305 with an all-zero nonce, safe because each wrapping key is
/// used once. The body is the ciphertext followed by the 16-byte tag.
enum StanzaBody {
    static let byteCount = FileKey.byteCount + 16

    static func wrap(_ fileKey: FileKey, with key: SymmetricKey) throws(SealError) -> [UInt8] {
        do {
            let box = try ChaChaPoly.seal(fileKey.bytes, using: key, nonce: ChaChaPoly.Nonce(data: [UInt8](repeating: 0, count: 12)))
            return Array(box.ciphertext) + Array(box.tag)
        } catch {
            throw .invalidKey("the file key could not be wrapped (\(error))")
        }
    }

    /// The file key, or nil when the tag does not match (this stanza is for another key or passphrase).
    static func unwrap(_ body: [UInt8], with key: SymmetricKey) -> FileKey? {
        guard body.count == byteCount,
              let nonce = try? ChaChaPoly.Nonce(data: [UInt8](repeating: 0, count: 12)),
              let box = try? ChaChaPoly.SealedBox(nonce: nonce, ciphertext: body.prefix(FileKey.byteCount),
                                                  tag: body.suffix(16)),
              let opened = try? ChaChaPoly.open(box, using: key) else { return nil }
        return FileKey(bytes: Array(opened))
    }
}
