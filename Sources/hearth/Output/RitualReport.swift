import HearthDomain
import HearthExchange
import HearthUI

/// `hearth ritual list`: every ritual with its cadence, status, strength, recent history and this week.
struct RitualReport {
    let journal: Journal
    let week: Week
    var tier: ChartTier = .unicode
    /// Weeks of history drawn beside each ritual.
    static let historyWeeks = 12

    private var strengths: [RitualStrength] {
        RitualStrength.all(in: journal, range: WeekRange(last: week, count: Self.historyWeeks))
    }

    func text() -> String {
        guard !journal.rituals.isEmpty else {
            return "No rituals yet. Add one with `hearth ritual add \"Date night\" --weekly friday`.\n"
        }
        let nameWidth = min(24, max(6, journal.rituals.map { $0.name.terminalWidth }.max() ?? 0))
        let cadences = journal.rituals.map { $0.cadence.inWords }
        let cadenceWidth = max(7, cadences.map(\.count).max() ?? 0)
        var out = Columns.trimmingTrailingSpaces("Ritual".padded(toWidth: nameWidth) + "  " + "Cadence".padded(toWidth: cadenceWidth)
            + "  Status   Strength  Last \(Self.historyWeeks) weeks  This week") + "\n"
        for (index, strength) in strengths.enumerated() {
            let ritual = strength.ritual
            let percent = String(StrengthSparkline.percent(strength.current)) + "%"
            let line = ritual.name.padded(toWidth: nameWidth) + "  " + cadences[index].padded(toWidth: cadenceWidth)
                + "  " + ritual.status.rawValue.padded(toWidth: 7)
                + "  " + String(repeating: " ", count: max(0, 8 - percent.count)) + percent
                + "  " + StrengthSparkline.text(strength.series.values, tier: tier).padded(toWidth: 13 + String(Self.historyWeeks).count)
                + "  " + thisWeek(ritual)
            out += Columns.trimmingTrailingSpaces(line) + "\n"
        }
        out += "\nStrength forgives: a missed week costs an eighth (a sixteenth with a reason), a kept one wins back a quarter of the way to full.\n"
        return out
    }

    func json() -> JSON {
        .array(strengths.map { strength in
            let ritual = strength.ritual
            return .object([
                ("id", .string(ritual.id)),
                ("name", .string(ritual.name)),
                ("cadence", .string(ritual.cadence.description)),
                ("feeds", .array(ritual.feeds.map(JSON.string))),
                ("status", .string(ritual.status.rawValue)),
                ("since", ritual.since.map { .string($0.description) } ?? .null),
                ("strength_percent", .number(StrengthSparkline.percent(strength.current))),
                ("due_this_week", .bool(ritual.isDueThisWeek(week))),
                ("this_week", .array(marks(ritual).map { partner, mark in
                    .object([("partner", .string(partner.id)), ("status", .string(mark.status.rawValue)),
                             ("reason", mark.reason.isEmpty ? .null : .string(mark.reason))])
                })),
                ("history", .array(zip(strength.series.range.weeks, strength.series.values).map { week, value in
                    .object([("week", .string(week.description)), ("strength_percent", value.map { .number(StrengthSparkline.percent($0)) } ?? .null)])
                })),
            ])
        })
    }

    /// Each partner's mark for the ritual this week, in profile order.
    private func marks(_ ritual: Ritual) -> [(Partner, RitualMark)] {
        journal.profile.partners.compactMap { partner in
            journal.checkIn(partner: partner.id, week: week)?.rituals.first { $0.ritual == ritual.id }.map { (partner, $0) }
        }
    }

    /// `Zoë kept, 美咲 skipped (rain)`, else `due` or `-`.
    private func thisWeek(_ ritual: Ritual) -> String {
        let marks = marks(ritual)
        guard marks.isEmpty else {
            return marks.map { "\($0.0.name) \($0.1.status.rawValue)" + ($0.1.reason.isEmpty ? "" : " (\($0.1.reason))") }
                .joined(separator: ", ")
        }
        return ritual.isDueThisWeek(week) ? "due" : "-"
    }
}
