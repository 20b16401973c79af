/// How often a warning sign came up in a window of recent weeks.
public struct SignRecurrence: Hashable, Sendable {
    public let sign: WarningSign
    /// Weeks in the window where at least one partner ticked it ("n of the last m weeks": this is n).
    public let weeks: Int
    /// The window's length in weeks (m), gaps included: a missed week is still a week.
    public let window: Int
    /// Partner ids who ticked it in the window, in profile order.
    public let partners: [String]
    /// The latest week it was ticked.
    public let lastSeen: Week

    /// Memberwise.
    public init(sign: WarningSign, weeks: Int, window: Int, partners: [String], lastSeen: Week) {
        self.sign = sign
        self.weeks = weeks
        self.window = window
        self.partners = partners
        self.lastSeen = lastSeen
    }

    /// Whether it came up in at least `minimum` of the window's weeks.
    public func recurs(minimum: Int = 3) -> Bool { weeks >= minimum }

    /// Every sign ticked in the last `window` weeks of `range`, most frequent first, ties in checklist order.
    public static func all(in journal: Journal, range: WeekRange, window: Int) -> [SignRecurrence] {
        let recent = range.suffix(weeks: window)
        let signs = WarningSign.allCases
        var lastOffset = [Int](repeating: -1, count: signs.count)
        var weeks = [Int](repeating: 0, count: signs.count)
        var who = [Set<String>](repeating: [], count: signs.count)
        // One flag per sign and week, so two partners ticking it the same week count once.
        var ticked = [Bool](repeating: false, count: signs.count * recent.count)
        var currentOffset = -1, cachedWeek: Week?
        let checkIns = journal.checkIns
        for position in checkIns.indices where !checkIns[position].warningSigns.isEmpty {
            let week = checkIns[position].week
            if week != cachedWeek {
                cachedWeek = week
                currentOffset = recent.index(of: week) ?? -1
            }
            guard currentOffset >= 0 else { continue }
            for sign in checkIns[position].warningSigns {
                guard let index = signs.firstIndex(of: sign) else { continue }
                let slot = index * recent.count + currentOffset
                if !ticked[slot] {
                    ticked[slot] = true
                    weeks[index] += 1
                }
                lastOffset[index] = max(lastOffset[index], currentOffset)
                who[index].insert(checkIns[position].partner)
            }
        }
        let order = journal.profile.partners.map(\.id)
        return signs.indices.filter { weeks[$0] > 0 }
            .sorted { (weeks[$1], $0) < (weeks[$0], $1) }
            .map { index in
                let partners = order.filter { who[index].contains($0) }
                    + who[index].subtracting(order).sorted()
                return SignRecurrence(sign: signs[index], weeks: weeks[index], window: recent.count,
                                      partners: partners, lastSeen: recent[lastOffset[index]])
            }
    }
}
