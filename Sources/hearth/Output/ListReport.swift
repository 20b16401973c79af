import HearthDomain
import HearthExchange
import HearthUI

/// `hearth list`: one line per week, newest first, each partner's ratings side by side.
struct ListReport {
    let journal: Journal
    /// Partners to show, in profile order.
    let partners: [Partner]

    private var types: [IntimacyType] { journal.profile.intimacyTypes }
    /// Each rating takes four columns: `   4`.
    private var groupWidth: Int { types.count * 4 }

    func text() -> String { String(decoding: textBytes(), as: UTF8.self) }

    /// The text report as UTF-8, to write out without first making it a String (at 100,000 check-ins
    /// the copy was megabytes at the point of peak memory).
    func textBytes() -> [UInt8] {
        let ids = partners.map(\.id)
        let checkIns = journal.checkIns
        guard checkIns.indices.contains(where: { ids.contains(checkIns[$0].partner) }) else {
            return Array("No check-ins yet. Add one with `hearth checkin` or open `hearth`.\n".utf8)
        }
        let margin = String(repeating: " ", count: "2026-W47".count)
        var names = margin, labels = margin
        for partner in partners {
            names += "  " + partner.name.padded(toWidth: groupWidth)
            labels += "  "
            // Appended one by one: `joined()` looks up its collection's element type at run time, 0.1 ms of `list`.
            for type in types { labels += " " + String(type.id.prefix(3)).padded(toWidth: 3) }
        }
        let header = Columns.trimmingTrailingSpaces(names) + "\n" + labels + "\n"
        // Built as bytes: one line per week over a long journal made String appends the larger part of `list`.
        var out: [UInt8] = []
        // Room for one line per week when each partner checked in every week; more only grows the buffer.
        let weeks = checkIns.count / max(1, partners.count)
        out.reserveCapacity(header.utf8.count + weeks * (10 + partners.count * (2 + groupWidth) + 6) + 80)
        out.append(contentsOf: header.utf8)
        let types = self.types
        var cells = [Rating?](repeating: nil, count: types.count)
        forEachWeek { run in
            Self.appendWeek(run.week, to: &out)
            var signs = 0
            for partner in partners {
                out.append(0x20)
                out.append(0x20)
                let found = run.checkIns.indices.first { run.checkIns[$0].partner == partner.id }
                if let found { signs += run.checkIns[found].warningSigns.count }
                Self.ratings(of: found.map { run.checkIns[$0].ratings }, types: types, into: &cells)
                for cell in cells { Self.appendCell(cell, to: &out) }
            }
            if signs > 0 {
                out.append(0x20)
                out.append(0x20)
                out.append(0x21)
                out.append(contentsOf: String(signs).utf8)
            }
            out.append(0x0A)
        }
        out.append(contentsOf: "\n1-5 rating, - skipped, . not answered; !N: warning signs ticked that week.\n".utf8)
        return out
    }

    func json() -> JSON {
        // Per week only its own run is sorted, as `Journal.checkIns(in:)` would: filtering the whole journal once per week was quadratic.
        let order = Dictionary(uniqueKeysWithValues: journal.profile.partners.enumerated().map { ($1.id, $0) })
        return .array(weekRuns().map { run in
            let checkIns = run.checkIns.filter { checkIn in partners.contains { $0.id == checkIn.partner } }
                .sorted { (order[$0.partner] ?? Int.max, $0.partner) < (order[$1.partner] ?? Int.max, $1.partner) }
            return .object([
                ("week", .string(run.week.description)),
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

    private func weekRuns() -> [(week: Week, checkIns: ArraySlice<CheckIn>)] {
        var runs: [(week: Week, checkIns: ArraySlice<CheckIn>)] = []
        forEachWeek { runs.append($0) }
        return runs
    }

    /// Calls `body` for each week that has a check-in by a listed partner, newest first, with that week's
    /// check-ins in journal order.
    ///
    /// A loaded journal is already sorted by week, so the weeks are runs found walking back from the end,
    /// without hashing, copying check-ins or collecting the weeks first; any other order is sorted (stably) first.
    private func forEachWeek(_ body: ((week: Week, checkIns: ArraySlice<CheckIn>)) -> Void) {
        // Indices rather than elements throughout: iterating copies each CheckIn, retaining all of its fields.
        var all = journal.checkIns[...]
        if all.indices.dropFirst().contains(where: { all[$0 - 1].week > all[$0].week }) {
            all = ArraySlice(all.enumerated().sorted { ($0.element.week, $0.offset) < ($1.element.week, $1.offset) }.map(\.element))
        }
        let ids = partners.map(\.id)
        var end = all.endIndex
        while end > all.startIndex {
            let week = all[end - 1].week
            var start = end - 1
            while start > all.startIndex, all[start - 1].week == week { start -= 1 }
            let run = all[start..<end]
            if run.indices.contains(where: { ids.contains(run[$0].partner) }) { body((week, run)) }
            end = start
        }
    }

    /// The ratings of a check-in in the order of `types` (nil when unanswered), matched without hashing each type id.
    private static func ratings(of ratings: [String: Rating]?, types: [IntimacyType], into cells: inout [Rating?]) {
        for index in cells.indices { cells[index] = nil }
        guard let ratings else { return }
        for (type, rating) in ratings {
            // Comparing lengths first skips most full string comparisons.
            let length = type.utf8.count
            for index in types.indices where types[index].id.utf8.count == length && types[index].id == type { cells[index] = rating }
        }
    }

    /// `2026-W47`, as `Week.description` writes it.
    private static func appendWeek(_ week: Week, to out: inout [UInt8]) {
        guard (0...9_999).contains(week.year), (0...99).contains(week.number) else {
            out.append(contentsOf: week.description.utf8)
            return
        }
        out.append(UInt8(0x30 + week.year / 1_000))
        out.append(UInt8(0x30 + week.year / 100 % 10))
        out.append(UInt8(0x30 + week.year / 10 % 10))
        out.append(UInt8(0x30 + week.year % 10))
        out.append(0x2D)
        out.append(0x57)
        out.append(UInt8(0x30 + week.number / 10))
        out.append(UInt8(0x30 + week.number % 10))
    }

    private static func appendCell(_ rating: Rating?, to out: inout [UInt8]) {
        out.append(0x20)
        out.append(0x20)
        out.append(0x20)
        switch rating {
        case .score(let value)?:
            if (0...9).contains(value) { out.append(UInt8(0x30 + value)) } else { out.append(contentsOf: String(value).utf8) }
        case .skipped?: out.append(0x2D)
        case nil: out.append(0x2E)
        }
    }
}
