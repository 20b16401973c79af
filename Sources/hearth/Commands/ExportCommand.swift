import ArgumentParser
import HearthDomain
import HearthExchange
import HearthUI

/// `hearth export`: the journal as JSON, CSV, Markdown or iCalendar, on stdout or into a file.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export", abstract: "Write the journal as JSON, CSV, Markdown or an iCalendar of your rituals.",
        discussion: """
            JSON holds everything (read it back with `hearth import`); CSV is one table (--table); Markdown is one \
            readable document, newest first; ics puts each active ritual and the weekly check-in in a calendar. \
            Private reflections are left out unless --private is given.
            """)

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case json, csv, markdown, ics
    }

    @OptionGroup var store: StoreOptions
    @Option(help: "json, csv, markdown or ics.") var format: Format
    @Option(help: ArgumentHelp("The first week to include (2026-W01 or a date in it).", valueName: "week")) var from: String?
    @Option(help: ArgumentHelp("The last week to include.", valueName: "week")) var to: String?
    @Option(help: ArgumentHelp("Only this partner's check-ins and moments (name or id).", valueName: "name")) var partner: String?
    @Flag(help: "Include private reflections.") var `private` = false
    @Option(help: ArgumentHelp("CSV only: checkins (the default), moments or rituals.", valueName: "table"))
    var table: CSVExport.Table?
    @Option(help: ArgumentHelp("ics only: a reminder this long before each event (30m, 1h40, 90).", valueName: "duration"))
    var remind: String?
    @Option(help: ArgumentHelp("Write to this file (replaced whole) instead of printing.", valueName: "file")) var output: String?

    func validate() throws {
        if table != nil && format != .csv { throw ValidationError("--table is for --format csv") }
        if remind != nil && format != .ics { throw ValidationError("--remind is for --format ics") }
        if let remind, Self.minutes(remind) == nil {
            throw ValidationError("--remind '\(remind)' is not a duration; write minutes or hours, e.g. 30m, 90, 1h40 or 1:40")
        }
    }

    /// The reminder in minutes, read the way the check-in reads device-free time.
    static func minutes(_ text: String) -> Int? {
        if case .minutes(let minutes) = MinutesEntry(text) { return minutes }
        return nil
    }

    func run() throws {
        let context = try CommandContext(options: store, unlocking: .anyPartner(preferring: partner))
        let (journal, _) = try context.loadJournal()
        var selection = ExportSelection(from: try from.map(CommandContext.week(from:)), to: try to.map(CommandContext.week(from:)),
                                        includePrivate: `private`)
        if let partner { selection.partner = try context.partner(partner, in: journal.profile).id }
        if let first = selection.from, let last = selection.to, first > last {
            throw CommandFailure("--from \(first) is after --to \(last)", hint: "swap them")
        }
        let chosen = selection.apply(to: journal)
        let text: String
        switch format {
        case .json: text = JournalJSON.text(chosen, includePrivate: `private`)
        case .csv: text = CSVExport.text(chosen, table: table ?? .checkins)
        case .markdown: text = MarkdownExport.text(chosen)
        case .ics: text = CalendarExport(journal: chosen, today: context.today, reminderMinutes: remind.flatMap(Self.minutes)).text()
        }
        if let output {
            try OutputFile.write(text, to: output)
            StandardError.write("hearth: wrote \(output)\(`private` ? " (with private reflections)" : "")"
                                + (context.keyring != nil ? " in plain text: the journal is encrypted, this export is not\n" : "\n"))
        } else {
            if context.keyring != nil {
                StandardError.write("hearth: the journal is encrypted; this export is plain text\n")
            }
            StandardOutput.write(text)
        }
    }
}

extension CSVExport.Table: ExpressibleByArgument {}
