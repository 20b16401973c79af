import ArgumentParser
import HearthDomain
import HearthReport

/// `hearth report`: the year in review as one HTML page to keep, open or print.
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report", abstract: "Write a year in review: one HTML page with charts, to open in any browser or print.",
        discussion: """
            The page holds everything itself (charts are inline SVG, no scripts, nothing fetched): how close \
            each of you felt in each kind of intimacy, the gaps between you, your rituals' strength, the \
            love-language balance, the weeks with warning signs and what stood out, with its numbers. Private \
            reflections are never included. The file is written whole (mode 0600) or not at all.
            """)

    @OptionGroup var store: StoreOptions
    @Option(help: ArgumentHelp("The ISO year (default: this year, up to this week).", valueName: "year")) var year: Int?
    @Option(help: ArgumentHelp("The HTML file to write, or - for standard output.", valueName: "file")) var output: String
    @Option(help: ArgumentHelp("The paper to print on: any (the printer's), a4 or letter.", valueName: "paper"))
    var paper: YearReportPage.Paper = .any

    func run() throws {
        let context = try CommandContext(options: store)
        let chosen = year ?? Week(containing: context.today).year
        guard chosen <= context.thisWeek.year else {
            throw CommandFailure("\(chosen) has not begun yet (this week is \(context.thisWeek))", hint: "pick this year or an earlier one")
        }
        guard chosen >= 1 else { throw CommandFailure("\(chosen) is not a year", hint: "write it like 2026") }
        // Charts need ratings, signs, rituals and moments; appreciations are prose, so prose is read too.
        let journal = try context.loadJournal().journal
        let review = YearInReview(journal: journal, year: chosen, today: context.today)
        let page = YearReportPage(review: review, paper: paper, generator: "Hearth \(HearthVersion.current)", madeOn: context.today)
        let html = page.render()
        if output == "-" { return StandardOutput.write(html) }
        try OutputFile.write(Array(html.utf8), to: output)
        let summary = review.isEmpty ? "no check-ins in \(chosen) yet" : "\(review.checkInCount) check-ins, \(page.chartCount) charts"
        print("Wrote \(chosen) in review (\(summary)) to \(output)")
        if context.keyring != nil {
            StandardError.write("hearth: \(output) is plain text: the journal is encrypted, this report is not\n")
        }
    }
}

extension YearReportPage.Paper: ExpressibleByArgument {}
