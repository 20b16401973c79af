import ArgumentParser
import HearthSeal
import HearthStore

/// `hearth key rotate --partner P`: a new key for one partner, every file they read wrapped to it.
struct KeyRotateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rotate", abstract: "Give one partner a new key and rewrap every file they can read to it.",
        discussion: """
            Unlocks the partner's current key, makes a new one sealed under a passphrase (--new-passphrase-file, \
            or asked twice; it may be the same as before), and rewraps each file that partner can read so that \
            only the new key opens it; then the new key replaces the old in keys/. \
            What it protects: the journal as it is on disk from now on no longer opens with the old key, so an \
            old key that may have leaked (a lost paper backup, keys/<id>.age with a passphrase someone learnt) \
            stops opening it. What it does not: a copy of the journal made before (a backup, a sync history, a \
            stolen laptop) still opens with the old key; and a rewrap changes only each file's header, not its \
            content key, so someone who already opened a file with the old key and kept that file's key can \
            still read it. To shut such a person out, change the content itself: `hearth decrypt`, then \
            `hearth encrypt` (briefly writing plain files). Stopped half way, the journal opens with the old key \
            or the new; run it again.
            """)

    @OptionGroup var store: StoreOptions
    @Option(help: ArgumentHelp("Whose key to replace (name or id).", valueName: "name")) var partner: String
    @OptionGroup var newPassphrase: NewPassphraseOption

    func run() throws {
        let (context, id, name, old) = try CommandContext.unlocking(partner: partner, options: store, command: "key rotate")
        let keyring = try context.requireKeyring(for: "key rotate")
        var passphrase = try newPassphrase.passphrase(for: name)
        defer { passphrase = "" }
        // The new key is saved before any file is wrapped to it, as keys/<id>.next.age, so a stop at any point
        // leaves every file open to a key on disk; run again, the same new passphrase picks it up.
        let next = try Self.pendingKey(id: id, name: name, passphrase: passphrase, store: context.store)
        let others = keyring.recipients.filter { $0.key != id }.sorted { $0.key < $1.key }.map(\.value)
        let rewrap = KeyRewrap(store: context.store)
        // Each file keeps its readers, the old key swapped for the new: the partner's private files are sealed to
        // them alone, the other partner's are left (the old key does not open them anyway).
        func recipients(_ path: String) -> [X25519Recipient]? {
            guard let owner = KeyRewrap.privateOwner(path) else { return others + [next.recipient] }
            return owner == id ? [next.recipient] : nil
        }
        var outcome = try rewrap.rewrap(with: [old, next.identity], recipients: recipients)
        do {
            // The public key first: stopped before the sealed key follows, the new key still opens from
            // keys/<id>.next.age (JournalUnlock looks there) and running this again finishes.
            var named = next
            named.name = name
            try context.store.writeKeyFiles(try KeyStrength.files(named, passphrase: passphrase).reversed())
        } catch {
            throw CommandFailure("cannot save \(name)'s new key: \(error)")
        }
        // A file another Hearth sealed to the old key meanwhile.
        outcome.rewritten += try rewrap.rewrap(with: [old], recipients: recipients).rewritten
        do {
            try context.store.removeKeyFile(Self.pendingPath(id))
        } catch {
            throw CommandFailure("\(error)")
        }
        print("Made \(name)'s new key (\(context.store.root)/\(KeyFolder.identityPath(id))); the old key opens none of the journal's files now.")
        KeyRewrap.report(outcome, root: context.store.root)
        StandardError.write("hearth: a paper copy of \(name)'s old key is no use now: export the new one (`hearth key export --partner \(id)`)\n")
    }

    /// `keys/<id>.next.age`: the new key of a rotation under way.
    static func pendingPath(_ partner: String) -> String { "\(KeyFolder.path)/\(partner).next.age" }

    /// The new key a stopped rotation saved, opened with `passphrase`; else a new key, saved there first.
    static func pendingKey(id: String, name: String, passphrase: String, store: Store) throws -> PartnerKey {
        let path = pendingPath(id)
        do {
            if let saved = try store.readKeyFile(path) {
                do throws(SealError) {
                    return try PartnerKey.unlock(partner: id, sealedIdentity: saved, passphrase: passphrase)
                } catch .wrongPassphrase {
                    throw CommandFailure("\(path) holds the new key of a rotation that was stopped, and the new passphrase given does not open it",
                                         hint: "give the new passphrase used then: the files already moved to that key open with it alone")
                }
            }
            let fresh = try PartnerKey(partner: id)
            try store.writeKeyFiles([(path: path, bytes: try KeyStrength.sealedIdentity(fresh, passphrase: passphrase))])
            return fresh
        } catch let failure as CommandFailure {
            throw failure
        } catch {
            throw CommandFailure("cannot make \(name)'s new key: \(error)")
        }
    }
}
