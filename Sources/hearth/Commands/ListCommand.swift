import ArgumentParser
import HearthDomain
import HearthExchange
import HearthUI

/// `hearth list`: a line per week, newest first.
struct ListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list", abstract: "List every week, newest first, with each partner's ratings side by side.")

    @OptionGroup var store: StoreOptions
    @Option(help: ArgumentHelp("Only this partner's ratings (name or id).", valueName: "name")) var partner: String?
    @Option(help: ArgumentHelp("Only weeks with a rating of TYPE below N, such as emotional=3 (repeatable: all must hold).",
                               valueName: "type=n")) var below: [String] = []
    @Flag(help: "Print JSON instead of text.") var json = false

    func run() throws { try values.run() }

    /// What was read, as plain values.
    var values: Values { Values(store: store.place, partner: partner, below: below, json: json) }

    /// `hearth list` as read, in plain values: the quick path (QuickCommand) makes these without the parser's
    /// property wrappers.
    struct Values: Equatable {
        var store: JournalPlace
        var partner: String?
        var below: [String]
        var json: Bool

        func run() throws {
            let context = try CommandContext(options: store, unlocking: .anyPartner(preferring: partner))
            // The list shows ratings and signs only: no loose moments and no prose are read into memory.
            var journal = try context.loadJournal(printingAndExiting: true) { $0.load(moments: false, prose: false, fields: .ratingsAndSigns) }.journal
            let partners = try partner.map { [try context.partner($0, in: journal.profile)] } ?? journal.profile.partners
            if !below.isEmpty {
                let filter = WeekFilter(partner: partner == nil ? nil : partners.first?.id,
                                        thresholds: try ListCommand.thresholds(below, in: journal.profile))
                journal.checkIns = filter.keepingMatchingWeeks(of: journal.checkIns)
                guard !journal.checkIns.isEmpty || json else {
                    return StandardOutput.write("No week has a rating that low (\(below.joined(separator: ", "))).\n")
                }
            }
            let report = ListReport(journal: journal, partners: partners)
            if json { StandardOutput.write(report.json().rendered() + "\n") } else { StandardOutput.write(bytes: report.textBytes()) }
        }
    }

    /// `emotional=3` means rated below 3; the type may be any the couple rates, by id or name.
    static func thresholds(_ texts: [String], in profile: Profile) throws -> [String: WeekFilter.Threshold] {
        var thresholds: [String: WeekFilter.Threshold] = [:]
        for text in texts {
            let parts = text.split(separator: "=", maxSplits: 1).map(String.init)
            let known = profile.intimacyTypes.map(\.id).joined(separator: ", ")
            guard parts.count == 2, let type = profile.intimacyTypes.first(where: {
                $0.id == parts[0].lowercased() || $0.name.lowercased() == parts[0].lowercased()
            }) else {
                throw CommandFailure("'\(text)' is not TYPE=N", hint: "write it like emotional=3; types: \(known)")
            }
            guard let limit = Int(parts[1]), (2...5).contains(limit) else {
                throw CommandFailure("'\(parts[1])' is not a rating to be below", hint: "use 2 to 5: emotional=3 lists weeks rated 1 or 2")
            }
            thresholds[type.id] = .atMost(limit - 1)
        }
        return thresholds
    }
}
