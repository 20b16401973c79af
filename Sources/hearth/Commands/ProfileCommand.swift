import ArgumentParser
import HearthDomain
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
            try InitCommand.apply(entry, to: &profile)
            guard let changed = profile.partners.first(where: { partner in journal.profile.partner(id: partner.id) != partner }) else { continue }
            let edit = JournalEdit.setLoveLanguages(partner: changed.id, primary: changed.primaryLanguage, secondary: changed.secondaryLanguage)
            let path = try JournalEditor(store: context.store).apply(edit, to: loaded)
            print("\(edit.summary(in: journal)); saved in \(context.store.root)/\(path)")
            // Read back, so a second --love-language saves over this version, not the one before it.
            loaded = context.store.load()
            journal = loaded.journal ?? journal
        }
        guard loveLanguages.isEmpty else { return }
        StandardOutput.write(json ? Self.json(journal.profile).rendered() + "\n" : Self.text(journal.profile))
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
