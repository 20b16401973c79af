import HearthDomain

/// The journal as one readable Markdown document: newest year first, a section per week, each partner's answers in it.
public enum MarkdownExport {
    /// The document; private reflections appear only if the journal still holds them (see `ExportSelection`).
    public static func text(_ journal: Journal) -> String {
        let profile = journal.profile
        var out = "# Our check-ins: " + profile.partners.map(\.name).joined(separator: " & ") + "\n"
        if journal.checkIns.isEmpty && journal.moments.isEmpty { out += "\nNo check-ins yet.\n" }
        let loggedWeeks = journal.moments.compactMap { $0.date.map { Week(containing: $0) } }
        let weeks = Set(journal.checkIns.map(\.week) + loggedWeeks).sorted(by: >)
        let rituals = Dictionary(journal.rituals.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
        // Grouped once: asking the journal per week would scan every check-in for every week.
        let checkInsByWeek = Dictionary(grouping: journal.checkIns, by: \.week)
        let loggedByWeek = Dictionary(grouping: journal.moments.filter { $0.date != nil }) { moment in
            Week(containing: moment.date ?? CivilDate(daysSinceEpoch: 0))
        }
        let order = Dictionary(profile.partners.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        var year: Int?
        for week in weeks {
            if week.year != year {
                year = week.year
                out += "\n## \(week.year)\n"
            }
            out += "\n### \(week) (\(dayMonth(week.monday)) to \(dayMonth(week.sunday)))\n"
            let partners = (checkInsByWeek[week] ?? []).sorted { (order[$0.partner] ?? Int.max) < (order[$1.partner] ?? Int.max) }
            for checkIn in partners {
                out += "\n#### \(profile.displayName(of: checkIn.partner))\n\n"
                out += section(checkIn, journal: journal, ritualNames: rituals)
            }
            let logged = loggedByWeek[week] ?? []
            if !logged.isEmpty {
                out += "\n#### Moments logged this week\n\n"
                out += logged.map { "- " + line($0, profile: profile) + "\n" }.joined()
            }
        }
        return out
    }

    static func section(_ checkIn: CheckIn, journal: Journal, ritualNames: [String: String]) -> String {
        let profile = journal.profile
        var out = ""
        let ratings = profile.intimacyTypes.compactMap { type -> String? in
            switch checkIn.ratings[type.id] {
            case .score(let value)?: "\(type.name) \(value)"
            case .skipped?: "\(type.name) skipped"
            case nil: nil
            }
        }
        if !ratings.isEmpty { out += "- Ratings (1-5): " + ratings.joined(separator: ", ") + "\n" }
        if let review = checkIn.lastIntentionReview { out += "- Last week's intention: \(review.name.lowercased())\n" }
        if !checkIn.warningSigns.isEmpty {
            out += "- Warning signs: " + checkIn.warningSigns.map { $0.name.lowercased() }.joined(separator: "; ") + "\n"
        }
        if !checkIn.rituals.isEmpty {
            out += "- Rituals: " + checkIn.rituals.map { mark in
                let name = ritualNames[mark.ritual] ?? mark.ritual
                let reason = mark.reason.isEmpty ? "" : " (\(mark.reason))"
                return "\(name) \(mark.status.rawValue)\(reason)"
            }.joined(separator: "; ") + "\n"
        }
        if let minutes = checkIn.deviceFreeMinutes { out += "- Device-free time together: \(minutes) minutes\n" }
        if !checkIn.appreciations.isEmpty {
            out += "\nAppreciations:\n\n" + checkIn.appreciations.map { "- " + oneLine($0) + "\n" }.joined()
        }
        out += prose("How we are doing", checkIn.howWeAreDoing) + prose("More of", checkIn.moreOf)
            + prose("Less of", checkIn.lessOf)
        if !checkIn.moments.isEmpty {
            out += "\nMoments:\n\n" + checkIn.moments.map { "- " + line($0, profile: profile) + "\n" }.joined()
        }
        out += prose("Intention for next week", checkIn.intention)
        for step in journal.agenda.steps where step.kind == .question {
            out += prose(step.title.isEmpty ? step.id : step.title, checkIn.answers[step.id] ?? "")
        }
        out += prose("Notes", checkIn.notes) + prose("Private reflection", checkIn.reflection)
        return out
    }

    /// `Zoë to 美咲, quality time (2026-11-18): a walk (how it landed: loved it)`.
    static func line(_ moment: Moment, profile: Profile) -> String {
        var text = "\(profile.displayName(of: moment.from)) to \(profile.displayName(of: moment.to)), \(moment.language.name.lowercased())"
        if let date = moment.date { text += " (\(date))" }
        text += ": " + oneLine(moment.text)
        if !moment.landed.isEmpty { text += " (how it landed: " + oneLine(moment.landed) + ")" }
        return text
    }

    /// A labelled block of the partner's own words, quoted so that nothing they wrote becomes a heading.
    static func prose(_ label: String, _ text: String) -> String {
        guard !text.isEmpty else { return "" }
        let quoted = text.split(separator: "\n", omittingEmptySubsequences: false).map { $0.isEmpty ? ">" : "> " + $0 }
        return "\n\(label):\n\n" + quoted.joined(separator: "\n") + "\n"
    }

    /// List items stay on one line: line breaks inside become spaces.
    static func oneLine(_ text: String) -> String {
        String(text.map { $0.isNewline ? " " : $0 })
    }

    private static let months = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
                                 "October", "November", "December"]

    /// `16 November 2026`.
    static func dayMonth(_ date: CivilDate) -> String { "\(date.day) \(months[date.month - 1]) \(date.year)" }
}
