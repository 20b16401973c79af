import HearthDomain

/// Active rituals, and the weekly check-in, as recurring events in an iCalendar file (RFC 5545).
///
/// Rituals have a day but no hour, so they are all-day events; the check-in is a half hour on Sunday
/// evening. UIDs come from the ritual and partner ids alone, so importing a newer export into a calendar
/// updates the events instead of adding them twice.
public struct CalendarExport: Sendable {
    public var journal: Journal
    /// Stamps the file (DTSTAMP), and is where series start when nothing earlier says (no `since`, no check-in).
    public var today: CivilDate
    /// Minutes before each event that the calendar should remind; nil for no reminder.
    public var reminderMinutes: Int?

    /// The id of a ritual that already is the weekly check-in: with it the separate check-in event is left out.
    public static let checkInRitualID = "weekly-check-in"
    /// The check-in's start on Sunday, local time (floating): the evening `hearth remind` also points at.
    public static let checkInTime = (hour: 19, minute: 0)

    public init(journal: Journal, today: CivilDate, reminderMinutes: Int? = nil) {
        self.journal = journal
        self.today = today
        self.reminderMinutes = reminderMinutes
    }

    /// The calendar as text, CRLF line ends and long lines folded.
    public func text() -> String {
        var lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Hearth//Couple's check-in journal//EN", "CALSCALE:GREGORIAN",
                     "X-WR-CALNAME:" + Self.escaped("Hearth: " + journal.profile.partners.map(\.name).joined(separator: " & "))]
        for ritual in journal.rituals where ritual.status == .active {
            lines += ritualEvent(ritual)
        }
        if !journal.rituals.contains(where: { $0.id == Self.checkInRitualID && $0.status == .active }) {
            lines += checkInEvent()
        }
        lines.append("END:VCALENDAR")
        return lines.map(Self.folded).joined(separator: "\r\n") + "\r\n"
    }

    /// The week a series starts: the ritual's `since`, else the journal's first check-in, else this week;
    /// moved on to the first week the ritual is due, so the series and Hearth agree from the start.
    public func firstWeek(of ritual: Ritual) -> Week {
        var week = ritual.since ?? journal.checkIns.first?.week ?? Week(containing: today)
        var guardCount = 0
        while !ritual.cadence.isDue(in: week, since: ritual.since), guardCount < 1_000 {
            week = week.next
            guardCount += 1
        }
        return week
    }

    func ritualEvent(_ ritual: Ritual) -> [String] {
        let week = firstWeek(of: ritual)
        let start: CivilDate
        let rule: String
        switch ritual.cadence {
        case .daily:
            start = week.monday
            rule = "FREQ=DAILY"
        case .weekly(let day):
            start = week.date(on: day)
            rule = "FREQ=WEEKLY;BYDAY=\(Self.dayCode(day))"
        case .everyWeeks(let count, let day):
            start = week.date(on: day)
            rule = "FREQ=WEEKLY;INTERVAL=\(count);BYDAY=\(Self.dayCode(day))"
        }
        var description = "A ritual from your Hearth journal, \(ritual.cadence.inWords)."
        let feeds = ritual.feeds.map { id in journal.profile.intimacyTypes.first { $0.id == id }?.name ?? id }
        if !feeds.isEmpty { description += " It feeds: " + feeds.joined(separator: ", ") + "." }
        return ["BEGIN:VEVENT", "UID:" + uid("ritual-" + ritual.id), "DTSTAMP:" + stamp,
                "DTSTART;VALUE=DATE:" + Self.basic(start), "DURATION:P1D", "RRULE:" + rule,
                "SUMMARY:" + Self.escaped(ritual.name), "DESCRIPTION:" + Self.escaped(description), "TRANSP:TRANSPARENT"]
            + alarm(ritual.name) + ["END:VEVENT"]
    }

    func checkInEvent() -> [String] {
        let week = journal.checkIns.first?.week ?? Week(containing: today)
        let time = Self.pad(Self.checkInTime.hour) + Self.pad(Self.checkInTime.minute) + "00"
        return ["BEGIN:VEVENT", "UID:" + uid("weekly-check-in"), "DTSTAMP:" + stamp,
                "DTSTART:" + Self.basic(week.date(on: .sunday)) + "T" + time, "DURATION:PT30M", "RRULE:FREQ=WEEKLY;BYDAY=SU",
                "SUMMARY:Weekly check-in",
                "DESCRIPTION:" + Self.escaped("Time for your Hearth check-in: run `hearth` and answer together or in turn.")]
            + alarm("Weekly check-in") + ["END:VEVENT"]
    }

    func alarm(_ name: String) -> [String] {
        guard let minutes = reminderMinutes else { return [] }
        return ["BEGIN:VALARM", "ACTION:DISPLAY", "DESCRIPTION:" + Self.escaped(name), "TRIGGER:-PT\(max(0, minutes))M", "END:VALARM"]
    }

    /// `ritual-date-night.misaki.zoe@hearth`: the ids of the thing and of the couple, nothing that changes.
    func uid(_ thing: String) -> String {
        thing + "." + journal.profile.partners.map(\.id).sorted().joined(separator: ".") + "@hearth"
    }

    var stamp: String { Self.basic(today) + "T000000Z" }

    static func dayCode(_ day: Weekday) -> String { String(day.name.prefix(2)).uppercased() }

    /// `20261122`.
    static func basic(_ date: CivilDate) -> String {
        let year = String(date.year)
        return String(repeating: "0", count: max(0, 4 - year.count)) + year + pad(date.month) + pad(date.day)
    }

    static func pad(_ number: Int) -> String { number < 10 ? "0\(number)" : "\(number)" }

    /// TEXT values escape backslash, semicolon, comma and line breaks.
    static func escaped(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": out += "\\\\"
            case ";": out += "\\;"
            case ",": out += "\\,"
            case "\n": out += "\\n"
            case "\r": continue
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// Lines longer than 75 octets continue on the next line after a space, never inside a UTF-8 character.
    static func folded(_ line: String) -> String {
        guard line.utf8.count > 75 else { return line }
        var out = "", width = 0, limit = 75
        for scalar in line.unicodeScalars {
            let size = String(scalar).utf8.count
            if width + size > limit {
                out += "\r\n "
                width = 1
                limit = 75
            }
            out.unicodeScalars.append(scalar)
            width += size
        }
        return out
    }
}
