import HearthDomain

/// Everything one partner answered, as lines to read over before saving.
struct CheckInSummary {
    let answers: CheckInAnswers
    let journal: Journal
    let week: Week

    func lines(width: Int) -> [[Span]] {
        let checkIn = answers.checkIn
        let profile = journal.profile
        var lines: [[Span]] = []
        func section(_ title: String, _ text: String) {
            lines.append([Span(title, .accent)])
            let body = text.isEmpty ? ["—"] : text.split(separator: "\n", omittingEmptySubsequences: false)
                .flatMap { $0.isEmpty ? [""] : $0.wrapped(toWidth: max(1, width - 2)) }
            lines += body.map { [Span("  " + $0, text.isEmpty ? .dim : .normal)] }
        }
        for step in journal.agenda.steps {
            switch step.kind {
            case .ratings:
                lines.append([Span("Ratings", .accent)])
                for type in profile.intimacyTypes {
                    let value: String = switch checkIn.ratings[type.id] {
                    case .score(let score)?: "\(score)  \(type.anchor(for: score))"
                    case .skipped?: "skipped"
                    case nil: "not answered"
                    }
                    lines.append([Span("  " + type.name), Span(value, checkIn.ratings[type.id] == nil ? .dim : .normal, at: 16)])
                }
            case .intentionReview: section(step.title, checkIn.lastIntentionReview?.name ?? "")
            case .appreciations: section(step.title, checkIn.appreciations.map { "- " + $0 }.joined(separator: "\n"))
            case .howWeAreDoing:
                section(step.title, checkIn.howWeAreDoing)
                section("More of", checkIn.moreOf)
                section("Less of", checkIn.lessOf)
            case .warningSigns: section(step.title, checkIn.warningSigns.map(\.name).joined(separator: "\n"))
            case .rituals:
                let marks = checkIn.rituals.map { journal.describe($0) }
                let minutes: [String] = switch answers.minutes {
                case .empty: []
                case .minutes(let minutes): ["\(minutes) device-free minutes together"]
                case .tooMany, .unreadable: ["Device-free time “\(answers.text(.deviceFreeMinutes))”: \(answers.minutes.note)"]
                }
                section(step.title, (marks + minutes).joined(separator: "\n"))
            case .moments:
                section(step.title, checkIn.moments.map { moment in
                    "\(profile.displayName(of: moment.from)) → \(profile.displayName(of: moment.to)) (\(moment.language.name)): \(moment.text)"
                }.joined(separator: "\n"))
            case .intention: section(step.title, checkIn.intention)
            case .reflection: section(step.title + " (private)", checkIn.reflection)
            case .notes: section(step.title, checkIn.notes)
            case .question: section(step.title, checkIn.answers[step.id] ?? "")
            }
        }
        return lines
    }
}

extension Journal {
    /// A ritual mark as one line: "Long walk: skipped (rain all week)".
    func describe(_ mark: RitualMark) -> String {
        let name = rituals.first { $0.id == mark.ritual }?.name ?? mark.ritual
        return "\(name): \(mark.status.rawValue)" + (mark.reason.isEmpty ? "" : " (\(mark.reason))")
    }
}
