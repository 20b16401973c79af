import HearthDomain

/// Which weeks the history list and search results keep: by partner, warning sign, ritual kept, and a
/// rating threshold per intimacy type. Each condition holds when at least one of the partners considered
/// meets it in that week; with a partner chosen, only that partner's check-in counts.
public struct WeekFilter: Hashable, Sendable {
    /// A partner id, or nil for everyone.
    public var partner: String?
    public var sign: SignCondition?
    /// A ritual id that must have been kept.
    public var ritual: String?
    /// Keyed by `IntimacyType.id`.
    public var thresholds: [String: Threshold]

    /// A warning sign to look for: any of them, or one in particular.
    public enum SignCondition: Hashable, Sendable {
        case any
        case sign(WarningSign)
    }

    /// A rating bound for one type.
    public enum Threshold: Hashable, Sendable, CustomStringConvertible {
        case atMost(Int)
        case atLeast(Int)

        public func admits(_ score: Int) -> Bool {
            switch self {
            case .atMost(let limit): score <= limit
            case .atLeast(let limit): score >= limit
            }
        }

        /// `≤ 2`, `≥ 4`.
        public var description: String {
            switch self {
            case .atMost(let limit): "≤ \(limit)"
            case .atLeast(let limit): "≥ \(limit)"
            }
        }

        /// Every choice the filter panel cycles through, low ratings first (the weeks people look for).
        static let choices: [Threshold] = [.atMost(1), .atMost(2), .atMost(3), .atMost(4),
                                           .atLeast(2), .atLeast(3), .atLeast(4), .atLeast(5)]
    }

    public init(partner: String? = nil, sign: SignCondition? = nil, ritual: String? = nil,
                thresholds: [String: Threshold] = [:]) {
        self.partner = partner
        self.sign = sign
        self.ritual = ritual
        self.thresholds = thresholds
    }

    public var isEmpty: Bool { partner == nil && sign == nil && ritual == nil && thresholds.isEmpty }

    /// True when no condition but the partner is set: search then only needs to look at who wrote a match.
    var onlyPartner: Bool { sign == nil && ritual == nil && thresholds.isEmpty }

    /// Whether a week with these check-ins passes.
    public func matches(_ checkIns: some Collection<CheckIn>) -> Bool {
        let considered = checkIns.filter { partner == nil || $0.partner == partner }
        guard !considered.isEmpty else { return false }
        if let sign {
            let found = considered.contains { checkIn in
                switch sign {
                case .any: !checkIn.warningSigns.isEmpty
                case .sign(let wanted): checkIn.warningSigns.contains(wanted)
                }
            }
            if !found { return false }
        }
        if let ritual, !considered.contains(where: { $0.rituals.contains { $0.ritual == ritual && $0.status == .kept } }) {
            return false
        }
        for (type, threshold) in thresholds {
            guard considered.contains(where: { $0.ratings[type]?.value.map(threshold.admits) == true }) else { return false }
        }
        return true
    }

    /// One line for a header: `Filter: Zoë · any warning sign · Emotional ≤ 2`; empty when nothing is set.
    public func summary(in journal: Journal) -> String {
        var parts: [String] = []
        if let partner { parts.append(journal.profile.displayName(of: partner)) }
        switch sign {
        case .any?: parts.append("any warning sign")
        case .sign(let sign)?: parts.append(sign.name)
        case nil: break
        }
        if let ritual { parts.append((journal.rituals.first { $0.id == ritual }?.name ?? ritual) + " kept") }
        for type in journal.profile.intimacyTypes {
            if let threshold = thresholds[type.id] { parts.append("\(type.name) \(threshold)") }
        }
        return parts.isEmpty ? "" : "Filter: " + parts.joined(separator: " · ")
    }
}

extension WeekFilter {
    /// The check-ins of the weeks that pass, in their order: for commands that list whole weeks.
    public func keepingMatchingWeeks(of checkIns: [CheckIn]) -> [CheckIn] {
        var verdicts: [Week: Bool] = [:]
        for (week, group) in Dictionary(grouping: checkIns, by: \.week) { verdicts[week] = matches(group) }
        return checkIns.filter { verdicts[$0.week] == true }
    }
}
