import HearthDomain
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
            let missing = profile.partners.filter { partner in !checkIns.contains { $0.partner == partner.id } }
            if !missing.isEmpty {
                out += "Not checked in: " + missing.map(\.name).joined(separator: ", ") + "\n"
            }
            out += "\n" + ratingsTable()
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

    private func ratingsTable() -> String {
        let nameWidth = 16
        var out = String(repeating: " ", count: 14)
        for checkIn in checkIns { out += profile.displayName(of: checkIn.partner).padded(toWidth: nameWidth) }
        out = Columns.trimmingTrailingSpaces(out) + "\n"
        for type in profile.intimacyTypes {
            var line = type.name.padded(toWidth: 14)
            var scores: [Int] = []
            for checkIn in checkIns {
                switch checkIn.ratings[type.id] {
                case .score(let value)?:
                    scores.append(value)
                    line += "\(value) \(Rating.anchor(for: value))".padded(toWidth: nameWidth)
                case .skipped?: line += "- skipped".padded(toWidth: nameWidth)
                case nil: line += ".".padded(toWidth: nameWidth)
                }
            }
            if let high = scores.max(), let low = scores.min(), high - low >= 2 {
                line += "<- you see this differently (\(high - low) apart)"
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
