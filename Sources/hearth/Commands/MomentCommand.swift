import ArgumentParser
import HearthDomain
import HearthExchange
import HearthUI

/// `hearth moment`: love-language moments, logged any day of the week.
struct MomentCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "moment", abstract: "Log love-language moments any day, and list them.",
        subcommands: [MomentListCommand.self, MomentAddCommand.self], defaultSubcommand: MomentListCommand.self)
}

/// `hearth moment add --from P --to P --language LANG TEXT`.
struct MomentAddCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add", abstract: "Log a moment: who gave, to whom, in which love language, what happened.",
        discussion: "It goes into moments/YYYY/YYYY-Www-<giver>.md, next to that week's other moments.")

    @OptionGroup var store: StoreOptions
    @Option(help: ArgumentHelp("Who gave (name or id).", valueName: "name")) var from: String
    @Option(help: ArgumentHelp("Who received (name or id).", valueName: "name")) var to: String
    @Option(help: ArgumentHelp("words, service, gifts, time or touch.", valueName: "lang")) var language: String
    @Argument(help: ArgumentHelp("What happened.", valueName: "text")) var text: String
    @Option(help: ArgumentHelp("The day it happened (YYYY-MM-DD). Default: today.", valueName: "date")) var date: String?
    @Option(help: ArgumentHelp("How it landed, if you know.", valueName: "text")) var landed: String?

    func run() throws {
        let context = try CommandContext(options: store, unlocking: .anyPartner(preferring: from))
        let (journal, loaded) = try context.loadJournal()
        let giver = try context.partner(from, in: journal.profile)
        let receiver = try context.partner(to, in: journal.profile)
        guard giver.id != receiver.id else {
            throw CommandFailure("--from and --to are both \(giver.name)", hint: "a moment goes from one partner to another")
        }
        let text = self.text.trimmingWhitespace()
        guard !text.isEmpty else { throw CommandFailure("say what happened", hint: "e.g. \"Left a note in her bag\"") }
        let day = try date.map(Self.day(from:)) ?? context.today
        if day > context.today {
            throw CommandFailure("\(day) is after today (\(context.today))", hint: "log moments once they have happened")
        }
        let moment = Moment(date: day, from: giver.id, to: receiver.id, language: try Self.language(language),
                            text: text, landed: (landed ?? "").trimmingWhitespace())
        try context.perform(.addMoment(moment), journal: journal, loaded: loaded)
    }

    static func language(_ text: String) throws -> LoveLanguage {
        let lowered = text.lowercased()
        guard let language = LoveLanguage(rawValue: lowered) ?? LoveLanguage.allCases.first(where: { $0.name.lowercased() == lowered }) else {
            throw CommandFailure("'\(text)' is not a love language", hint: "use " + LoveLanguage.allCases.map(\.rawValue).joined(separator: ", "))
        }
        return language
    }

    static func day(from text: String) throws -> CivilDate {
        guard let date = CivilDate(text) else {
            throw CommandFailure("'\(text)' is not a date", hint: "write it as YYYY-MM-DD, e.g. 2026-11-20")
        }
        return date
    }
}

/// `hearth moment list`: every moment, logged or from check-ins, oldest first.
struct MomentListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list", abstract: "List love-language moments, oldest first: logged ones and those in check-ins.")

    @OptionGroup var store: StoreOptions
    @Option(help: ArgumentHelp("Only moments this partner gave or received (name or id).", valueName: "name")) var partner: String?
    @Option(help: ArgumentHelp("Only this week (2026-W47 or a date in it).", valueName: "week")) var week: String?
    @Flag(help: "Print JSON instead of text.") var json = false

    func run() throws {
        let context = try CommandContext(options: store, unlocking: .anyPartner(preferring: partner))
        let journal = try context.loadJournal().journal
        let person = try partner.map { try context.partner($0, in: journal.profile) }
        let target = try week.map(CommandContext.week(from:))
        let entries = MomentLog.entries(in: journal).filter { entry in
            (person.map { entry.moment.from == $0.id || entry.moment.to == $0.id } ?? true) && (target.map { entry.week == $0 } ?? true)
        }
        let profile = journal.profile
        if json {
            StandardOutput.write(JSON.array(entries.map { entry in
                .object([
                    ("week", .string(entry.week.description)),
                    ("date", entry.moment.date.map { .string($0.description) } ?? .null),
                    ("from", .string(entry.moment.from)), ("to", .string(entry.moment.to)),
                    ("language", .string(entry.moment.language.rawValue)),
                    ("text", .string(entry.moment.text)),
                    ("landed", entry.moment.landed.isEmpty ? .null : .string(entry.moment.landed)),
                    ("logged_in", .string(entry.inCheckIn ? "checkin" : "moments")),
                ])
            }).rendered() + "\n")
            return
        }
        guard !entries.isEmpty else {
            StandardOutput.write("No moments yet. Log one with `hearth moment add --from NAME --to NAME --language time \"...\"`.\n")
            return
        }
        let nameWidth = profile.partners.map { $0.name.terminalWidth }.max() ?? 4
        var out = ""
        for entry in entries {
            let when = entry.moment.date?.description ?? entry.week.description + "  "
            out += when + "  " + profile.displayName(of: entry.moment.from).padded(toWidth: nameWidth) + " → "
                + profile.displayName(of: entry.moment.to).padded(toWidth: nameWidth) + "  "
                + entry.moment.language.rawValue.padded(toWidth: 7) + "  " + entry.moment.text
                + (entry.moment.landed.isEmpty ? "" : " (landed: \(entry.moment.landed))") + "\n"
        }
        StandardOutput.write(out)
    }
}
