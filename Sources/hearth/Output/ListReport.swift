import HearthDomain

/// `hearth list`: one line per week, newest first, each partner's ratings side by side.
struct ListReport {
    let journal: Journal
    /// Partners to show, in profile order.
    let partners: [Partner]

    private var types: [IntimacyType] { journal.profile.intimacyTypes }
    /// Each rating takes four columns: `   4`.
    private var groupWidth: Int { types.count * 4 }

    func text() -> String {
        let weeks = weeksToList()
        guard !weeks.isEmpty else { return "No check-ins yet. Add one with `hearth checkin` or open `hearth`.\n" }
        let margin = String(repeating: " ", count: "2026-W47".count)
        var names = margin, labels = margin
        for partner in partners {
            names += "  " + Columns.fit(partner.name, to: groupWidth)
            labels += "  " + types.map { " " + Columns.fit(String($0.id.prefix(3)), to: 3) }.joined()
        }
        var out = Columns.trimmingTrailingSpaces(names) + "\n" + labels + "\n"
        let byWeek = Dictionary(grouping: journal.checkIns) { $0.week }
        for week in weeks {
            let checkIns = byWeek[week] ?? []
            out += week.description
            var signs = 0
            for partner in partners {
                out += "  "
                let checkIn = checkIns.first { $0.partner == partner.id }
                signs += checkIn?.warningSigns.count ?? 0
                for type in types { out += Self.cell(checkIn, type) }
            }
            out += signs > 0 ? "  !\(signs)\n" : "\n"
        }
        out += "\n1-5 rating, - skipped, . not answered; !N: warning signs ticked that week.\n"
        return out
    }

    func json() -> JSON {
        .array(weeksToList().map { week in
            let checkIns = journal.checkIns(in: week).filter { checkIn in partners.contains { $0.id == checkIn.partner } }
            return .object([
                ("week", .string(week.description)),
                ("checkins", .array(checkIns.map { checkIn in
                    .object([
                        ("partner", .string(checkIn.partner)),
                        ("name", .string(journal.profile.displayName(of: checkIn.partner))),
                        ("ratings", checkIn.ratingsJSON(profile: journal.profile)),
                        ("warning_signs", .number(checkIn.warningSigns.count)),
                    ])
                })),
            ])
        })
    }

    private func weeksToList() -> [Week] {
        let ids = Set(partners.map(\.id))
        return Array(Set(journal.checkIns.lazy.filter { ids.contains($0.partner) }.map(\.week))).sorted(by: >)
    }

    private static func cell(_ checkIn: CheckIn?, _ type: IntimacyType) -> String {
        switch checkIn?.ratings[type.id] {
        case .score(let value)?: return "   \(value)"
        case .skipped?: return "   -"
        case nil: return "   ."
        }
    }
}
