/// Everything the charts and insights need about a range of weeks, computed in one pass over the journal.
public struct TrendReport: Hashable, Sendable {
    public let range: WeekRange
    /// Partners in profile order.
    public let partners: [Partner]
    /// One entry per intimacy type the profile rates (core five, then the couple's own), in display order.
    public let types: [TypeTrend]
    /// Warning signs ticked in the last `signWindow` weeks of the range, most frequent first.
    public let signs: [SignRecurrence]
    public let signWindow: Int
    /// Strength of each of the journal's rituals, in journal order.
    public let rituals: [RitualStrength]
    /// For each ordered pair of partners, what was given against what the receiver prefers.
    public let loveLanguages: [LoveLanguageBalance]
    /// Each week, the mean of the device-free minutes the partners reported.
    public let deviceFreeMinutes: Series
    /// Each week, how many partners checked in (0 marks a missed week).
    public let checkIns: [Int]
    /// Each week, how many different warning signs anyone ticked.
    public let signCounts: [Int]

    /// Computes the report for `range`; `signWindow` is the "last m weeks" that sign recurrence counts in.
    public init(journal: Journal, range: WeekRange, signWindow: Int = 6) {
        self.range = range
        self.signWindow = signWindow
        partners = journal.profile.partners
        let types = journal.profile.intimacyTypes
        // Ids are looked up by linear search: a handful of short strings compare faster than they hash.
        let partnerIDs = partners.map(\.id), typeIDs = types.map(\.id)
        let width = range.count
        // scores[(type * partners + partner) * width + week]: one flat buffer, no per-series allocation churn.
        var scores = [Double?](repeating: nil, count: types.count * partners.count * width)
        var minutes = [Double](repeating: 0, count: width), minuteCounts = [Int](repeating: 0, count: width)
        var counts = [Int](repeating: 0, count: width)
        // One bit per sign, so two partners ticking the same sign count it once.
        var signBits = [UInt32](repeating: 0, count: width)
        var cachedWeek: Week?, offset: Int?
        let checkIns = journal.checkIns
        // Indexing instead of `for checkIn in`: reading a few fields in place avoids copying whole check-ins.
        for index in checkIns.indices {
            let week = checkIns[index].week
            if week != cachedWeek {
                cachedWeek = week
                offset = range.index(of: week)
            }
            guard let slot = offset, let partner = partnerIDs.firstIndex(of: checkIns[index].partner) else { continue }
            if checkIns[index].isCheckedIn { counts[slot] += 1 }
            for sign in checkIns[index].warningSigns {
                signBits[slot] |= UInt32(1) << (WarningSign.allCases.firstIndex(of: sign) ?? 0)
            }
            if let value = checkIns[index].deviceFreeMinutes {
                minutes[slot] += Double(value)
                minuteCounts[slot] += 1
            }
            for (type, rating) in checkIns[index].ratings {
                guard let value = rating.value, let typeIndex = typeIDs.firstIndex(of: type) else { continue }
                scores[(typeIndex * partners.count + partner) * width + slot] = Double(value)
            }
        }
        let partners = partners
        self.types = types.enumerated().map { typeIndex, type in
            let series = partners.enumerated().map { partnerIndex, partner in
                let start = (typeIndex * partners.count + partnerIndex) * width
                return PartnerSeries(partner: partner.id, series: Series(range: range, values: Array(scores[start..<start + width])))
            }
            return TypeTrend(type: type, range: range, partners: series)
        }
        deviceFreeMinutes = Series(range: range, values: (0..<width).map {
            minuteCounts[$0] == 0 ? nil : minutes[$0] / Double(minuteCounts[$0])
        })
        self.checkIns = counts
        signCounts = signBits.map(\.nonzeroBitCount)
        signs = SignRecurrence.all(in: journal, range: range, window: signWindow)
        rituals = RitualStrength.all(in: journal, range: range)
        loveLanguages = LoveLanguageBalance.all(in: journal, range: range)
    }

    /// The `weeks` weeks ending at `last` (inclusive), e.g. the last 26 weeks up to today's week.
    public init(journal: Journal, lastWeeks weeks: Int, endingAt last: Week, signWindow: Int = 6) {
        self.init(journal: journal, range: WeekRange(last: last, count: weeks), signWindow: signWindow)
    }

    /// The trend of one type, by id.
    public func trend(for type: String) -> TypeTrend? { types.first { $0.type.id == type } }

    /// The display name of a partner id, or the id when unknown.
    public func name(of partner: String) -> String { partners.first { $0.id == partner }?.name ?? partner }
}
