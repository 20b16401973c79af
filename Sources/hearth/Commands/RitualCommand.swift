import ArgumentParser
import HearthStore
import HearthDomain

/// `hearth ritual`: the rituals the couple keeps, and how each week went.
struct RitualCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ritual", abstract: "Define, change, retire and mark the rituals you keep.",
        subcommands: [RitualListCommand.self, RitualAddCommand.self, RitualEditCommand.self,
                      RitualRetireCommand.self, RitualMarkCommand.self],
        defaultSubcommand: RitualListCommand.self)
}

/// `--daily`, `--weekly DAY`, `--every N --weekly DAY`: how often a ritual comes round.
struct CadenceOptions: ParsableArguments {
    @Flag(help: "Every day (counted once a week: kept or not).") var daily = false
    @Option(help: ArgumentHelp("Once a week on this day (monday ... sunday, or mon ... sun).", valueName: "day"))
    var weekly: String?
    @Option(parsing: .unconditional, help: ArgumentHelp("Every N weeks, on the day given with --weekly.", valueName: "n"),
            transform: CountArgument.positive) var every: Int?

    var isGiven: Bool { daily || weekly != nil || every != nil }

    /// The cadence the flags describe; throws a one-line explanation when they do not make one.
    func cadence() throws -> Cadence {
        if daily {
            guard weekly == nil, every == nil else {
                throw CommandFailure("--daily cannot be combined with --weekly or --every", hint: "choose one cadence")
            }
            return .daily
        }
        guard let weekly else {
            throw CommandFailure(every == nil ? "say how often: --daily, --weekly DAY or --every N --weekly DAY"
                                              : "--every N needs the day too: --every \(every ?? 2) --weekly DAY",
                                 hint: "e.g. --weekly friday, or --every 2 --weekly sunday")
        }
        guard let day = Weekday(name: weekly) else {
            throw CommandFailure("'\(weekly)' is not a day of the week", hint: "write monday ... sunday (or mon ... sun)")
        }
        guard let every else { return .weekly(on: day) }
        guard (1...52).contains(every) else {
            throw CommandFailure("--every \(every) is not a number of weeks", hint: "use 1 to 52")
        }
        return every == 1 ? .weekly(on: day) : .everyWeeks(every, on: day)
    }
}

extension CommandContext {
    /// The ritual `text` names (id or name), or a failure listing the rituals there are.
    func ritual(_ text: String, in journal: Journal) throws -> Ritual {
        guard let ritual = journal.ritual(named: text) else {
            let known = journal.rituals.map(\.name).joined(separator: ", ")
            throw CommandFailure("'\(text)' is not one of your rituals",
                                 hint: known.isEmpty ? "add one with `hearth ritual add NAME --weekly DAY`" : "known: \(known)")
        }
        return ritual
    }

    /// Intimacy type ids from ids or names, each checked against the profile.
    func types(_ texts: [String], in profile: Profile) throws -> [String] {
        var ids: [String] = []
        for text in texts.flatMap({ $0.split(separator: ",").map { String($0).trimmingWhitespace() } }) {
            let lowered = text.lowercased()
            guard let type = profile.intimacyTypes.first(where: { $0.id == lowered || $0.name.lowercased() == lowered }) else {
                throw CommandFailure("'\(text)' is not an intimacy type in this journal",
                                     hint: "use one of: " + profile.intimacyTypes.map(\.id).joined(separator: ", "))
            }
            if !ids.contains(type.id) { ids.append(type.id) }
        }
        return ids
    }

    /// Applies one edit to the journal as loaded and prints what it did.
    func perform(_ edit: JournalEdit, journal: Journal, loaded: LoadResult) throws {
        let path = try CommandFailure.editing { () throws(EditFailure) in try JournalEditor(store: store).apply(edit, to: loaded) }
        print("\(edit.summary(in: journal)); saved in \(store.root)/\(path)")
    }
}
