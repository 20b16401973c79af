import ArgumentParser
import HearthDomain

/// `hearth ritual edit NAME ...`: rename, change the cadence or what it feeds, pause or resume.
struct RitualEditCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "edit", abstract: "Change a ritual: its name, cadence or feeds; pause or resume it.",
        discussion: "Its id, and so its history, stays the same whatever you change.")

    @OptionGroup var store: StoreOptions
    @Argument(help: ArgumentHelp("The ritual (name or id).", valueName: "name")) var ritual: String
    @Option(name: .customLong("name"), help: ArgumentHelp("A new name.", valueName: "name")) var newName: String?
    @OptionGroup var cadence: CadenceOptions
    @Option(help: ArgumentHelp("The intimacy types it feeds, replacing the old list (repeatable).", valueName: "type"))
    var feeds: [String] = []
    @Flag(name: .customLong("no-feeds"), help: "It feeds no particular type.") var noFeeds = false
    @Flag(help: "Pause it: missed weeks stop counting until you resume.") var pause = false
    @Flag(help: "Make a paused or retired ritual active again.") var resume = false

    func run() throws {
        let context = try CommandContext(options: store)
        let (journal, loaded) = try context.loadJournal()
        var ritual = try context.ritual(self.ritual, in: journal)
        if pause && resume { throw CommandFailure("--pause and --resume contradict each other", hint: "give one of them") }
        if noFeeds && !feeds.isEmpty { throw CommandFailure("--no-feeds and --feeds contradict each other", hint: "give one of them") }
        guard newName != nil || cadence.isGiven || !feeds.isEmpty || noFeeds || pause || resume else {
            throw CommandFailure("nothing to change for \(ritual.name)",
                                 hint: "give --name, --daily / --weekly DAY / --every N --weekly DAY, --feeds, --pause or --resume")
        }
        if let newName {
            let name = newName.trimmingWhitespace()
            guard !name.isEmpty else { throw CommandFailure("--name cannot be empty") }
            if let other = journal.ritual(named: name), other.id != ritual.id {
                throw CommandFailure("there is already a ritual called \(other.name)", hint: "pick another name")
            }
            ritual.name = name
        }
        if cadence.isGiven { ritual.cadence = try cadence.cadence() }
        if !feeds.isEmpty { ritual.feeds = try context.types(feeds, in: journal.profile) }
        if noFeeds { ritual.feeds = [] }
        if pause { ritual.status = .paused }
        if resume { ritual.status = .active }
        try context.perform(.saveRitual(ritual), journal: journal, loaded: loaded)
    }
}

/// `hearth ritual retire NAME`: stop a ritual for good, keeping its history.
struct RitualRetireCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "retire", abstract: "Retire a ritual: it stops counting, its history stays.",
        discussion: "Bring it back any time with `hearth ritual edit NAME --resume`.")

    @OptionGroup var store: StoreOptions
    @Argument(help: ArgumentHelp("The ritual (name or id).", valueName: "name")) var ritual: String

    func run() throws {
        let context = try CommandContext(options: store)
        let (journal, loaded) = try context.loadJournal()
        var ritual = try context.ritual(self.ritual, in: journal)
        guard ritual.status != .retired else {
            throw CommandFailure("\(ritual.name) is already retired", hint: "bring it back with `hearth ritual edit \"\(ritual.name)\" --resume`")
        }
        ritual.status = .retired
        try context.perform(.saveRitual(ritual), journal: journal, loaded: loaded)
    }
}
