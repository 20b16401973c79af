import ArgumentParser
import HearthDomain
import HearthStore

/// `hearth remind`: a weekly nudge through cron or a systemd user timer, and the check they run.
struct RemindCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "remind", abstract: "Print a crontab line and a systemd user timer that remind you to check in.",
        discussion: """
            Hearth runs no daemon: cron or systemd runs `hearth remind --check` at the time you choose. \
            --check prints who has not checked in yet this week and exits 1 if anyone has not (0 when all \
            have), so it composes: `out=$(hearth remind --check) || notify-send Hearth "$out"`.
            """)

    /// One part of the instructions, alone, to pipe into a file.
    enum Part: String, EnumerableFlag {
        case cron, service, timer

        static func help(for value: Part) -> ArgumentHelp? {
            switch value {
            case .cron: "Print only the crontab line: (crontab -l; hearth remind --cron) | crontab -"
            case .service: "Print only the systemd service, for ~/.config/systemd/user/hearth-remind.service."
            case .timer: "Print only the systemd timer, for ~/.config/systemd/user/hearth-remind.timer."
            }
        }
    }

    @OptionGroup var store: StoreOptions
    @Flag(help: "Say who has not checked in yet this week; exit 1 if anyone has not.") var check = false
    @Option(help: ArgumentHelp("The day to be reminded (monday ... sunday, or mon ... sun).", valueName: "day"))
    var day = "sunday"
    @Option(help: ArgumentHelp("The time of day, 24-hour HH:MM.", valueName: "time")) var at = "19:00"
    @Flag var part: Part?

    func run() throws {
        let context = try CommandContext(options: store)
        if check { return try checkThisWeek(context) }
        guard let weekday = Weekday(name: day) else {
            throw CommandFailure("'\(day)' is not a day of the week", hint: "write monday ... sunday (or mon ... sun)")
        }
        guard let time = ReminderSchedule.Time(at) else {
            throw CommandFailure("'\(at)' is not a time of day", hint: "write it as HH:MM on a 24-hour clock, e.g. 19:00")
        }
        let schedule = ReminderSchedule(weekday: weekday, time: time, hearth: ExecutablePath.current(),
                                        journal: ExecutablePath.absolute(context.store.root))
        switch part {
        case .cron: print(schedule.crontabLine)
        case .service: StandardOutput.write(schedule.service)
        case .timer: StandardOutput.write(schedule.timer)
        case nil: StandardOutput.write(schedule.instructions)
        }
    }

    /// Prints who has not checked in for this week; exit status 1 when anyone has not.
    private func checkThisWeek(_ context: CommandContext) throws {
        let settings = try context.loadJournal { $0.loadSettings() }.journal
        let week = context.thisWeek
        var waiting: [Partner] = []
        for partner in settings.profile.partners {
            let loaded = context.store.load(week: week, partner: partner.id, onto: LoadResult(journal: settings))
            if loaded.journal?.checkIn(partner: partner.id, week: week)?.isCheckedIn != true { waiting.append(partner) }
        }
        let dates = "\(week) (\(week.monday) to \(week.sunday))"
        guard !waiting.isEmpty else {
            print(settings.profile.partners.count == 1 ? "Checked in for \(dates)." : "Everyone has checked in for \(dates).")
            return
        }
        let drafts = Set(context.store.loadDrafts().drafts.filter { $0.checkIn.week == week }.map(\.checkIn.partner))
        let names = waiting.map { drafts.contains($0.id) ? "\($0.name) (a check-in is under way)" : $0.name }
        let list = names.count == 1 ? names[0] : names.dropLast().joined(separator: ", ") + " and " + (names.last ?? "")
        print("Not checked in yet for \(dates): \(list). Time to check in: hearth checkin")
        throw ExitCode(1)
    }
}
