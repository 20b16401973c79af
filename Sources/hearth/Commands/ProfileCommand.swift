import ArgumentParser
import HearthDomain
import HearthExchange
import HearthStore
import HearthUI

/// `hearth profile`: who the partners are and their love languages; `--love-language` changes them.
struct ProfileCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "profile", abstract: "Show the partners and their love languages, or set a partner's languages.",
        discussion: "Set with --love-language NAME=LANG[,LANG] (primary, then secondary), as in `hearth init`.")

    @OptionGroup var store: StoreOptions
    @Option(name: .customLong("love-language"), help: ArgumentHelp(
        "A partner's love languages, primary first: NAME=LANG[,LANG] with LANG one of words, service, gifts, time, touch (repeatable).",
        valueName: "name=lang"))
    var loveLanguages: [String] = []
    @Flag(help: "Print JSON instead of text.") var json = false

    func run() throws {
        let context = try CommandContext(options: store)
        var (journal, loaded) = try context.loadJournal()
        for entry in loveLanguages {
            var profile = journal.profile
            let (changed, secondary) = try InitCommand.apply(entry, to: &profile)
            guard journal.profile.partner(id: changed.id) != changed else {
                print("\(changed.name)'s love languages are already \(Self.languages(of: changed)); nothing to save")
                continue
            }
            let edit = JournalEdit.setLoveLanguages(partner: changed.id, primary: changed.primaryLanguage, secondary: changed.secondaryLanguage)
            let path = try CommandFailure.editing { () throws(EditFailure) in
                try JournalEditor(store: context.store).apply(edit, to: loaded)
            }
            print("\(edit.summary(in: journal)); saved in \(context.store.root)/\(path)")
            if let note = Self.note(on: secondary, of: changed) { print(note) }
            // Read back, so a second --love-language saves over this version, not the one before it.
            loaded = context.store.load()
            journal = loaded.journal ?? journal
        }
        guard loveLanguages.isEmpty else { return }
        StandardOutput.write(json ? Self.json(journal.profile).rendered() + "\n" : Self.text(journal.profile))
    }

    /// What a primary given alone did to the secondary, in words; nil when the secondary was given too.
    static func note(on change: Partner.SecondaryChange, of partner: Partner) -> String? {
        switch change {
        case .set, .stillNone: nil
        case .kept(let language):
            "\(partner.name)'s secondary stays \(language.name.lowercased()) (NAME=LANG,LANG sets both)"
        case .cleared(let language):
            "\(partner.name)'s secondary was \(language.name.lowercased()), now the primary, so there is no secondary "
                + "(NAME=LANG,LANG sets both)"
        }
    }

    /// `words of affirmation, then quality time`.
    static func languages(of partner: Partner) -> String {
        let names = [partner.primaryLanguage, partner.secondaryLanguage].compactMap { $0?.name.lowercased() }
        return names.isEmpty ? "not set" : names.joined(separator: ", then ")
    }

    static func text(_ profile: Profile) -> String {
        let nameWidth = profile.partners.map { $0.name.terminalWidth }.max() ?? 4
        var out = ""
        for partner in profile.partners {
            let languages = [partner.primaryLanguage, partner.secondaryLanguage].compactMap { $0?.name }
            out += partner.name.padded(toWidth: nameWidth) + "  (\(partner.id))  "
                + (languages.isEmpty ? "love languages not set" : languages.joined(separator: ", then ")) + "\n"
        }
        if !profile.extraTypes.isEmpty {
            out += "Your own types: " + profile.extraTypes.map(\.name).joined(separator: ", ") + "\n"
        }
        out += "Change with `hearth profile --love-language NAME=LANG[,LANG]` (words, service, gifts, time, touch).\n"
        return out
    }

    static func json(_ profile: Profile) -> JSON {
        .object([
            ("partners", .array(profile.partners.map { partner in
                .object([
                    ("id", .string(partner.id)), ("name", .string(partner.name)),
                    ("primary", partner.primaryLanguage.map { .string($0.rawValue) } ?? .null),
                    ("secondary", partner.secondaryLanguage.map { .string($0.rawValue) } ?? .null),
                ])
            })),
            ("types", .array(profile.intimacyTypes.map { .object([("id", .string($0.id)), ("name", .string($0.name))]) })),
        ])
    }
}
