extension Journal {
    /// The rituals still waiting to be marked in `week`: due then, and not yet marked (kept or skipped) by
    /// every partner. A ritual both kept is done for the week, not due.
    public func ritualsStillDue(in week: Week) -> [Ritual] {
        // Check-ins are sorted by week: walk back from the newest only as far as `week`, not the whole journal.
        let thisWeek = checkIns.reversed().prefix { $0.week >= week }.filter { $0.week == week }
        return rituals.filter { ritual in
            ritual.isDueThisWeek(week) && !profile.partners.allSatisfy { partner in
                thisWeek.contains { $0.partner == partner.id && $0.rituals.contains { $0.ritual == ritual.id } }
            }
        }
    }
}
