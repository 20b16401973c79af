import ArgumentParser
import HearthDomain

/// `hearth ritual add NAME --weekly DAY`: a new ritual, counted from this week.
struct RitualAddCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add", abstract: "Add a ritual: a name, how often, and the kinds of closeness it feeds.")

    @OptionGroup var store: StoreOptions
    @Argument(help: ArgumentHelp("The ritual's name, in any script (\"Date night\").", valueName: "name")) var name: String
    @OptionGroup var cadence: CadenceOptions
    @Option(help: ArgumentHelp("An intimacy type it feeds (repeatable, or comma-separated).", valueName: "type"))
    var feeds: [String] = []

    func run() throws {
        let context = try CommandContext(options: store)
        let (journal, loaded) = try context.loadJournal()
        let name = self.name.trimmingWhitespace()
        guard !name.isEmpty else { throw CommandFailure("a ritual needs a name", hint: "e.g. hearth ritual add \"Date night\" --weekly friday") }
        if let existing = journal.ritual(named: name) {
            throw CommandFailure("there is already a ritual called \(existing.name) (\(existing.status.rawValue))",
                                 hint: existing.status == .active ? "change it with `hearth ritual edit`, or pick another name"
                                                                  : "bring it back with `hearth ritual edit \"\(existing.name)\" --resume`")
        }
        let ritual = Ritual(id: Ritual.makeID(from: name, taken: journal.rituals.map(\.id)), name: name,
                            cadence: try cadence.cadence(), feeds: try context.types(feeds, in: journal.profile),
                            since: context.thisWeek)
        try context.perform(.saveRitual(ritual), journal: journal, loaded: loaded)
    }
}
