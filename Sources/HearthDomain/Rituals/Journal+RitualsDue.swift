extension Journal {
    /// The rituals still waiting to be marked in `week`: due then, and not yet marked (kept or skipped) by
    /// every partner. A ritual both kept is done for the week, not due.
    public func ritualsStillDue(in week: Week) -> [Ritual] {
        let thisWeek = checkIns(in: week)
        return rituals.filter { ritual in
            ritual.isDueThisWeek(week) && !profile.partners.allSatisfy { partner in
                thisWeek.contains { $0.partner == partner.id && $0.rituals.contains { $0.ritual == ritual.id } }
            }
        }
    }
}
