import ArgumentParser
import HearthDomain
import HearthSeal
import HearthStore

/// `hearth key add-partner --partner P`: a key for a partner the profile gained after the journal was encrypted.
struct KeyAddPartnerCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add-partner", abstract: "Give a partner added to the profile later a key of their own.",
        discussion: """
            Makes the partner's key under their passphrase (--passphrase-file NAME=FILE, or asked twice), then \
            rewraps every shared file of the journal so that their key opens it too; private reflections stay \
            their writer's alone. Needs another partner unlocked (their passphrase, --passphrase-file or \
            --identity) to open the shared files. Stopped half way, run it again to finish.
            """)

    @OptionGroup var store: StoreOptions
    @Option(help: ArgumentHelp("The partner to give a key (name or id), as in the profile.", valueName: "name")) var partner: String

    func run() throws {
        // Only passphrase files naming a partner who has a key (by id, or a name giving it) unlock the journal
        // now; the others are the new partner's to be.
        var unlocking = store
        let keyed = try CommandContext(options: store, unlocking: .nothing).keyring?.recipients.keys.sorted() ?? []
        unlocking.passphraseFiles = store.passphraseFiles.filter { entry in
            entry.firstIndex(of: "=").map { JournalUnlock.partnerID(String(entry[..<$0]), among: keyed) != nil } ?? true
        }
        let context = try CommandContext(options: unlocking)
        let keyring = try context.requireKeyring(for: "key add-partner")
        let profile = try context.loadJournal { $0.loadSettings() }.journal.profile
        let newcomer = try context.partner(partner, in: profile)
        let existing = context.store.loadKeyFiles().files
        if NewKeys.hasKey(newcomer.id, in: existing) {
            print("\(newcomer.name) already has a key; making sure every shared file opens with it.")
        } else {
            CoreDumps.forbid()
            let made = try NewKeys.files(for: [newcomer], existing: existing, passphrases: store.passphraseFiles)
            do {
                try context.store.writeKeyFiles(made.files)
            } catch {
                throw CommandFailure("\(error)")
            }
            print("Made \(newcomer.name)'s key: \(context.store.root)/\(KeyFolder.identityPath(newcomer.id))")
        }
        let grown: Keyring
        do {
            grown = try Keyring(keyFolder: context.store.loadKeyFiles().files)
        } catch {
            throw CommandFailure("\(context.store.root)/\(KeyFolder.path): \(error)")
        }
        let everyone = grown.recipients.sorted { $0.key < $1.key }.map(\.value)
        let outcome = try KeyRewrap(store: context.store).rewrap(with: keyring.identities.sorted { $0.key < $1.key }.map(\.value)) {
            KeyRewrap.privateOwner($0) == nil ? everyone : nil
        }
        KeyRewrap.report(outcome, root: context.store.root)
    }
}
