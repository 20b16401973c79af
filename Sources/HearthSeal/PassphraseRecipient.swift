import Crypto
import CryptoExtras

/// A passphrase as an age recipient (the scrypt stanza): the only stanza of its file.
public struct PassphraseRecipient: AgeRecipient {
    static let label = Array("age-encryption.org/v1/scrypt".utf8)
    /// The least scrypt work (as a power of two) Hearth writes: 2^18, what age itself writes.
    public static let minimumWorkFactor = 18

    let passphrase: [UInt8]
    /// scrypt's N is 2^workFactor.
    public let workFactor: Int

    /// A recipient for `passphrase` with scrypt work 2^workFactor (18 or more, at most the reading limit).
    public init(passphrase: String, workFactor: Int = minimumWorkFactor) throws(SealError) {
        guard workFactor >= Self.minimumWorkFactor, workFactor <= PassphraseIdentity.defaultWorkFactorLimit else {
            throw .invalidKey("the scrypt work factor must be between 2^\(Self.minimumWorkFactor) and "
                              + "2^\(PassphraseIdentity.defaultWorkFactorLimit)")
        }
        try self.init(passphrase: passphrase, uncheckedWorkFactor: workFactor)
    }

    /// Any work factor from 1: for tests that make many small files, never for a file a user keeps.
    init(passphrase: String, uncheckedWorkFactor workFactor: Int) throws(SealError) {
        guard !passphrase.isEmpty else { throw .invalidKey("the passphrase is empty") }
        self.passphrase = Array(passphrase.utf8)
        self.workFactor = workFactor
    }

    public var mustBeAlone: Bool { true }

    public func wrap(_ fileKey: FileKey) throws(SealError) -> [AgeStanza] {
        let salt = randomBytes(16)
        let key = try Self.wrappingKey(passphrase: passphrase, salt: salt, workFactor: workFactor)
        return [AgeStanza(type: "scrypt", arguments: [UnpaddedBase64.encode(salt), String(workFactor)],
                          body: try StanzaBody.wrap(fileKey, with: key))]
    }

    /// scrypt(passphrase, label + salt, N = 2^workFactor, r = 8, p = 1) to a 32-byte key.
    static func wrappingKey(passphrase: [UInt8], salt: [UInt8], workFactor: Int) throws(SealError) -> SymmetricKey {
        do {
            return try KDF.Scrypt.deriveKey(from: passphrase, salt: label + salt, outputByteCount: 32,
                                            rounds: 1 << workFactor, blockSize: 8, parallelism: 1)
        } catch {
            throw .invalidKey("scrypt failed at work 2^\(workFactor) (\(error))")
        }
    }
}
