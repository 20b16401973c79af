import ArgumentParser
import HearthDomain
import HearthSeal
import HearthStore

/// `hearth encrypt`: a key for each partner, then every journal file sealed in place.
struct EncryptCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "encrypt", abstract: "Encrypt a plain journal in place, with a key and a passphrase per partner.",
        discussion: """
            Makes each partner an age key, sealed under that partner's passphrase in keys/<id>.age (asked twice \
            on the terminal, or --passphrase-file PARTNER=FILE, one per partner), with the public key beside it in \
            keys/<id>.pub; then rewrites every file of the journal as an age file (NAME.md.age) readable with \
            either partner's key, a private reflection with its writer's alone. Each file is written whole \
            before its plain form is removed: if this is stopped, run it again and it finishes the job. A \
            check-in that does not parse is left in plain text (sealed whole, its private reflection would open \
            for every partner) and named with its line; every other file is still encrypted and the command \
            fails: fix it, then run this again.
            """)

    @OptionGroup var store: StoreOptions

    func run() throws {
        let context = try CommandContext(options: store, unlocking: .nothing)
        let existing = context.store.loadKeyFiles()
        if let problem = existing.problems.first {
            throw CommandFailure("\(context.store.root)/\(problem.path) \(problem.message)", hint: problem.hint)
        }
        // Before the first key is in memory.
        CoreDumps.forbid()
        if let profile = context.store.loadSettings().journal?.profile {
            let made = try NewKeys.files(for: profile.partners, existing: existing.files, passphrases: store.passphraseFiles)
            do {
                try context.store.writeKeyFiles(made.files)
            } catch {
                throw CommandFailure("\(error)")
            }
            for partner in made.made {
                print("Made \(partner.name)'s key: \(context.store.root)/\(KeyFolder.identityPath(partner.id))")
            }
        } else if existing.files.isEmpty {
            _ = try context.loadJournal { $0.loadSettings() }
        }
        try Self.seal(context)
    }

    /// Seals every plain file of the journal for the keys in `keys/`.
    static func seal(_ context: CommandContext) throws {
        let keyring: Keyring
        do {
            keyring = try Keyring(keyFolder: context.store.loadKeyFiles().files)
        } catch {
            throw CommandFailure("\(context.store.root)/\(KeyFolder.path): \(error)")
        }
        try context.store.with(keyring: keyring).convertFiles(to: .sealed)
        print("Encrypted the journal in \(context.store.root): each file is now NAME.age.")
        print("Keep a paper copy of each key: `hearth key export --partner NAME`. A lost passphrase with no copy loses that partner's files.")
    }
}
