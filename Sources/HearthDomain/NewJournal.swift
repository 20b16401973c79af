/// What a new journal starts with, the same whether it is made by `hearth init` or by the UI's setup.
extension Journal {
    /// A journal for `partners` with the standard agenda and the one ritual every couple starts with,
    /// a weekly check-in, counted from `week` (the week the journal is created).
    public static func new(partners: [Partner], startingIn week: Week) -> Journal {
        Journal(profile: Profile(partners: partners), rituals: [Ritual.weeklyCheckIn(since: week)], agenda: .standard)
    }
}

extension Ritual {
    /// The ritual a new journal starts with: the check-in itself, on Sundays.
    public static func weeklyCheckIn(since week: Week) -> Ritual {
        Ritual(id: "weekly-check-in", name: "Weekly check-in", cadence: .weekly(on: .sunday), feeds: ["emotional"], since: week)
    }
}

extension Partner {
    /// Why names typed for a new journal cannot be used: which one (0-based) and what to do.
    public struct NamingProblem: Error, Hashable, Sendable, CustomStringConvertible {
        public let index: Int
        public let description: String
    }

    /// Partners for a new journal from the names typed, in order: names trimmed, ids made from them and
    /// numbered when two fold to the same id. Refuses an empty name and two names that are the same
    /// ignoring case and accents (`Sam` and `sam`, `Zoë` and `Zoe`): nobody could tell them apart.
    public static func newCouple(named names: [String]) -> Result<[Partner], NamingProblem> {
        var partners: [Partner] = []
        for typed in names {
            switch newcomer(named: typed, joining: partners) {
            case .success(let partner): partners.append(partner)
            case .failure(let problem): return .failure(problem)
            }
        }
        return .success(partners)
    }

    /// A partner joining `partners` (a new journal's, or a journal's profile later): the name trimmed, an id made
    /// from it and numbered when taken. Refuses an empty name and one that is the same as a partner's ignoring
    /// case and accents. A problem's index is the newcomer's place, `partners.count`.
    public static func newcomer(named typed: String, joining partners: [Partner]) -> Result<Partner, NamingProblem> {
        let index = partners.count
        let name = typed.trimmingWhitespace()
        guard !name.isEmpty else { return .failure(NamingProblem(index: index, description: "partner \(index + 1) needs a name")) }
        let key = TextFolding.folded(name)
        if let earlier = partners.first(where: { TextFolding.folded($0.name) == key })?.name {
            let same = earlier == name ? "'\(name)' is given twice" : "'\(earlier)' and '\(name)' are the same name"
            return .failure(NamingProblem(index: index, description: same + "; give each partner a different name"))
        }
        let base = makeID(from: name, fallbackIndex: index + 1)
        var id = base, suffix = 2
        while partners.contains(where: { $0.id == id }) {
            id = "\(base)-\(suffix)"
            suffix += 1
        }
        return .success(Partner(id: id, name: name))
    }
}
