import HearthSeal

/// How hard a partner's passphrase is to guess from `keys/<id>.age`: scrypt at 2^18 (what age writes), unless
/// the end-to-end tests lower it with HEARTH_TESTING_SCRYPT_WORK_FACTOR (documented as for testing only;
/// Hearth warns on stderr each time it honours it).
enum KeyStrength {
    static let testingVariable = "HEARTH_TESTING_SCRYPT_WORK_FACTOR"

    /// `keys/<id>.age` for `key` under `passphrase`.
    static func sealedIdentity(_ key: PartnerKey, passphrase: String) throws -> [UInt8] {
        let environment = ProcessEnvironment.current()
        guard let text = environment[testingVariable], let factor = Int(text), factor < PassphraseRecipient.minimumWorkFactor else {
            return try key.sealedIdentity(passphrase: passphrase)
        }
        StandardError.write("hearth: \(testingVariable)=\(factor): \(key.partner)'s key is made weak, for tests only\n")
        return try key.sealedIdentity(passphrase: passphrase, testingWorkFactor: factor)
    }

    /// Both key files of `key`: the sealed identity, then the public key.
    static func files(_ key: PartnerKey, passphrase: String) throws -> [(path: String, bytes: [UInt8])] {
        [(KeyFolder.identityPath(key.partner), try sealedIdentity(key, passphrase: passphrase)),
         (KeyFolder.recipientPath(key.partner), key.recipientFile)]
    }
}
