import ArgumentParser
import HearthDomain

/// `hearth list`: a line per week, newest first.
struct ListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list", abstract: "List every week, newest first, with each partner's ratings side by side.")

    @OptionGroup var store: StoreOptions
    @Option(help: ArgumentHelp("Only this partner's ratings (name or id).", valueName: "name")) var partner: String?
    @Flag(help: "Print JSON instead of text.") var json = false

    func run() throws {
        let context = try CommandContext(options: store)
        let journal = try context.loadJournal().journal
        let partners = try partner.map { [try context.partner($0, in: journal.profile)] } ?? journal.profile.partners
        let report = ListReport(journal: journal, partners: partners)
        if json { StandardOutput.write(report.json().rendered() + "\n") } else { StandardOutput.write(bytes: report.textBytes()) }
    }
}
