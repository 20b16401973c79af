/// Every moment in the journal in one list: those logged any day and those written in check-ins.
public enum MomentLog {
    /// One moment and where it belongs.
    public struct Entry: Hashable, Sendable {
        public var moment: Moment
        /// The week it belongs to: its date's, else its check-in's.
        public var week: Week
        /// True when it was written in a check-in rather than logged on its own.
        public var inCheckIn: Bool
    }

    /// Oldest first; undated moments from a check-in sort at the start of their week.
    public static func entries(in journal: Journal) -> [Entry] {
        var entries = journal.moments.compactMap { moment in
            moment.date.map { Entry(moment: moment, week: Week(containing: $0), inCheckIn: false) }
        }
        for checkIn in journal.checkIns {
            for moment in checkIn.moments {
                entries.append(Entry(moment: moment, week: moment.date.map(Week.init(containing:)) ?? checkIn.week, inCheckIn: true))
            }
        }
        // A stable sort keeps file order for moments of the same day.
        return entries.enumerated().sorted { lhs, rhs in
            let left = lhs.element.moment.date ?? lhs.element.week.monday, right = rhs.element.moment.date ?? rhs.element.week.monday
            return (left, lhs.offset) < (right, rhs.offset)
        }.map(\.element)
    }
}
