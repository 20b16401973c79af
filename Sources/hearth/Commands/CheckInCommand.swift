import ArgumentParser
import HearthDomain
import HearthStore

/// `hearth checkin`: one partner's check-in for a week, from flags (the scriptable path).
struct CheckInCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "checkin", abstract: "Record one partner's check-in for a week, in the wizard or from flags.",
        discussion: """
            Without rating flags this opens the check-in wizard in the terminal, asking who is checking in \
            unless --partner says. With flags it saves at once: ratings run from 1 (far apart) to 5 \
            (deeply connected); write `skip` to leave one out.
            """)

    @OptionGroup var store: StoreOptions
    @Option(help: ArgumentHelp("Who is checking in (name or id); the wizard asks when it is left out.", valueName: "name"))
    var partner: String?
    @Option(help: ArgumentHelp("The week: 2026-W47 or a date in it. Default: this week.", valueName: "week")) var week: String?
    @Option(help: ArgumentHelp("Emotional closeness, 1-5 or skip.", valueName: "1-5")) var emotional: RatingArgument?
    @Option(help: ArgumentHelp("Physical closeness, 1-5 or skip.", valueName: "1-5")) var physical: RatingArgument?
    @Option(help: ArgumentHelp("Intellectual closeness, 1-5 or skip.", valueName: "1-5")) var intellectual: RatingArgument?
    @Option(help: ArgumentHelp("Spiritual closeness, 1-5 or skip.", valueName: "1-5")) var spiritual: RatingArgument?
    @Option(help: ArgumentHelp("Experiential closeness, 1-5 or skip.", valueName: "1-5")) var experiential: RatingArgument?
    @Option(name: .customLong("rating"), help: ArgumentHelp(
        "A rating for a type the couple added: TYPE=N (repeatable).", valueName: "type=n"))
    var extraRatings: [String] = []
    @Option(name: .customLong("appreciation"), help: ArgumentHelp("Something you appreciated (repeatable).", valueName: "text"))
    var appreciations: [String] = []
    @Option(name: .customLong("how"), help: ArgumentHelp("How are we doing, in your words.", valueName: "text"))
    var howWeAreDoing: String?
    @Option(help: ArgumentHelp("What we need more of.", valueName: "text")) var more: String?
    @Option(help: ArgumentHelp("What we need less of.", valueName: "text")) var less: String?
    @Option(name: .customLong("warning"), help: ArgumentHelp(
        "A warning sign noticed (repeatable): " + WarningSign.allCases.map(\.rawValue).joined(separator: ", ") + ".",
        valueName: "sign"))
    var warnings: [String] = []
    @Option(name: .customLong("ritual"), help: ArgumentHelp("A ritual and how it went: NAME=kept|skipped (repeatable).", valueName: "name=status"))
    var rituals: [String] = []
    @Option(name: .customLong("device-free"), help: ArgumentHelp(
        "Device-free time together this week, as minutes or hours: 90, 90m, 1h40, 1:40, 1.5h.", valueName: "duration"),
            transform: CountArgument.minutes)
    var deviceFreeMinutes: Int?
    @Option(help: ArgumentHelp("One intention for next week.", valueName: "text")) var intention: String?
    @Option(help: ArgumentHelp("A free note.", valueName: "text")) var note: String?
    @Option(name: .customLong("private-note"), help: ArgumentHelp(
        "A private reflection, just for you: hidden unless asked for (--private); in an encrypted journal, sealed "
            + "so that only your own key opens it.", valueName: "text"))
    var privateNote: String?
    @Flag(help: "Overwrite this partner's existing check-in for the week.") var replace = false

    /// True when no answer was given as a flag: the couple wants the wizard.
    private var wantsWizard: Bool {
        [emotional, physical, intellectual, spiritual, experiential].allSatisfy { $0 == nil } && extraRatings.isEmpty
            && appreciations.isEmpty && howWeAreDoing == nil && more == nil && less == nil && warnings.isEmpty
            && rituals.isEmpty && deviceFreeMinutes == nil && intention == nil && note == nil && privateNote == nil
    }

    func run() throws {
        if wantsWizard { try CommandContext.requireTerminal() }
        let context = try CommandContext(options: store, unlocking: .anyPartner(preferring: partner))
        // The profile names the partner; then only that partner's week file is read, not the journal.
        let settings = try context.loadJournal { $0.loadSettings() }
        let person = try partner.map { try context.partner($0, in: settings.journal.profile) }
        let target = try week.map(CommandContext.week(from:)) ?? context.thisWeek
        if target > context.thisWeek {
            throw CommandFailure("\(target) has not started yet (this week is \(context.thisWeek))",
                                 hint: "check in for this week or an earlier one")
        }
        if wantsWizard {
            try context.runUI(checkIn: CheckInRequest(week: target, partner: person?.id))
            return
        }
        guard let person else {
            throw CommandFailure("--partner is needed with ratings: who is checking in?", hint: "add --partner NAME, or leave out the ratings to use the wizard")
        }
        // The settings go on without their problems: those were reported once already.
        let (journal, loaded) = try context.loadJournal { $0.load(week: target, partner: person.id, onto: LoadResult(journal: settings.journal)) }
        let path = Store.path(of: target, partner: person.id)
        // A file there that cannot be read is neither "already checked in" nor something to write over.
        if let problem = loaded.problems.first(where: { $0.path == path }) {
            let place = problem.line.map { ":\($0)" + (problem.column.map { ":\($0)" } ?? "") } ?? ""
            throw CommandFailure("\(path)\(place): \(problem.message); Hearth will not \(replace ? "replace" : "write over") a file it cannot read",
                                 hint: "fix it by hand (`hearth doctor` lists what is wrong) or move it out of the journal folder, then run this again")
        }
        let expected = loaded.revision(ofPath: path)
        let existing = journal.checkIn(partner: person.id, week: target)
        // A check-in holding only ritual marks (`hearth ritual mark`) is filled in, not replaced.
        let onlyMarks = existing?.isOnlyRitualMarks ?? false
        if expected != nil && !replace && !onlyMarks {
            throw CommandFailure("\(person.name) has already checked in for \(target) (\(context.store.root)/\(path))",
                                 hint: "add --replace to overwrite it, or edit that file by hand")
        }
        var checkIn = CheckIn(week: target, partner: person.id)
        // Keep what a hand edit added that Hearth does not know about.
        checkIn.preserved = existing?.preserved ?? PreservedContent()
        checkIn.ratings = try ratings(profile: journal.profile)
        checkIn.appreciations = appreciations
        checkIn.howWeAreDoing = howWeAreDoing ?? ""
        checkIn.moreOf = more ?? ""
        checkIn.lessOf = less ?? ""
        checkIn.warningSigns = try warnings.map(Self.warningSign)
        checkIn.rituals = onlyMarks ? existing?.rituals ?? [] : []
        for mark in try rituals.map({ try Self.mark($0, rituals: journal.rituals) }) { checkIn.setMark(mark) }
        checkIn.deviceFreeMinutes = deviceFreeMinutes
        checkIn.intention = intention ?? ""
        checkIn.notes = note ?? ""
        checkIn.reflection = privateNote ?? ""
        let written: String
        do {
            written = try context.store.save(checkIn, profile: journal.profile, expected: expected)
        } catch {
            throw CommandFailure("\(error)")
        }
        // An encrypted journal's file carries `.age`; the name given is what is on disk.
        print("Saved \(person.name)'s check-in for \(target) to \(context.store.root)/\(written)\(context.keyring == nil ? "" : ".age")")
    }

    private func ratings(profile: Profile) throws -> [String: Rating] {
        let core: [(IntimacyType, RatingArgument?)] = [
            (.emotional, emotional), (.physical, physical), (.intellectual, intellectual),
            (.spiritual, spiritual), (.experiential, experiential),
        ]
        let missing = core.filter { $0.1 == nil }.map { "--\($0.0.id)" }
        if missing.count == core.count {
            throw CommandFailure("give a rating for each type: --emotional N --physical N --intellectual N --spiritual N --experiential N",
                                 hint: "N is 1 (far apart) to 5 (deeply connected), or `skip`")
        }
        if !missing.isEmpty {
            throw CommandFailure("missing " + missing.joined(separator: ", "), hint: "rate it 1-5, or write `skip`")
        }
        var ratings: [String: Rating] = [:]
        for (type, argument) in core { ratings[type.id] = argument?.rating }
        for entry in extraRatings {
            let parts = entry.split(separator: "=", maxSplits: 1).map(String.init)
            guard parts.count == 2, let argument = RatingArgument(argument: parts[1]) else {
                throw CommandFailure("--rating '\(entry)' needs the form TYPE=N", hint: "N is 1-5 or skip, e.g. --rating sexual=4")
            }
            guard let type = profile.extraTypes.first(where: { $0.id == parts[0].lowercased() || $0.name.lowercased() == parts[0].lowercased() }) else {
                let known = profile.extraTypes.map(\.id).joined(separator: ", ")
                throw CommandFailure("'\(parts[0])' is not a type in this journal's profile",
                                     hint: known.isEmpty ? "add it to profile.md under types first" : "use one of: \(known)")
            }
            ratings[type.id] = argument.rating
        }
        return ratings
    }

    static func warningSign(_ text: String) throws -> WarningSign {
        guard let sign = WarningSign(rawValue: text.lowercased()) else {
            throw CommandFailure("'\(text)' is not a warning sign",
                                 hint: "use one of: " + WarningSign.allCases.map(\.rawValue).joined(separator: ", "))
        }
        return sign
    }

    static func mark(_ entry: String, rituals: [Ritual]) throws -> RitualMark {
        guard let equals = entry.lastIndex(of: "="),
              let status = RitualMark.Status(rawValue: entry[entry.index(after: equals)...].lowercased()) else {
            throw CommandFailure("--ritual '\(entry)' needs the form NAME=kept or NAME=skipped")
        }
        let name = entry[..<equals].lowercased()
        guard let ritual = rituals.first(where: { $0.id == name || $0.name.lowercased() == name }) else {
            let known = rituals.map { "\($0.name) (\($0.id))" }.joined(separator: ", ")
            throw CommandFailure("'\(entry[..<equals])' is not one of your rituals",
                                 hint: known.isEmpty ? "add one with `hearth ritual add`" : "known: \(known)")
        }
        return RitualMark(ritual: ritual.id, status: status)
    }
}

/// A rating flag value: 1-5, or `skip`.
struct RatingArgument: ExpressibleByArgument, Equatable {
    let rating: Rating

    init?(argument: String) {
        switch argument.lowercased() {
        case "skip", "skipped", "-": rating = .skipped
        default:
            guard let value = Int(argument), Rating.range.contains(value) else { return nil }
            rating = .score(value)
        }
    }

    static var defaultCompletionKind: CompletionKind { .list(["1", "2", "3", "4", "5", "skip"]) }
}
