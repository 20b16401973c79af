import HearthDomain

/// What `hearth import --merge` would change in an existing journal, worked out before anything is written.
///
/// Weeks the journal lacks are added; weeks it holds the same are left alone; weeks that differ are
/// conflicts, refused unless `replace` is set. The profile and agenda are the journal's own: the
/// export must be of the same couple (its partners and types are in the journal's profile).
public struct ImportPlan: Sendable {
    /// Check-ins to write, each with whether it replaces a different one already there.
    public var checkIns: [(checkIn: CheckIn, replacing: Bool)] = []
    /// Logged moments to write, one file per giver and week.
    public var moments: [(week: Week, partner: String, moments: [Moment], replacing: Bool)] = []
    /// The whole new rituals list, when the import adds or replaces any; nil when it changes none.
    public var rituals: [Ritual]?
    /// What differs and was not replaced, as `2026-W47 zoe: the check-in differs`.
    public var conflicts: [String] = []
    /// Files the journal already holds exactly as imported.
    public var unchanged = 0

    /// Compares `incoming` with `existing`; throws when the export belongs to another couple.
    public init(existing: Journal, incoming: Journal, replace: Bool) throws(ImportFailure) {
        let partners = Set(existing.profile.partners.map(\.id))
        for (index, partner) in incoming.profile.partners.enumerated() where !partners.contains(partner.id) {
            throw ImportFailure(path: "profile.partners[\(index)].id",
                                message: "'\(partner.id)' is not a partner in this journal (\(existing.profile.partners.map(\.id).joined(separator: ", "))); import into an empty folder instead")
        }
        let types = Set(existing.profile.intimacyTypes.map(\.id))
        for (index, type) in incoming.profile.extraTypes.enumerated() where !types.contains(type.id) {
            throw ImportFailure(path: "profile.extra_types[\(index)].id",
                                message: "'\(type.id)' is not a type in this journal's profile; add it there first (`hearth profile`) or import into an empty folder")
        }
        planRituals(existing: existing.rituals, incoming: incoming.rituals, replace: replace)
        var held: [String: CheckIn] = [:]
        for checkIn in existing.checkIns { held["\(checkIn.week) \(checkIn.partner)"] = checkIn }
        for checkIn in incoming.checkIns {
            let key = "\(checkIn.week) \(checkIn.partner)"
            guard let current = held[key] else {
                checkIns.append((checkIn, false))
                continue
            }
            if current == checkIn {
                unchanged += 1
            } else if replace {
                checkIns.append((checkIn, true))
            } else {
                conflicts.append("\(key): the check-in differs from the one in the journal")
            }
        }
        planMoments(existing: existing.moments, incoming: incoming.moments, replace: replace)
    }

    /// Whether there is anything to write.
    public var isEmpty: Bool { checkIns.isEmpty && moments.isEmpty && rituals == nil }

    private mutating func planRituals(existing: [Ritual], incoming: [Ritual], replace: Bool) {
        var merged = existing
        var changed = false
        for ritual in incoming {
            guard let index = merged.firstIndex(where: { $0.id == ritual.id }) else {
                merged.append(ritual)
                changed = true
                continue
            }
            if merged[index] == ritual {
                continue
            } else if replace {
                merged[index] = ritual
                changed = true
            } else {
                conflicts.append("ritual \(ritual.id): differs from the one in the journal")
            }
        }
        rituals = changed ? merged : nil
    }

    private mutating func planMoments(existing: [Moment], incoming: [Moment], replace: Bool) {
        func groups(_ moments: [Moment]) -> [String: (week: Week, partner: String, moments: [Moment])] {
            var groups: [String: (week: Week, partner: String, moments: [Moment])] = [:]
            for moment in moments {
                guard let date = moment.date else { continue }
                let week = Week(containing: date)
                groups["\(week) \(moment.from)", default: (week, moment.from, [])].moments.append(moment)
            }
            return groups
        }
        let held = groups(existing)
        for (key, group) in groups(incoming).sorted(by: { $0.key < $1.key }) {
            guard let current = held[key] else {
                moments.append((group.week, group.partner, group.moments, false))
                continue
            }
            if current.moments == group.moments {
                unchanged += 1
            } else if replace {
                moments.append((group.week, group.partner, group.moments, true))
            } else {
                conflicts.append("\(key): the moments logged that week differ from the journal's")
            }
        }
    }
}
