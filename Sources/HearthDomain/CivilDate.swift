/// A calendar date with no time zone or clock attached (proleptic Gregorian).
public struct CivilDate: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let year: Int
    public let month: Int
    public let day: Int

    /// Creates a date, or nil when the day does not exist (2026-02-30).
    public init?(year: Int, month: Int, day: Int) {
        guard (1...12).contains(month), day >= 1,
              day <= CivilDate.daysIn(month: month, year: year) else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// The date a number of days after 1970-01-01 (negative goes before).
    public init(daysSinceEpoch: Int) {
        // Howard Hinnant's civil_from_days: exact for every representable day.
        let z = daysSinceEpoch + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let shiftedMonth = (5 * dayOfYear + 2) / 153
        day = dayOfYear - (153 * shiftedMonth + 2) / 5 + 1
        month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9
        year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
    }

    /// Days since 1970-01-01.
    public var daysSinceEpoch: Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// The weekday of this date.
    public var weekday: Weekday {
        // 1970-01-01 was a Thursday (ISO number 4).
        let index = ((daysSinceEpoch % 7) + 7 + 3) % 7
        return Weekday(isoNumber: index + 1) ?? .monday
    }

    /// The date `days` days later (earlier when negative).
    public func adding(days: Int) -> CivilDate {
        CivilDate(daysSinceEpoch: daysSinceEpoch + days)
    }

    /// Day of the year, 1 for January 1st.
    public var dayOfYear: Int {
        daysSinceEpoch - CivilDate(unchecked: year, 1, 1).daysSinceEpoch + 1
    }

    /// `2026-11-21`.
    public var description: String {
        "\(Self.pad(year, 4))-\(Self.pad(month, 2))-\(Self.pad(day, 2))"
    }

    /// Parses `YYYY-MM-DD`; nil for anything else.
    public init?(_ text: some StringProtocol) {
        self.init(String(text))
    }

    /// Parses `YYYY-MM-DD`; nil for anything else. A `String` of its own, not generic: a caller in another module
    /// (`HEARTH_TODAY` at every start) otherwise had the runtime look up its text's UTF-8 view by name.
    public init?(_ text: String) {
        // On the UTF-8 bytes: splitting into substrings cost each start-up the runtime's first look-ups of their types.
        // Counted by hand: `enumerated()` cost the runtime's first look-up of its iterator's type.
        var digits: [Int] = []
        var offset = 0
        for byte in text.utf8 {
            if offset == 4 || offset == 7 {
                guard byte == 0x2D else { return nil }
            } else {
                guard byte >= 0x30, byte <= 0x39 else { return nil }
                digits.append(Int(byte - 0x30))
            }
            offset += 1
        }
        guard digits.count == 8 else { return nil }
        let year = digits[0] * 1_000 + digits[1] * 100 + digits[2] * 10 + digits[3]
        self.init(year: year, month: digits[4] * 10 + digits[5], day: digits[6] * 10 + digits[7])
    }

    public static func < (lhs: CivilDate, rhs: CivilDate) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    public static func isLeap(_ year: Int) -> Bool {
        (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    }

    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    init(unchecked year: Int, _ month: Int, _ day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    static func pad(_ value: Int, _ width: Int) -> String {
        let digits = String(abs(value))
        let padded = String(repeating: "0", count: max(0, width - digits.count)) + digits
        return value < 0 ? "-" + padded : padded
    }
}

/// A day of the week, numbered as ISO 8601 does (Monday 1 ... Sunday 7).
public enum Weekday: Int, CaseIterable, Sendable, Comparable {
    case monday = 1, tuesday, wednesday, thursday, friday, saturday, sunday

    public init?(isoNumber: Int) { self.init(rawValue: isoNumber) }

    /// Lower-case English name, as written in files: `sunday`.
    /// Spelled out rather than `String(describing:)`, whose reflection cost every start-up a third of a millisecond.
    public var name: String {
        switch self {
        case .monday: "monday"
        case .tuesday: "tuesday"
        case .wednesday: "wednesday"
        case .thursday: "thursday"
        case .friday: "friday"
        case .saturday: "saturday"
        case .sunday: "sunday"
        }
    }

    /// The name as text shows it: `Sunday`.
    public var displayName: String { name.prefix(1).uppercased() + name.dropFirst() }

    /// Three-letter label for tight spaces: `Sun`.
    public var shortName: String { name.prefix(1).uppercased() + name.dropFirst().prefix(2) }

    /// Accepts `sunday`, `Sun`, `SUN`.
    public init?(name: some StringProtocol) {
        let lowered = name.lowercased()
        guard lowered.count >= 3,
              let match = Weekday.allCases.first(where: { $0.name.hasPrefix(lowered) }) else { return nil }
        self = match
    }

    public static func < (lhs: Weekday, rhs: Weekday) -> Bool { lhs.rawValue < rhs.rawValue }
}
