/// Keys sealed under a scrypt work factor below the minimum, for the end-to-end tests alone: at 2^18 each
/// unlock takes seconds in a debug build. A key made so is guessed as fast as it unlocks; Hearth makes one
/// only when HEARTH_TESTING_SCRYPT_WORK_FACTOR is set, and says so each time.
extension PartnerKey {
    /// `keys/<partner>.age` under scrypt work 2^workFactor (at least 2^10); for tests only.
    public func sealedIdentity(passphrase: String, testingWorkFactor workFactor: Int) throws(SealError) -> [UInt8] {
        guard workFactor >= 10 else { throw .invalidKey("a testing work factor must be at least 2^10") }
        return try sealedIdentity(to: PassphraseRecipient(passphrase: passphrase, uncheckedWorkFactor: workFactor))
    }
}
