import ArgumentParser
import HearthDomain
import HearthExchange
import HearthUI

/// `hearth trends`: the charts and insights on stdout.
struct TrendsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "trends",
        abstract: "Print each intimacy type's chart with its numbers, then the insights.",
        discussion: """
            Charts use a fixed 1-5 scale; missed weeks stay blank. Plain ASCII is used under --ascii, \
            when the locale is not UTF-8, and on TERM=linux or vt100 terminals.
            """)

    @OptionGroup var store: StoreOptions
    @Option(parsing: .unconditional, help: ArgumentHelp("How many weeks, ending this week.", valueName: "n"),
            transform: CountArgument.positive) var weeks = 26
    @Option(help: ArgumentHelp("Only this intimacy type (id or name).", valueName: "type")) var type: String?
    @Option(help: ArgumentHelp("Only this partner (name or id).", valueName: "name")) var partner: String?
    @Flag(help: "Plain ASCII output, whatever the terminal can show (JSON escapes names).") var ascii = false
    @Flag(help: "Print the numbers as JSON instead of charts.") var json = false
    @Option(parsing: .unconditional, help: ArgumentHelp("Columns to lay out for (default: the terminal's width, else $COLUMNS, else 80).",
                                                         valueName: "n"), transform: CountArgument.positive) var width: Int?

    func run() throws { try values.run() }

    /// What was read, as plain values.
    var values: Values { Values(store: store.place, weeks: weeks, type: type, partner: partner, ascii: ascii, json: json, width: width) }

    /// `hearth trends` as read, in plain values: the quick path (QuickCommand) makes these without the parser's
    /// property wrappers.
    struct Values: Equatable {
        var store: JournalPlace
        var weeks: Int
        var type: String?
        var partner: String?
        var ascii: Bool
        var json: Bool
        var width: Int?

        func run() throws {
            let context = try CommandContext(options: store, unlocking: .anyPartner(preferring: partner))
            // Charts and insights come from ratings, signs, rituals and moments: no prose is read into memory.
            let journal = try context.loadJournal { $0.load(prose: false) }.journal
            // The tier only changes the symbols charts draw; names stay as written (JSON escapes them under --ascii).
            let tier = ascii ? .ascii : ChartTier.detect(environment: context.environment)
            let selection: TrendsSelection
            do {
                selection = try TrendsQuery(weeks: weeks, type: type, partner: partner)
                    .select(in: journal, today: context.today)
            } catch {
                throw CommandFailure(error.description, hint: "see `hearth trends --help`")
            }
            if json {
                let text = TrendsJSON(selection: selection).json.rendered() + "\n"
                StandardOutput.write(ascii ? TrendsJSON.escapingNonASCII(text) : text)
            } else {
                let columns = TerminalWidth.resolve(option: width, environment: context.environment)
                StandardOutput.write(TrendsPrintout(selection: selection, tier: tier, width: columns).render())
            }
        }
    }
}
