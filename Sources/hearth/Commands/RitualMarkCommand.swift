import ArgumentParser
import HearthDomain

/// `hearth ritual mark NAME kept|skipped`: how a ritual went this week, written into the partner's check-in.
struct RitualMarkCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "mark", abstract: "Mark a ritual kept or skipped for a week (this week by default).",
        discussion: """
            The mark goes into the partner's check-in for the week; when there is none yet, Hearth starts one \
            that holds only ritual marks, and the week's check-in fills in the rest later.
            """)

    @OptionGroup var store: StoreOptions
    @Argument(help: ArgumentHelp("The ritual (name or id).", valueName: "name")) var ritual: String
    @Argument(help: ArgumentHelp("How it went: kept or skipped.", valueName: "kept|skipped")) var status: String
    @Option(help: ArgumentHelp("Why it was skipped (a skip with a reason weighs less).", valueName: "text")) var reason: String?
    @Option(help: ArgumentHelp("The week: 2026-W47 or a date in it. Default: this week.", valueName: "week")) var week: String?
    @Option(help: ArgumentHelp("Who is marking (name or id); needed when the journal has more than one partner.",
                               valueName: "name"))
    var partner: String?

    func run() throws {
        let context = try CommandContext(options: store, unlocking: .anyPartner(preferring: partner))
        let (journal, loaded) = try context.loadJournal()
        let ritual = try context.ritual(self.ritual, in: journal)
        guard let status = RitualMark.Status(rawValue: status.lowercased()) else {
            throw CommandFailure("'\(status)' is not how a ritual went", hint: "write kept or skipped")
        }
        let reason = (self.reason ?? "").trimmingWhitespace()
        if status == .kept && !reason.isEmpty {
            throw CommandFailure("--reason goes with skipped, not kept", hint: "leave out --reason, or mark it skipped")
        }
        if ritual.status == .retired {
            throw CommandFailure("\(ritual.name) is retired", hint: "bring it back with `hearth ritual edit \"\(ritual.name)\" --resume` first")
        }
        let person = try marker(in: journal.profile, context: context)
        let target = try week.map(CommandContext.week(from:)) ?? context.thisWeek
        if target > context.thisWeek {
            throw CommandFailure("\(target) has not started yet (this week is \(context.thisWeek))", hint: "mark this week or an earlier one")
        }
        let mark = RitualMark(ritual: ritual.id, status: status, reason: reason)
        try context.perform(.markRitual(mark, week: target, partner: person.id), journal: journal, loaded: loaded)
    }

    /// `--partner`, or the only partner there is.
    private func marker(in profile: Profile, context: CommandContext) throws -> Partner {
        if let partner { return try context.partner(partner, in: profile) }
        guard profile.partners.count == 1, let only = profile.partners.first else {
            let names = profile.partners.map(\.name).joined(separator: ", ")
            throw CommandFailure("say who is marking: this journal has \(profile.partners.count) partners (\(names))",
                                 hint: "add --partner NAME; each partner's marks go in their own check-in")
        }
        return only
    }
}
