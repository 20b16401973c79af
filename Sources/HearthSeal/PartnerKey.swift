/// One partner's key pair as the journal keeps it: the identity sealed under the partner's passphrase in
/// `keys/<partner>.age`, and the public recipient in plain text in `keys/<partner>.pub`.
/// Both files are ordinary age files: `age -d keys/alex.age` (asking the passphrase) prints the identity,
/// `age -d -i keys/alex.age` uses it directly, and `age -R keys/alex.pub` encrypts to the partner.
public struct PartnerKey: Sendable {
    /// The partner's stable id, as in the profile (`alex`).
    public let partner: String
    public let identity: X25519Identity
    /// The partner's name, written into the public key's comment so that a locked journal can say whose it is
    /// (the profile holding the names is sealed); nil writes the id alone.
    public var name: String?

    /// A partner's key; `partner` must be a journal id (lower-case ASCII letters, digits and '-').
    public init(partner: String, identity: X25519Identity = X25519Identity(), name: String? = nil) throws(SealError) {
        try KeyFolder.checkPartner(partner)
        self.partner = partner
        self.identity = identity
        self.name = name
    }

    /// The partner's public key.
    public var recipient: X25519Recipient { identity.recipient }

    /// The two files to write for this partner: the sealed identity and the public recipient.
    public func files(passphrase: String, workFactor: Int = PassphraseRecipient.minimumWorkFactor)
        throws(SealError) -> [KeyFile] {
        [KeyFile(path: KeyFolder.identityPath(partner), bytes: try sealedIdentity(passphrase: passphrase, workFactor: workFactor)),
         KeyFile(path: KeyFolder.recipientPath(partner), bytes: recipientFile)]
    }

    /// `keys/<partner>.age`: the identity file, age-encrypted to the passphrase alone.
    public func sealedIdentity(passphrase: String, workFactor: Int = PassphraseRecipient.minimumWorkFactor)
        throws(SealError) -> [UInt8] {
        try sealedIdentity(to: PassphraseRecipient(passphrase: passphrase, workFactor: workFactor))
    }

    /// The sealed identity for a passphrase recipient made elsewhere (tests use a small work factor).
    func sealedIdentity(to recipient: PassphraseRecipient) throws(SealError) -> [UInt8] {
        try AgeFile.seal(plainIdentityFile, to: [recipient])
    }

    /// The identity file in the clear, as `hearth key export` would print it for a paper backup.
    public var plainIdentityFile: [UInt8] {
        KeyText.identityFile(identity, comment: "Hearth: secret key of partner \(partner) (age identity)")
    }

    /// `keys/<partner>.pub`.
    public var recipientFile: [UInt8] {
        KeyText.recipientFile(recipient, comment: KeyFolder.recipientComment(partner: partner, name: name))
    }

    /// The key in a partner's `keys/<partner>.age`; `.wrongPassphrase` when the passphrase does not open it.
    public static func unlock(partner: String, sealedIdentity: [UInt8], passphrase: String,
                              workFactorLimit: Int = PassphraseIdentity.defaultWorkFactorLimit)
        throws(SealError) -> PartnerKey {
        let name = KeyFolder.identityPath(partner)
        let identity = try PassphraseIdentity(passphrase: passphrase, workFactorLimit: workFactorLimit)
        let plain: [UInt8]
        do throws(SealError) {
            plain = try AgeFile.open(sealedIdentity, with: [identity])
        } catch .noMatchingIdentity {
            throw .invalidKeyFile("\(name) is not sealed with a passphrase")
        }
        let identities = try KeyText.identities(in: plain, name: name)
        guard identities.count == 1 else { throw .invalidKeyFile("\(name) holds \(identities.count) identities, not one") }
        return try PartnerKey(partner: partner, identity: identities[0])
    }

    /// `keys/<partner>.age` sealed under a new passphrase; the key itself, and so the journal, stay the same.
    public static func changePassphrase(partner: String, sealedIdentity: [UInt8], from old: String, to new: String,
                                        workFactor: Int = PassphraseRecipient.minimumWorkFactor)
        throws(SealError) -> [UInt8] {
        try changePassphrase(partner: partner, sealedIdentity: sealedIdentity, from: old,
                             to: PassphraseRecipient(passphrase: new, workFactor: workFactor))
    }

    static func changePassphrase(partner: String, sealedIdentity: [UInt8], from old: String,
                                 to recipient: PassphraseRecipient) throws(SealError) -> [UInt8] {
        try unlock(partner: partner, sealedIdentity: sealedIdentity, passphrase: old).sealedIdentity(to: recipient)
    }
}

/// A file to write into the journal: its path relative to the journal root, and its bytes.
public struct KeyFile: Equatable, Sendable {
    public let path: String
    public let bytes: [UInt8]
}
