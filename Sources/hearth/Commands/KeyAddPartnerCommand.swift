import ArgumentParser
import HearthDomain
import HearthSeal
import HearthStore

/// `hearth key add-partner`: a new partner joins an encrypted journal (`--name`), or a partner of the profile
/// without a key gets one (`--partner`).
struct KeyAddPartnerCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add-partner", abstract: "Add a partner to an encrypted journal, or give a partner without a key one.",
        discussion: """
            With --name NAME, adds a new partner to the profile (in a plain journal you would add them to profile.md; \
            an encrypted profile cannot be edited by hand); with --partner NAME, uses a partner the profile has \
            already. Makes the partner's key under their passphrase (--passphrase-file NAME=FILE, or asked twice), \
            then rewraps every shared file of the journal so that their key opens it too; private reflections \
            stay their writer's alone, so the new key opens none written before. Needs another partner unlocked \
            (their passphrase, --passphrase-file or --identity) to open the shared files. Stopped half way, run \
            it again with the same options to finish.
            """)

    @OptionGroup var store: StoreOptions
    @Option(help: ArgumentHelp("A partner of the profile to give a key (name or id).", valueName: "name")) var partner: String?
    @Option(help: ArgumentHelp("A new partner's name, in any script: added to the profile, then given a key.", valueName: "name"))
    var name: String?

    func validate() throws {
        if (partner == nil) == (name == nil) {
            throw ValidationError("give either --name NAME (a new partner) or --partner NAME (one in the profile)")
        }
    }

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
        let loaded = try context.loadJournal { $0.loadSettings() }
        let profile = loaded.journal.profile
        let newcomer = try name.map { try Self.joining($0, profile) } ?? context.partner(partner ?? "", in: profile)
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
        var grown: Keyring
        do {
            grown = try Keyring(keyFolder: context.store.loadKeyFiles().files)
        } catch {
            throw CommandFailure("\(context.store.root)/\(KeyFolder.path): \(error)")
        }
        for identity in keyring.identities.values { grown.add(identity) }
        // The key is saved before the profile names the partner: stopped in between, a run again finds the key
        // and goes on; the profile is sealed to every key, the new one included.
        if profile.partner(id: newcomer.id) == nil {
            try Self.addToProfile(newcomer, loaded: loaded, store: context.store.with(keyring: grown))
        }
        let everyone = grown.recipients.sorted { $0.key < $1.key }.map(\.value)
        let outcome = try KeyRewrap(store: context.store).rewrap(with: keyring.identities.sorted { $0.key < $1.key }.map(\.value)) {
            KeyRewrap.privateOwner($0) == nil ? everyone : nil
        }
        KeyRewrap.report(outcome, root: context.store.root)
    }

    /// The partner `--name` names: one the profile has under exactly this name (a run stopped after saving it),
    /// else a newcomer with an id of their own; a name another partner's folds to is refused.
    static func joining(_ name: String, _ profile: Profile) throws -> Partner {
        if let known = profile.partners.first(where: { $0.name == name }) {
            print("\(known.name) is in the profile already (\(known.id)); going on with their key.")
            return known
        }
        switch Partner.newcomer(named: name, joining: profile.partners) {
        case .success(let newcomer): return newcomer
        case .failure(let problem): throw CommandFailure("--name: \(problem)")
        }
    }

    /// Saves the profile with `newcomer` added, through a store that seals to their key too.
    static func addToProfile(_ newcomer: Partner, loaded: (journal: Journal, result: LoadResult), store: Store) throws {
        var profile = loaded.journal.profile
        profile.partners.append(newcomer)
        let problems = profile.validate()
        guard problems.isEmpty else {
            throw CommandFailure("the profile would not be valid: " + problems.map(\.description).joined(separator: "; "))
        }
        do {
            try store.saveProfile(profile, expected: loaded.result.revision(ofPath: "profile.md"), base: loaded.journal.profile)
        } catch {
            throw CommandFailure("\(error)")
        }
        print("Added \(newcomer.name) (\(newcomer.id)) to the profile in \(store.root)/profile.md.age")
    }
}
