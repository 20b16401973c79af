/// Everything the store holds, as plain values: what screens, commands and charts read.
public struct Journal: Hashable, Sendable {
    public var profile: Profile
    /// Sorted by week, then by partner order in the profile.
    public var checkIns: [CheckIn]
    public var rituals: [Ritual]
    public var agenda: Agenda
    /// Moments logged outside a check-in (any day of the week).
    public var moments: [Moment]

    public init(profile: Profile, checkIns: [CheckIn] = [], rituals: [Ritual] = [],
                agenda: Agenda = .standard, moments: [Moment] = []) {
        self.profile = profile
        self.checkIns = checkIns
        self.rituals = rituals
        self.agenda = agenda
        self.moments = moments
    }

    /// Weeks that have at least one check-in, newest first.
    public var weeksNewestFirst: [Week] {
        var seen = Set<Week>()
        return checkIns.map(\.week).filter { seen.insert($0).inserted }.sorted(by: >)
    }

    /// The check-ins of one week, in profile partner order.
    public func checkIns(in week: Week) -> [CheckIn] {
        let order = Dictionary(uniqueKeysWithValues: profile.partners.enumerated().map { ($1.id, $0) })
        return checkIns.filter { $0.week == week }
            .sorted { (order[$0.partner] ?? Int.max, $0.partner) < (order[$1.partner] ?? Int.max, $1.partner) }
    }

    /// The moments logged on their own (not in a check-in) dated in `week`, in file order.
    public func moments(loggedIn week: Week) -> [Moment] {
        moments.filter { moment in moment.date.map { Week(containing: $0) == week } ?? false }
    }

    /// One partner's check-in for a week, if any.
    public func checkIn(partner: String, week: Week) -> CheckIn? {
        checkIns.first { $0.partner == partner && $0.week == week }
    }
}
