import HearthDomain

/// What `hearth trends` (and the Trends screen) are asked to show: how many weeks, which type, whose.
public struct TrendsQuery: Hashable, Sendable {
    /// Weeks ending with today's week; at least 1.
    public var weeks: Int
    /// A type id or name (any case); nil for every type the couple rates.
    public var type: String?
    /// A partner id or name (any case); nil for everyone.
    public var partner: String?

    public init(weeks: Int = 26, type: String? = nil, partner: String? = nil) {
        self.weeks = weeks
        self.type = type
        self.partner = partner
    }

    /// The most weeks a query may span (a century of weekly check-ins).
    public static let maximumWeeks = 5_200

    /// Why a query cannot be answered, in words for the user.
    public struct Problem: Error, Hashable, Sendable, CustomStringConvertible {
        public let description: String

        public init(description: String) { self.description = description }
    }

    /// Works out the query against a journal: the report, the selected types and partners, and the
    /// insights, drawn from the same weeks as the charts so "Insights (last N weeks)" is the range shown.
    public func select(in journal: Journal, today: CivilDate) throws(Problem) -> TrendsSelection {
        guard (1...Self.maximumWeeks).contains(weeks) else {
            throw Problem(description: "--weeks must be between 1 and \(Self.maximumWeeks), not \(weeks)")
        }
        let types = journal.profile.intimacyTypes
        var typeIDs = types.map(\.id)
        if let type {
            let wanted = type.lowercased()
            guard let match = types.first(where: { $0.id == wanted || $0.name.lowercased() == wanted }) else {
                throw Problem(description: "no intimacy type '\(type)'; the journal rates "
                               + types.map { $0.name.lowercased() }.joined(separator: ", "))
            }
            typeIDs = [match.id]
        }
        var partnerIDs = journal.profile.partners.map(\.id)
        if let partner {
            guard let match = journal.profile.partner(named: partner) else {
                throw Problem(description: "no partner '\(partner)'; the journal has "
                               + journal.profile.partners.map(\.name).joined(separator: ", "))
            }
            partnerIDs = [match.id]
        }
        let week = Week(containing: today)
        let report = TrendReport(journal: journal, lastWeeks: weeks, endingAt: week)
        return TrendsSelection(report: report, typeIDs: typeIDs, partnerIDs: partnerIDs,
                               insights: InsightRules.standard.insights(from: report), insightWeeks: report.range.count)
    }
}
