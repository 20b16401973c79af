import HearthDomain

/// Each partner's love languages, what each gave the other by language against what the other prefers,
/// and the latest moments; or the moment form when it is open.
struct LoveLanguagesScreen {
    let journal: Journal
    let today: CivilDate
    let state: LoveLanguagesState
    /// Weeks the balance counts, ending this week.
    static let balanceWeeks = 12

    func render(into buffer: inout ScreenBuffer, in rect: Rect) {
        guard !rect.isEmpty else { return }
        buffer.put("Love languages", x: rect.x, y: rect.y, style: .title, limit: rect.width)
        buffer.put(String(repeating: "─", count: rect.width), x: rect.x, y: rect.y + 1, style: .dim)
        let body = Rect(x: rect.x, y: rect.y + 2, width: rect.width, height: rect.height - 2)
        switch state.mode {
        case .form(let form): return MomentFormView(form: form, today: today).render(into: &buffer, in: body)
        case .languages(let form): return LanguageFormView(form: form).render(into: &buffer, in: body)
        case .browsing: break
        }
        HomeView.stack([profiles(width: body.width), balance(width: body.width), moments(width: body.width)],
                         into: &buffer, in: body)
    }

    private var partners: [Partner] { journal.profile.partners }

    private var nameWidth: Int { min(12, partners.map(\.name.terminalWidth).max() ?? 0) }

    /// One line per partner: name, then primary and secondary language; the selected one marked.
    private func profiles(width: Int) -> (title: String, body: TextBlock) {
        let lines = partners.enumerated().map { index, partner -> [Span] in
            let languages = [partner.primaryLanguage, partner.secondaryLanguage].compactMap { $0 }
            let text = languages.isEmpty ? "not set yet" : languages.map { width >= 60 ? $0.name : $0.rawValue }.joined(separator: ", then ")
            let selected = index == state.list.selected
            return [Span(selected ? "›" : " ", .accent), Span(partner.name.truncated(toWidth: nameWidth), .partner(index), at: 2),
                    Span(text, languages.isEmpty ? .dim : .normal, at: nameWidth + 4)]
        }
        return ("Who prefers what", TextBlock(lines))
    }

    /// Per giver and receiver: moments given in the last weeks by language, ★ on the receiver's languages.
    private func balance(width: Int) -> (title: String, body: TextBlock) {
        let range = WeekRange(last: Week(containing: today), count: Self.balanceWeeks)
        let balances = LoveLanguageBalance.all(in: journal, range: range)
        var lines: [[Span]] = []
        for balance in balances {
            let giver = partners.firstIndex { $0.id == balance.giver } ?? 0
            let receiver = partners.firstIndex { $0.id == balance.receiver } ?? 0
            let total = balance.total == 1 ? "1 moment" : "\(balance.total) moments"
            let share = balance.total == 0 || balance.preferred.isEmpty ? "" : ", \(balance.preferredCount) in theirs"
            lines.append([Span(journal.profile.displayName(of: balance.giver), .partner(giver)), Span(" → "),
                          Span(journal.profile.displayName(of: balance.receiver), .partner(receiver)), Span("  \(total)\(share)", .dim)])
            var counts: [Span] = []
            for language in LoveLanguage.allCases {
                let label = width >= 56 ? language.rawValue : String(language.rawValue.prefix(3))
                let star = balance.preferred.contains(language)
                counts.append(Span((counts.isEmpty ? " " : "  ") + label, star ? .accent : .normal))
                counts.append(Span((star ? "★" : " ") + "\(balance.count(language))", star ? .accent : .dim))
            }
            lines.append(counts)
        }
        return ("Given, last \(Self.balanceWeeks) weeks (★ what they prefer)", TextBlock(lines))
    }

    /// The newest moments first: date, giver → receiver, language, what happened.
    private func moments(width: Int) -> (title: String, body: TextBlock) {
        let recent = MomentLog.entries(in: journal).suffix(8).reversed()
        guard !recent.isEmpty else { return ("Recent moments", TextBlock([[Span("None yet: press a to log one.", .dim)]])) }
        return ("Recent moments", TextBlock(recent.map { entry in
            let moment = entry.moment
            let when = moment.date.map { String($0.description.suffix(5)) } ?? String(entry.week.description.suffix(3))
            let from = partners.firstIndex { $0.id == moment.from } ?? 0
            return [Span(when, .dim), Span(" " + journal.profile.displayName(of: moment.from), .partner(from)),
                    Span(" → " + journal.profile.displayName(of: moment.to) + " · " + moment.language.rawValue + " · ", .dim),
                    Span(moment.text)]
        }))
    }
}
