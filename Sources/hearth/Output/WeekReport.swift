import HearthDomain
import HearthExchange
import HearthUI

/// `hearth show WEEK`: every partner's answers for one week, ratings side by side.
struct WeekReport {
    let journal: Journal
    let week: Week
    /// Private reflections are printed only when the user asks (`--private`).
    let includePrivate: Bool

    private var checkIns: [CheckIn] { journal.checkIns(in: week) }
    private var profile: Profile { journal.profile }
    /// Moments logged on their own (`hearth moment add`, the love-languages screen) dated in this week.
    private var logged: [Moment] { journal.moments(loggedIn: week) }

    func text() -> String {
        let monday = week.monday, sunday = week.sunday
        var out = "\(week)  Mon \(monday)  to  Sun \(sunday)\n"
        if checkIns.isEmpty {
            out += "\nNo check-ins this week.\n"
        } else {
            let missing = profile.partners.filter { partner in !checkIns.contains { $0.partner == partner.id && $0.isCheckedIn } }
            if !missing.isEmpty {
                out += "Not checked in: " + missing.map(\.name).joined(separator: ", ") + "\n"
            }
            if checkIns.contains(where: \.isCheckedIn) { out += "\n" + ratingsTable() }
            for checkIn in checkIns { out += "\n" + section(for: checkIn) }
        }
        if !logged.isEmpty {
            out += "\nLove-language moments logged this week:\n" + logged.map { moment in
                "  " + (moment.date.map { "\($0.weekday.shortName) \($0)  " } ?? "") + momentLine(moment)
            }.joined()
        }
        return out
    }

    func json() -> JSON {
        .object([
            ("week", .string(week.description)),
            ("monday", .string(week.monday.description)),
            ("sunday", .string(week.sunday.description)),
            ("checkins", .array(checkIns.map { $0.json(profile: profile, includePrivate: includePrivate) })),
            ("moments", .array(logged.map(\.json))),
        ])
    }

    /// `Zoë -> 美咲, gifts: Flowers (landed: …)` and a line break.
    private func momentLine(_ moment: Moment) -> String {
        let landed = moment.landed.isEmpty ? "" : " (landed: \(moment.landed))"
        return "\(profile.displayName(of: moment.from)) -> \(profile.displayName(of: moment.to)), "
            + "\(moment.language.name.lowercased()): \(moment.text)\(landed)\n"
    }

    /// Types down, partners across, each rating with its anchor words. Columns are as wide as their widest
    /// cell, two spaces apart, so no cell is cut or runs into the next.
    private func ratingsTable() -> String {
        // Ritual marks alone are not a check-in: no column of dots for that partner.
        let checkIns = self.checkIns.filter(\.isCheckedIn)
        let types = profile.intimacyTypes
        let cells: [[String]] = types.map { type in
            checkIns.map { checkIn in
                switch checkIn.ratings[type.id] {
                case .score(let value)?: "\(value) \(Rating.anchor(for: value))"
                case .skipped?: "- skipped"
                case nil: "."
                }
            }
        }
        let names = checkIns.map { profile.displayName(of: $0.partner) }
        let typeWidth = types.map(\.name.terminalWidth).max() ?? 0
        let widths = names.indices.map { column in
            ([names[column]] + cells.map { $0[column] }).map(\.terminalWidth).max() ?? 0
        }
        func row(_ label: String, _ values: [String]) -> String {
            zip(values, widths).reduce(label.padded(toWidth: typeWidth)) { $0 + "  " + $1.0.padded(toWidth: $1.1) }
        }
        var out = Columns.trimmingTrailingSpaces(row("", names)) + "\n"
        for (type, values) in zip(types, cells) {
            var line = row(type.name, values)
            let scores = checkIns.compactMap { checkIn -> Int? in
                if case .score(let value)? = checkIn.ratings[type.id] { return value } else { return nil }
            }
            if let high = scores.max(), let low = scores.min(), high - low >= 2 {
                line += "  <- you see this differently (\(high - low) apart)"
            }
            out += Columns.trimmingTrailingSpaces(line) + "\n"
        }
        return out
    }

    private func section(for checkIn: CheckIn) -> String {
        let name = profile.displayName(of: checkIn.partner)
        var out = "== \(name) ==\n"
        func block(_ title: String, _ text: String) {
            guard !text.isEmpty else { return }
            out += "\(title):\n" + text.split(separator: "\n", omittingEmptySubsequences: false)
                .map { "  " + $0 }.joined(separator: "\n") + "\n"
        }
        if !checkIn.appreciations.isEmpty {
            out += "Appreciations:\n" + checkIn.appreciations.map { "  - \($0)\n" }.joined()
        }
        block("How we are doing", checkIn.howWeAreDoing)
        block("More of", checkIn.moreOf)
        block("Less of", checkIn.lessOf)
        if !checkIn.warningSigns.isEmpty {
            out += "Warning signs:\n" + checkIn.warningSigns.map { "  ! \($0.name)\n" }.joined()
        }
        if !checkIn.rituals.isEmpty {
            out += "Rituals:\n" + checkIn.rituals.map { mark in
                let name = journal.rituals.first { $0.id == mark.ritual }?.name ?? mark.ritual
                let reason = mark.reason.isEmpty ? "" : " (\(mark.reason))"
                return "  \(mark.status == .kept ? "kept   " : "skipped") \(name)\(reason)\n"
            }.joined()
        }
        if let minutes = checkIn.deviceFreeMinutes { out += "Device-free time together: \(minutes) min\n" }
        if !checkIn.moments.isEmpty {
            out += "Love-language moments:\n" + checkIn.moments.map { "  " + momentLine($0) }.joined()
        }
        if let review = checkIn.lastIntentionReview { out += "Last week's intention: \(review.name)\n" }
        block("Intention for next week", checkIn.intention)
        for step in journal.agenda.steps where step.kind == .question {
            block(step.title, checkIn.answers[step.id] ?? "")
        }
        block("Notes", checkIn.notes)
        if !checkIn.reflection.isEmpty {
            if includePrivate { block("Private reflection", checkIn.reflection) }
            else { out += "Private reflection: (hidden; add --private to show it)\n" }
        }
        return out
    }
}
