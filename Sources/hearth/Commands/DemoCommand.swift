import ArgumentParser
import HearthDomain
import HearthStore

/// `hearth demo`: writes a realistic, made-up journal to try Hearth or to measure it.
struct DemoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo", abstract: "Write a realistic made-up journal (Zoë and 美咲) into an empty folder.",
        discussion: """
            The journal ends this week and holds a rough patch a few months back, so every screen and chart \
            has something to show. The same --seed always gives the same journal.
            """)

    @Option(help: ArgumentHelp("An empty or new folder for the demo journal (never your real one).", valueName: "dir"))
    var dir: String
    @Option(parsing: .unconditional, help: ArgumentHelp("How many years of weekly check-ins (52 weeks each).", valueName: "n"),
            transform: CountArgument.positive) var years: Int?
    @Option(parsing: .unconditional, help: ArgumentHelp("How many weeks of check-ins (instead of --years).", valueName: "n"),
            transform: CountArgument.positive) var weeks: Int?
    @Option(help: "The seed; the same seed gives the same journal.") var seed: UInt64 = 1

    func validate() throws {
        if years != nil && weeks != nil { throw ValidationError("give --years or --weeks, not both") }
        if let years, !(1...2000).contains(years) { throw ValidationError("--years must be 1 to 2000") }
        if let weeks, !(1...100_000).contains(weeks) { throw ValidationError("--weeks must be 1 to 100000") }
    }

    func run() throws {
        let context = try CommandContext(options: JournalPlace(dir: dir), unlocking: .nothing)
        let count = weeks ?? (years ?? 1) * 52
        let journal = DemoJournal.make(weeks: count, endingAt: context.thisWeek, seed: seed)
        do {
            try context.store.importJournal(journal)
        } catch {
            throw CommandFailure("\(error)", hint: "pick an empty folder for the demo")
        }
        print("Wrote a demo journal of \(count) weeks (\(journal.checkIns.count) check-ins) to \(context.store.root)")
        print("Open it with: hearth --dir \(context.store.root)")
    }
}
