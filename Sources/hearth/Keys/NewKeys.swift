import HearthDomain
import HearthSeal

/// Keys for partners who have none yet: a new age identity each, sealed under the partner's passphrase.
enum NewKeys {
    /// The key files to write for every partner in `partners` without both key files in `existing` (names in
    /// `keys/`): every sealed identity first, then every public key, so that a journal never shows a public
    /// key (which makes new writes sealed to it) whose identity was not saved.
    static func files(for partners: [Partner], existing: [String: [UInt8]], passphrases entries: [String]) throws
        -> (files: [(path: String, bytes: [UInt8])], made: [Partner]) {
        let made = try keys(for: partners, existing: existing) { try NewPassphrase.forPartner($0, entries: entries) }
        return (made.files, made.keys.compactMap { key in partners.first { $0.id == key.partner } })
    }

    /// `files(for:existing:passphrases:)` with each passphrase from `passphrase` (the setup screen's, typed
    /// there), and the keys made, so the journal can be opened with them at once.
    static func keys(for partners: [Partner], existing: [String: [UInt8]], passphrase given: (Partner) throws -> String) throws
        -> (files: [(path: String, bytes: [UInt8])], keys: [PartnerKey]) {
        var identities: [(path: String, bytes: [UInt8])] = []
        var recipients: [(path: String, bytes: [UInt8])] = []
        var made: [PartnerKey] = []
        for partner in partners where !hasKey(partner.id, in: existing) {
            var passphrase = try given(partner)
            defer { passphrase = "" }
            let files: [(path: String, bytes: [UInt8])]
            let key: PartnerKey
            do {
                key = try PartnerKey(partner: partner.id, name: partner.name)
                files = try KeyStrength.files(key, passphrase: passphrase)
            } catch {
                throw CommandFailure("cannot make a key for \(partner.name): \(error)")
            }
            identities += files.filter { $0.path.hasSuffix(".age") }
            recipients += files.filter { $0.path.hasSuffix(".pub") }
            made.append(key)
        }
        return (identities + recipients, made)
    }

    /// Checks that each partner's passphrase opens the key an interrupted `init --encrypt` left for them: the
    /// journal must open with the passphrases given this time.
    static func checkLeftover(for partners: [Partner], existing: [String: [UInt8]], passphrase given: (Partner) throws -> String) throws {
        for partner in partners where hasKey(partner.id, in: existing) {
            var passphrase = try given(partner)
            defer { passphrase = "" }
            var keyring = try Keyring(keyFolder: existing)
            do {
                try JournalUnlock.open(&keyring, partner: partner.id, passphrase: passphrase, files: existing,
                                       source: "keys/\(partner.id).age, left by an earlier `init --encrypt`")
            } catch let failure as CommandFailure {
                throw CommandFailure(failure.message, hint: "give the passphrase used then, or remove the folder keys/ to start over")
            }
        }
    }

    /// Whether `partner` has both key files in the `keys/` listing.
    static func hasKey(_ partner: String, in existing: [String: [UInt8]]) -> Bool {
        existing["\(partner).age"] != nil && existing["\(partner).pub"] != nil
    }
}
