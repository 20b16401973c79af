import ArgumentParser
import HearthDomain
import HearthExchange

/// `hearth show WEEK`: the whole week, every partner.
struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show", abstract: "Show one week in full, every partner side by side.")

    @OptionGroup var store: StoreOptions
    @Argument(help: ArgumentHelp("The week: 2026-W47, a date in it (2026-11-21), or `this`/`last`.", valueName: "week"))
    var week: String
    @Flag(name: .customLong("private"), help: "Include private reflections (hidden by default).") var includePrivate = false
    @Flag(help: "Print JSON instead of text.") var json = false

    func run() throws { try values.run() }

    /// What was read, as plain values.
    var values: Values { Values(store: store.place, week: week, includePrivate: includePrivate, json: json) }

    /// `hearth show` as read, in plain values: the quick path (QuickCommand) makes these without the parser's
    /// property wrappers.
    struct Values: Equatable {
        var store: JournalPlace
        var week: String
        var includePrivate: Bool
        var json: Bool

        func run() throws {
            let context = try CommandContext(options: store)
            let journal = try context.loadJournal().journal
            let target: Week
            switch week.lowercased() {
            case "this": target = context.thisWeek
            case "last": target = context.thisWeek.previous
            default: target = try CommandContext.week(from: week)
            }
            let report = WeekReport(journal: journal, week: target, includePrivate: includePrivate)
            StandardOutput.write(json ? report.json().rendered() + "\n" : report.text())
        }
    }
}
