import HearthDomain

/// What the home screen shows, derived from the journal and today's date.
public struct HomeSummary: Hashable, Sendable {
    public var week: Week
    public var partners: [Partner]
    /// Per partner (profile order): whether they have checked in this week.
    public var checkedIn: [Bool]
    /// Per partner: the intention they set last week, empty when none.
    public var lastIntentions: [String]
    /// Per partner: their most recent check-in up to this week, if any.
    public var latest: [CheckIn?]
    public var types: [IntimacyType]
    /// Active rituals that fall due this week and are not yet marked by everyone.
    public var ritualsDue: [Ritual]
    /// Whether the couple keeps any ritual at all, so an empty "due" list can say why it is empty.
    public var hasActiveRituals: Bool

    public init(journal: Journal, today: CivilDate) {
        week = Week(containing: today)
        partners = journal.profile.partners
        types = journal.profile.intimacyTypes
        let ids = partners.map(\.id)
        var current: [String: CheckIn] = [:], previous: [String: CheckIn] = [:], newest: [String: CheckIn] = [:]
        let lastWeek = week.previous
        // Check-ins are sorted by week: walk back from the newest and stop once every partner is found.
        for checkIn in journal.checkIns.reversed() {
            if checkIn.week > week { continue }
            if checkIn.week < lastWeek, newest.count == ids.count { break }
            if newest[checkIn.partner] == nil { newest[checkIn.partner] = checkIn }
            if checkIn.week == week { current[checkIn.partner] = checkIn }
            if checkIn.week == lastWeek { previous[checkIn.partner] = checkIn }
        }
        checkedIn = ids.map { current[$0]?.isCheckedIn ?? false }
        lastIntentions = ids.map { previous[$0]?.intention ?? "" }
        latest = ids.map { newest[$0] }
        ritualsDue = journal.ritualsStillDue(in: week)
        hasActiveRituals = journal.rituals.contains { $0.status == .active }
    }

    /// `16–22 Nov 2026`, or `30 Nov – 6 Dec 2026` across months.
    public static func dateRange(of week: Week) -> String {
        let start = week.monday, end = week.sunday
        let endText = "\(end.day) \(monthName(end.month)) \(end.year)"
        if start.month == end.month { return "\(start.day)–\(endText)" }
        if start.year == end.year { return "\(start.day) \(monthName(start.month)) – \(endText)" }
        return "\(start.day) \(monthName(start.month)) \(start.year) – \(endText)"
    }

    /// `Nov` for 11.
    static func monthName(_ month: Int) -> String {
        let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
        return months.indices.contains(month - 1) ? months[month - 1] : "\(month)"
    }
}
