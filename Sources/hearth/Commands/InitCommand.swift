import ArgumentParser
import HearthDomain
import HearthSeal
import HearthStore

/// `hearth init`: creates the journal folder with the couple's profile, the default agenda and a first ritual.
struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init", abstract: "Create a new journal for the two (or more) of you.")

    @OptionGroup var store: StoreOptions

    @Option(name: .customLong("partner"), help: ArgumentHelp(
        "A partner's name, in any script. Repeat it for each partner.", valueName: "name"))
    var partners: [String] = []

    @Option(name: .customLong("love-language"), help: ArgumentHelp(
        "A partner's love languages, primary first: NAME=LANG[,LANG] with LANG one of words, service, gifts, time, touch.",
        valueName: "name=lang"))
    var loveLanguages: [String] = []

    @Flag(help: ArgumentHelp(
        "Start the journal encrypted: a key per partner under that partner's passphrase (--passphrase-file NAME=FILE "
            + "for each, or asked twice on the terminal). See `hearth encrypt --help`."))
    var encrypt = false

    func validate() throws {
        if partners.isEmpty { throw ValidationError("name at least one partner: --partner NAME (repeat for each)") }
    }

    func run() throws {
        let context = try CommandContext(options: store, unlocking: .nothing)
        let couple: [Partner]
        switch Partner.newCouple(named: partners) {
        case .success(let named): couple = named
        case .failure(let problem): throw CommandFailure("--partner: \(problem)")
        }
        var journal = Journal.new(partners: couple, startingIn: context.thisWeek)
        for entry in loveLanguages { try Self.apply(entry, to: &journal.profile) }
        let problems = journal.profile.validate()
        guard problems.isEmpty else {
            throw CommandFailure("the profile is not valid: " + problems.map(\.description).joined(separator: "; "))
        }
        let profile = journal.profile
        let target = encrypt ? try Self.keyedStore(context.store, partners: profile.partners, passphrases: store.passphraseFiles)
                             : context.store
        do {
            try target.initialize(profile: profile, agenda: journal.agenda, rituals: journal.rituals)
        } catch {
            throw CommandFailure("\(error)")
        }
        let names = profile.partners.map(\.name).joined(separator: " and ")
        print("Created \(encrypt ? "an encrypted" : "a") journal for \(names) in \(context.store.root)")
        print("Next: run `hearth` to check in at the keyboard, or `hearth checkin --help` to script it.")
    }

    /// Makes the partners' keys in the new journal's `keys/` (reusing those an interrupted run left, when the
    /// passphrases given open them) and returns the store sealing with them.
    static func keyedStore(_ store: Store, partners: [Partner], passphrases: [String]) throws -> Store {
        try keyedStore(store, partners: partners) { try NewPassphrase.forPartner($0, entries: passphrases) }.store
    }

    /// `keyedStore` with each partner's passphrase from `passphrase` (the setup screen's), also returning the
    /// keys it made (a leftover key reused is not among them).
    static func keyedStore(_ store: Store, partners: [Partner], passphrase: (Partner) throws -> String) throws
        -> (store: Store, keys: [PartnerKey]) {
        if store.loadSettings().journal != nil { throw CommandFailure("\(StoreError.alreadyInitialized(store.root))") }
        CoreDumps.forbid()
        let existing = store.loadKeyFiles()
        if let problem = existing.problems.first {
            throw CommandFailure("\(store.root)/\(problem.path) \(problem.message)", hint: problem.hint)
        }
        try NewKeys.checkLeftover(for: partners, existing: existing.files, passphrase: passphrase)
        let made = try NewKeys.keys(for: partners, existing: existing.files, passphrase: passphrase)
        do {
            try store.writeKeyFiles(made.files)
        } catch {
            throw CommandFailure("\(error)")
        }
        let keyring: Keyring
        do {
            keyring = try Keyring(keyFolder: store.loadKeyFiles().files)
        } catch {
            throw CommandFailure("\(store.root)/\(KeyFolder.path): \(error)")
        }
        return (store.with(keyring: keyring), made.keys)
    }

    /// Applies `NAME=LANG[,LANG]` to the matching partner; with one language the secondary there stays unless it
    /// is the new primary. Returns what happened to the secondary, and whose it is.
    @discardableResult
    static func apply(_ entry: String, to profile: inout Profile) throws -> (partner: Partner, secondary: Partner.SecondaryChange) {
        guard let equals = entry.firstIndex(of: "=") else {
            throw CommandFailure("--love-language '\(entry)' needs the form NAME=LANG[,LANG]", hint: "e.g. --love-language Alex=words,time")
        }
        let name = String(entry[..<equals])
        guard let index = profile.partners.firstIndex(where: { $0.id == name.lowercased() || $0.name.lowercased() == name.lowercased() }) else {
            throw CommandFailure("--love-language names '\(name)', who is not given with --partner")
        }
        let languages = try entry[entry.index(after: equals)...].split(separator: ",").map { text in
            guard let language = LoveLanguage(rawValue: text.lowercased()) else {
                throw CommandFailure("'\(text)' is not a love language",
                                     hint: "use " + LoveLanguage.allCases.map(\.rawValue).joined(separator: ", "))
            }
            return language
        }
        guard (1...2).contains(languages.count) else {
            throw CommandFailure("--love-language '\(entry)' takes one or two languages (primary, then secondary)")
        }
        let secondary: LoveLanguage? = languages.count > 1 ? languages[1] : nil
        if let problem = Partner.problem(primary: languages[0], secondary: secondary) {
            throw CommandFailure("--love-language '\(entry)': \(problem)", hint: "give one language, or two different ones")
        }
        let change = profile.partners[index].setLoveLanguages(primary: languages[0], secondary: languages.count > 1 ? .some(secondary) : nil)
        return (profile.partners[index], change)
    }
}
