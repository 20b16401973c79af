/// The journal's keys in one value, what the store needs to seal and open journal files: every partner's
/// public recipient (writing needs only these) and the identities unlocked in this session.
public struct Keyring: Sendable {
    /// Who may read a file: both partners (shared files), or one partner alone (a private reflection).
    public enum Readers: Equatable, Sendable {
        case everyone
        case only(String)
    }

    /// Each partner's public recipient, by partner id.
    public private(set) var recipients: [String: X25519Recipient]
    /// The identities unlocked so far, by partner id.
    public private(set) var identities: [String: X25519Identity] = [:] { didSet { orderOpening() } }
    /// Identities given that are no partner's (an old key, say): they still open files encrypted to them.
    public private(set) var otherIdentities: [X25519Identity] = [] { didSet { orderOpening() } }
    /// The identities in the order `open` tries them, each with the stanza index to try first (see `open`):
    /// worked out once per unlock, not once per file.
    private var opening: (identities: [any AgeIdentity], hints: [Int?]) = ([], [])

    /// A keyring for these partners' recipients, nothing unlocked.
    public init(recipients: [String: X25519Recipient]) {
        self.recipients = recipients
    }

    /// The recipients of a `keys/` folder, given as file name -> bytes of the files in it; other files
    /// (the sealed identities) are passed over. A `.pub` file must hold exactly one recipient.
    public init(keyFolder files: [String: [UInt8]]) throws(SealError) {
        var recipients: [String: X25519Recipient] = [:]
        for (name, bytes) in files {
            guard let partner = KeyFolder.partner(ofRecipientFile: name) else { continue }
            let path = KeyFolder.recipientPath(partner)
            let found = try KeyText.recipients(in: bytes, name: path)
            guard found.count == 1 else { throw .invalidKeyFile("\(path) holds \(found.count) recipients, not one") }
            recipients[partner] = found[0]
        }
        self.recipients = recipients
    }

    /// Unlocks a partner with the bytes of `keys/<partner>.age` and the passphrase, checking that the key
    /// inside is the one the partner's recipient file names.
    public mutating func unlock(partner: String, sealedIdentity: [UInt8], passphrase: String) throws(SealError) {
        let key = try PartnerKey.unlock(partner: partner, sealedIdentity: sealedIdentity, passphrase: passphrase)
        guard recipients[partner] == key.recipient else {
            throw .invalidKeyFile("\(KeyFolder.identityPath(partner)) and \(KeyFolder.recipientPath(partner)) "
                                  + "hold different keys")
        }
        identities[partner] = key.identity
    }

    /// Adds a plain identity (`--identity FILE`); returns the partner it belongs to, or nil when it is no
    /// partner's (it can still open files encrypted to it).
    @discardableResult
    public mutating func add(_ identity: X25519Identity) -> String? {
        guard let partner = recipients.first(where: { $0.value == identity.recipient })?.key else {
            if !otherIdentities.contains(where: { $0.recipient == identity.recipient }) { otherIdentities.append(identity) }
            return nil
        }
        identities[partner] = identity
        return partner
    }

    /// Adds every identity of a plain identity file (`--identity FILE`, `HEARTH_IDENTITY`); returns the partners
    /// they belong to, sorted. `name` is used in errors.
    @discardableResult
    public mutating func add(identityFile bytes: [UInt8], name: String) throws(SealError) -> [String] {
        var partners: [String] = []
        for identity in try KeyText.identities(in: bytes, name: name) {
            if let partner = add(identity) { partners.append(partner) }
        }
        return partners.sorted()
    }

    /// Partners whose files this keyring can open, sorted.
    public var unlockedPartners: [String] { identities.keys.sorted() }

    /// The age file of `plaintext` for `readers`; needs only the recipients.
    public func seal(_ plaintext: [UInt8], for readers: Readers) throws(SealError) -> [UInt8] {
        try AgeFile.seal(plaintext, to: recipients(for: readers))
    }

    /// The same file for `readers` as the keyring knows them now (after a partner was added), payload kept;
    /// needs an unlocked identity that opens it. See `AgeFile.rewrap` for what this does not do.
    public func rewrap(_ file: [UInt8], for readers: Readers) throws(SealError) -> [UInt8] {
        try AgeFile.rewrap(file, with: openingIdentities, to: recipients(for: readers))
    }

    private func recipients(for readers: Readers) throws(SealError) -> [X25519Recipient] {
        let chosen: [X25519Recipient]
        switch readers {
        case .everyone:
            // Sorted by partner id, so the same keyring always writes its stanzas in the same order.
            chosen = recipients.sorted { $0.key < $1.key }.map(\.value)
        case .only(let partner):
            guard let recipient = recipients[partner] else {
                throw .invalidKey("no public key for partner '\(partner)' in \(KeyFolder.path)/")
            }
            chosen = [recipient]
        }
        guard !chosen.isEmpty else { throw .invalidKey("the journal has no public keys in \(KeyFolder.path)/") }
        return chosen
    }

    /// The plaintext of an age file, with whichever unlocked identity matches. A shared file holds a stanza
    /// per partner in partner-id order (see `recipients(for:)`), so each partner's identity tries the stanza at
    /// its partner's place first: one X25519 per file for either partner, not two for the second.
    public func open(_ file: [UInt8]) throws(SealError) -> [UInt8] {
        try AgeFile.open(file, with: opening.identities, firstTrying: opening.hints)
    }

    /// `open` for a file's bytes lent for the call, as read: no array copy of a large file (the sealed index).
    public func open(_ file: UnsafeRawBufferPointer) throws(SealError) -> [UInt8] {
        try AgeFile.open(file, with: opening.identities, firstTrying: opening.hints)
    }

    /// `open` over a file's bytes as read, which the caller gives up: the plaintext is written over them and
    /// returned as their first bytes; no buffer is made for it (the sealed index, read on every load).
    public func open(inPlace file: UnsafeMutableRawBufferPointer) throws(SealError) -> UnsafeMutableRawBufferPointer {
        let count = try AgeFile.open(inPlace: file, with: opening.identities, firstTrying: opening.hints)
        return UnsafeMutableRawBufferPointer(rebasing: file[..<count])
    }

    private mutating func orderOpening() {
        let partners = identities.keys.sorted()
        let order = recipients.keys.sorted()
        opening = (partners.compactMap { identities[$0] } + otherIdentities,
                   partners.map { order.firstIndex(of: $0) })
    }

    private var openingIdentities: [X25519Identity] {
        identities.sorted { $0.key < $1.key }.map(\.value) + otherIdentities
    }

    /// The name of the sealed form of a journal file: the plain name plus `.age`.
    public static func sealedPath(_ plainPath: String) -> String { plainPath + ".age" }

    /// The plain name of a sealed journal file, nil when the name does not end in `.age`.
    public static func plainPath(ofSealed path: String) -> String? {
        // In UTF-8: counting characters walked the whole name, for every file of every listing.
        path.utf8.count > 4 && path.hasSuffix(".age") ? String(path.utf8.dropLast(4)) : nil
    }
}
