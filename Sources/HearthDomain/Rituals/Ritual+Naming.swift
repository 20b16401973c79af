extension Ritual {
    /// Whether `text` names this ritual: its id, or its name ignoring case and surrounding spaces.
    public func isNamed(_ text: String) -> Bool {
        let wanted = text.trimmingWhitespace().lowercased()
        return id == wanted || name.lowercased() == wanted
    }

    /// A new ritual id from its name (`Date night` -> `date-night`), numbered when `taken` already holds it.
    /// Names with no Latin letters or digits (`散歩`) get `ritual`, `ritual-2`, ...
    ///
    /// Made from the name on purpose, not at random: two laptops that each add "Date night" make the same id,
    /// and a merge of rituals.md takes them as one ritual (field by field, asking where they differ). A ritual
    /// is the couple's habit, and both partners' check-ins mark it by this id, so two records would split one
    /// habit's history in two.
    public static func makeID(from name: String, taken: [String]) -> String {
        var base = Partner.makeID(from: name, fallbackIndex: 0)
        if base == "partner-0" { base = "ritual" }
        var id = base, suffix = 2
        while taken.contains(id) {
            id = "\(base)-\(suffix)"
            suffix += 1
        }
        return id
    }

    /// Whether the ritual still comes round in `week`: active, started, and due by its cadence.
    public func isDueThisWeek(_ week: Week) -> Bool {
        status == .active && cadence.isDue(in: week, since: since) && (since.map { $0 <= week } ?? true)
    }
}

extension Journal {
    /// The ritual `text` names (id or name, ignoring case), if any.
    public func ritual(named text: String) -> Ritual? { rituals.first { $0.isNamed(text) } }
}
