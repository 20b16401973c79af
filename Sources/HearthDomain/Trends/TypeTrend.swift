/// One intimacy type (core or the couple's own) over a range: each partner's series and the couple's.
public struct TypeTrend: Hashable, Sendable {
    public let type: IntimacyType
    /// One series per partner, in profile order.
    public let partners: [PartnerSeries]
    /// Each week, the mean of the partners who rated it.
    public let couple: Series
    /// Each week, highest minus lowest rating among partners, where at least two rated.
    public let spread: Series

    /// Derives the couple's series from the partners' ones, which must all cover `range`.
    public init(type: IntimacyType, range: WeekRange, partners: [PartnerSeries]) {
        self.type = type
        self.partners = partners
        var couple: [Double?] = [], spread: [Double?] = []
        couple.reserveCapacity(range.count)
        spread.reserveCapacity(range.count)
        for index in 0..<range.count {
            var sum = 0.0, count = 0, low = Double.infinity, high = -Double.infinity
            for partner in partners where index < partner.series.values.count {
                guard let value = partner.series.values[index] else { continue }
                sum += value
                count += 1
                low = min(low, value)
                high = max(high, value)
            }
            couple.append(count == 0 ? nil : sum / Double(count))
            spread.append(count < 2 ? nil : high - low)
        }
        self.couple = Series(range: range, values: couple)
        self.spread = Series(range: range, values: spread)
    }

    /// The series of one partner, by id.
    public func series(for partner: String) -> Series? { partners.first { $0.partner == partner }?.series }

    /// How differently two partners see this type over the last `weeks` weeks: the pair furthest apart,
    /// compared only on weeks both rated; nil when no pair shares `minimumWeeks` such weeks.
    public func partnerGap(lastWeeks weeks: Int, minimumWeeks: Int = 3) -> PartnerGap? {
        var best: PartnerGap?
        for (i, a) in partners.enumerated() {
            for b in partners[(i + 1)...] {
                let x = a.series.suffix(weeks: weeks).values, y = b.series.suffix(weeks: weeks).values
                var sumA = 0.0, sumB = 0.0, shared = 0
                for index in x.indices {
                    guard let va = x[index], let vb = y[index] else { continue }
                    sumA += va
                    sumB += vb
                    shared += 1
                }
                guard shared >= max(1, minimumWeeks) else { continue }
                let meanA = sumA / Double(shared), meanB = sumB / Double(shared)
                let gap = meanA >= meanB
                    ? PartnerGap(type: type.id, higher: a.partner, higherMean: meanA, lower: b.partner, lowerMean: meanB, weeks: shared)
                    : PartnerGap(type: type.id, higher: b.partner, higherMean: meanB, lower: a.partner, lowerMean: meanA, weeks: shared)
                if gap.difference > best?.difference ?? -1 { best = gap }
            }
        }
        return best
    }
}

/// One partner's weekly series for a type.
public struct PartnerSeries: Hashable, Sendable {
    /// The partner's id.
    public let partner: String
    public let series: Series

    /// Memberwise.
    public init(partner: String, series: Series) {
        self.partner = partner
        self.series = series
    }
}

/// Two partners' average ratings of one type, over the weeks both rated it.
public struct PartnerGap: Hashable, Sendable {
    /// The intimacy type's id.
    public let type: String
    public let higher: String
    public let higherMean: Double
    public let lower: String
    public let lowerMean: Double
    /// Weeks both partners rated the type; the means rest on these alone.
    public let weeks: Int

    /// How far apart the two averages are (never negative).
    public var difference: Double { higherMean - lowerMean }
}
