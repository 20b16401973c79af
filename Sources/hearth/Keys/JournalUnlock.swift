import HearthDomain
import HearthSeal
import HearthStore

/// Unlocks an encrypted journal for one command: reads `keys/`, then takes what the user gave, in this order:
/// `--identity FILE` (else `$HEARTH_IDENTITY`), each `--passphrase-file PARTNER=FILE`, and, when that is not
/// enough and stdin is a terminal, a passphrase asked on the terminal with echo off.
struct JournalUnlock {
    /// What a command needs unlocked.
    enum Need: Equatable {
        /// Nothing: the command reads no sealed file (it makes keys, or works on a plain journal).
        case nothing
        /// Any one partner, asking this one (name or id) first when a prompt is needed.
        case anyPartner(preferring: String?)
        /// This partner (name or id), whoever else is unlocked.
        case partner(String)
        /// Every partner with a key: each one's private files are opened (`hearth decrypt`).
        case everyPartner
    }

    let store: Store
    let options: JournalPlace
    let environment: [String: String]

    /// The keyring for `need`, or nil when the journal has no keys (it is not encrypted).
    func keyring(_ need: Need) throws -> Keyring? {
        guard let files = try keyFiles() else { return nil }
        // Before the first secret is in memory.
        CoreDumps.forbid()
        var keyring: Keyring
        do {
            keyring = try Keyring(keyFolder: files)
        } catch {
            throw CommandFailure("\(store.root)/\(KeyFolder.path): \(error)", hint: "restore the keys folder from a backup or another device")
        }
        // Nothing to open: `--passphrase-file` may hold new passphrases here (`encrypt`), not ones to try.
        guard need != .nothing else { return keyring }
        let partners = keyring.recipients.keys.sorted()
        let identityGiven = try addIdentity(to: &keyring)
        for entry in options.passphraseFiles {
            try unlock(&keyring, entry: entry, files: files, partners: partners)
        }
        if keyring.unlockedPartners.isEmpty, identityGiven {
            throw CommandFailure("the identity given (--identity or HEARTH_IDENTITY) is no partner's key in this journal "
                                 + "(\(partners.joined(separator: ", "))); nothing was opened")
        }
        for partner in try missing(need, in: keyring, partners: partners) {
            try prompt(&keyring, partner: partner, files: files, partners: partners)
        }
        return keyring
    }

    /// The files of `keys/` by name, or nil when no partner has a public key there.
    func keyFiles() throws -> [String: [UInt8]]? {
        let loaded = store.loadKeyFiles()
        if let problem = loaded.problems.first {
            throw CommandFailure("\(store.root)/\(problem.path) \(problem.message)", hint: problem.hint)
        }
        guard loaded.files.keys.contains(where: { KeyFolder.partner(ofRecipientFile: $0) != nil }) else { return nil }
        return loaded.files
    }

    /// Adds the identities of `--identity FILE`, else `$HEARTH_IDENTITY`; whether one was given.
    private func addIdentity(to keyring: inout Keyring) throws -> Bool {
        let option = options.identity != nil ? "--identity" : "HEARTH_IDENTITY"
        guard let path = options.identity ?? environment["HEARTH_IDENTITY"].flatMap({ $0.isEmpty ? nil : $0 }) else { return false }
        let bytes = try SecretFile.bytes(path, option: option)
        do {
            try keyring.add(identityFile: bytes, name: path)
        } catch {
            throw CommandFailure("\(option) \(path): \(error)", hint: "give a file of AGE-SECRET-KEY-1... lines, as `hearth key export` prints")
        }
        return true
    }

    /// `PARTNER=FILE`: unlocks that partner's key with the passphrase in FILE.
    private func unlock(_ keyring: inout Keyring, entry: String, files: [String: [UInt8]], partners: [String]) throws {
        guard let equals = entry.firstIndex(of: "="), equals != entry.startIndex, entry.index(after: equals) != entry.endIndex else {
            throw CommandFailure("--passphrase-file '\(entry)' needs the form PARTNER=FILE", hint: "e.g. --passphrase-file zoe=~/.hearth-pass")
        }
        let name = String(entry[..<equals])
        let option = "--passphrase-file \(name)=\(entry[entry.index(after: equals)...])"
        let passphrase = try SecretFile.passphrase(String(entry[entry.index(after: equals)...]), option: "--passphrase-file")
        if let partner = Self.partnerID(name, among: partners) {
            try Self.open(&keyring, partner: partner, passphrase: passphrase, files: files, source: option)
            return
        }
        // A display name in another script (美咲) does not give its id: the passphrase says whose key it opens.
        for partner in partners where !keyring.unlockedPartners.contains(partner) {
            if (try? Self.open(&keyring, partner: partner, passphrase: passphrase, files: files, source: option)) != nil { return }
        }
        throw CommandFailure("\(option): no partner's key in this journal opens with that passphrase "
                             + "(keys for: \(partners.joined(separator: ", "))); nothing was opened or changed")
    }

    /// Unlocks `partner` with `passphrase`; a wrong one is a one-line failure naming the key file.
    static func open(_ keyring: inout Keyring, partner: String, passphrase: String, files: [String: [UInt8]], source: String) throws {
        let path = KeyFolder.identityPath(partner)
        guard let sealed = files[String(path.dropFirst(KeyFolder.path.count + 1))] else {
            throw CommandFailure("\(path) is missing, so \(partner) cannot unlock with a passphrase",
                                 hint: "unlock with --identity and an exported key, or restore \(path) from a backup")
        }
        do {
            try keyring.unlock(partner: partner, sealedIdentity: sealed, passphrase: passphrase)
        } catch .wrongPassphrase {
            // A rotation stopped between writing the new public key and the new sealed key: the new key is in
            // keys/<id>.next.age, under the new passphrase, and `hearth key rotate` run again finishes.
            if let next = files["\(partner).next.age"],
               let key = try? PartnerKey.unlock(partner: partner, sealedIdentity: next, passphrase: passphrase),
               keyring.recipients[partner] == key.recipient, keyring.add(key.identity) == partner {
                return
            }
            throw CommandFailure("wrong passphrase for \(partner) (\(source)); nothing was opened or changed")
        } catch {
            throw CommandFailure("\(path): \(error)", hint: "restore \(path) from a backup, or unlock with --identity")
        }
    }

    /// The partner id `text` names among those with keys: the id itself, or the id a name gives.
    static func partnerID(_ text: String, among partners: [String]) -> String? {
        let lower = text.lowercased()
        if partners.contains(lower) { return lower }
        let made = Partner.makeID(from: text, fallbackIndex: 0)
        return partners.contains(made) ? made : nil
    }
}
