import ArgumentParser
import HearthDomain
import HearthExchange
import HearthUI

/// `hearth ritual list`: every ritual, its strength and this week.
struct RitualListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list", abstract: "List your rituals with their strength, recent weeks and this week's marks.")

    @OptionGroup var store: StoreOptions
    @Option(help: ArgumentHelp("Show this week instead (2026-W47 or a date in it).", valueName: "week")) var week: String?
    @Flag(help: "Print JSON instead of text.") var json = false

    func run() throws {
        let context = try CommandContext(options: store)
        // Rituals and their marks live in the front matter: no prose is read into memory.
        let journal = try context.loadJournal { $0.load(prose: false) }.journal
        let report = RitualReport(journal: journal, week: try week.map(CommandContext.week(from:)) ?? context.thisWeek,
                                  tier: ChartTier.detect(environment: context.environment))
        StandardOutput.write(json ? report.json().rendered() + "\n" : report.text())
    }
}
