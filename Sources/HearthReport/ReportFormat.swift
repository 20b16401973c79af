import HearthDomain

/// Numbers, dates and lists as the page writes them in running text.
enum ReportFormat {
    static let months = ["January", "February", "March", "April", "May", "June", "July", "August",
                         "September", "October", "November", "December"]

    /// `3.8`: one decimal, rounded half away from zero; `-` for nothing.
    static func decimal(_ value: Double?) -> String {
        guard let value, value.isFinite else { return "-" }
        let tenths = Int((abs(value) * 10).rounded())
        return (value < 0 && tenths > 0 ? "-" : "") + "\(tenths / 10).\(tenths % 10)"
    }

    /// `82%`.
    static func percent(_ share: Double) -> String { "\(Int((share * 100).rounded()))%" }

    /// `3 March`.
    static func day(_ date: CivilDate) -> String { "\(date.day) \(months[date.month - 1])" }

    /// `3 March 2026`.
    static func date(_ date: CivilDate) -> String { "\(day(date)) \(date.year)" }

    /// `3–9 March`, `24 February – 2 March`: a week's Monday to Sunday.
    static func span(_ week: Week) -> String {
        let monday = week.monday, sunday = week.sunday
        return monday.month == sunday.month ? "\(monday.day)–\(day(sunday))" : "\(day(monday)) – \(day(sunday))"
    }

    /// `Zoë`, `Zoë and 美咲`, `A, B and C`.
    static func list(_ items: [String]) -> String {
        guard let last = items.last else { return "" }
        return items.count == 1 ? last : items.dropLast().joined(separator: ", ") + " and " + last
    }

    /// Where each month begins along a run of weeks: a week belongs to the month of its Thursday, as ISO
    /// weeks belong to years, so the year's first week is January's even when it starts in December.
    static func monthStarts(_ weeks: [Week]) -> [(index: Int, month: Int)] {
        weeks.indices.compactMap { index in
            let month = weeks[index].date(on: .thursday).month
            return index == 0 || weeks[index - 1].date(on: .thursday).month != month ? (index, month) : nil
        }
    }

    /// `1 week`, `12 weeks`; any noun with a plain plural.
    static func count(_ number: Int, _ noun: String) -> String { "\(number) \(noun)\(number == 1 ? "" : "s")" }
}
