extension RitualStrength {
    /// Strength of every ritual of the journal over `range`, replaying each one's whole history up to its end.
    public static func all(in journal: Journal, range: WeekRange) -> [RitualStrength] {
        var earliest: Week?
        for index in journal.checkIns.indices where earliest.map({ journal.checkIns[index].week < $0 }) ?? true {
            earliest = journal.checkIns[index].week
        }
        guard let earliest else {
            return journal.rituals.map {
                RitualStrength(ritual: $0, series: .empty(range), current: initial, due: 0, marked: 0, kept: 0)
            }
        }
        let marks = WeekMarks(journal: journal, earliest: earliest, through: range.last)
        return journal.rituals.enumerated().map { index, ritual in
            compute(ritual, index: index, marks: marks, range: range, origin: ritual.since ?? earliest)
        }
    }

    private static func compute(_ ritual: Ritual, index: Int, marks: WeekMarks, range: WeekRange, origin: Week) -> RitualStrength {
        let start = origin.ordinal, rangeStart = range.first.ordinal, end = rangeStart + range.count - 1
        let since = ritual.since?.ordinal
        // A paused or retired ritual stops counting after the last week anyone marked it.
        let stop = ritual.status == .active ? Int.max : (marks.lastMarked(ritual.id) ?? Int.min)
        var strength = initial, due = 0, marked = 0, kept = 0
        var values = [Double?](repeating: nil, count: range.count)
        var week = start
        while week <= end {
            let isDue = ritual.cadence.isDue(ordinal: week, since: since) && week <= stop
            let outcome = marks.outcome(index, ordinal: week, isDue: isDue)
            strength = step(strength, outcome)
            if week >= rangeStart {
                if isDue { due += 1 }
                if marks.isMarked(index, ordinal: week) { marked += 1 }
                if outcome == .kept { kept += 1 }
                values[week - rangeStart] = strength
            }
            week += 1
        }
        return RitualStrength(ritual: ritual, series: Series(range: range, values: values),
                              current: start <= end ? strength : initial, due: due, marked: marked, kept: kept)
    }
}

/// Every week's ritual marks merged across partners, in flat arrays indexed by week and ritual.
private struct WeekMarks {
    private let base: Int, width: Int, ritualIDs: [String]
    /// Per week and ritual, the best mark any partner gave: 3 kept, 2 missed with a reason, 1 missed, 0 none.
    private var ranks: [UInt8]
    private var lastMarked: [Int]

    init(journal: Journal, earliest: Week, through last: Week) {
        base = earliest.ordinal
        width = max(0, last.ordinal - base + 1)
        ritualIDs = journal.rituals.map(\.id)
        ranks = Array(repeating: 0, count: width * journal.rituals.count)
        lastMarked = Array(repeating: Int.min, count: journal.rituals.count)
        var cachedWeek: Week?, offset = 0
        let checkIns = journal.checkIns
        for index in checkIns.indices where !checkIns[index].rituals.isEmpty {
            let week = checkIns[index].week
            guard week <= last else { continue }
            if week != cachedWeek {
                cachedWeek = week
                offset = week.ordinal - base
            }
            guard offset >= 0, offset < width else { continue }
            for mark in checkIns[index].rituals {
                guard let ritual = ritualIDs.firstIndex(of: mark.ritual) else { continue }
                let rank: UInt8 = mark.status == .kept ? 3 : mark.reason.trimmingWhitespace().isEmpty ? 1 : 2
                let slot = offset * ritualIDs.count + ritual
                ranks[slot] = max(ranks[slot], rank)
                lastMarked[ritual] = max(lastMarked[ritual], offset + base)
            }
        }
    }

    /// The last week (ordinal) anyone marked the ritual, kept or not.
    func lastMarked(_ ritual: String) -> Int? {
        ritualIDs.firstIndex(of: ritual).map { lastMarked[$0] }.flatMap { $0 == Int.min ? nil : $0 }
    }

    /// Whether anyone marked the ritual, kept or skipped, in the week.
    func isMarked(_ ritual: Int, ordinal: Int) -> Bool {
        let offset = ordinal - base
        return offset >= 0 && offset < width && ranks[offset * ritualIDs.count + ritual] > 0
    }

    /// A keep counts whenever it happens; a miss only when a partner said it was skipped in a week it was due.
    /// Left unmarked means nobody said, so the strength stays put rather than guessing a miss.
    func outcome(_ ritual: Int, ordinal: Int, isDue: Bool) -> RitualStrength.Outcome {
        let offset = ordinal - base
        guard offset >= 0, offset < width else { return .unchanged }
        let rank = ranks[offset * ritualIDs.count + ritual]
        if rank == 3 { return .kept }
        guard isDue else { return .unchanged }
        switch rank {
        case 2: return .missedWithReason
        case 1: return .missed
        default: return .unchanged
        }
    }
}
