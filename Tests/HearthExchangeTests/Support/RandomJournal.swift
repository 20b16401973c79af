import HearthDomain

/// Journals drawn at random from a seed: every field, every cadence, awkward text, for round-trip tests.
struct RandomJournal {
    var random: SplitMix64

    init(seed: UInt64) { random = SplitMix64(seed: seed) }

    static let texts = [
        "", "plain words", "quote \" and backslash \\", "line\nbreak", "## looks like a heading", "- looks like a list",
        "emoji 🎉 and 美咲", "tab\there", "comma, semicolon; and \"quotes\"", "  leading spaces", "a\n\n\nb",
        "BEGIN:VEVENT", "\\## escaped", "key: value", "[1, 2]", "#hash", "'single'", "null",
    ]
    static let names = ["Zoë", "美咲", "Alex", "Ana María", "O'Brien", "Sam, Jr.", "Льоша"]
    static let days = Weekday.allCases

    mutating func text() -> String { random.pick(Self.texts) }

    mutating func cadence() -> Cadence {
        switch random.index(3) {
        case 0: .daily
        case 1: .weekly(on: random.pick(Self.days))
        default: .everyWeeks(2 + random.index(5), on: random.pick(Self.days))
        }
    }

    mutating func journal() -> Journal {
        let count = 1 + random.index(3)
        let partners = (0..<count).map { index in
            Partner(id: "p\(index)-" + ["a", "b", "c"][random.index(3)], name: random.pick(Self.names),
                    primaryLanguage: random.chance(0.7) ? random.pick(LoveLanguage.allCases) : nil,
                    secondaryLanguage: random.chance(0.4) ? random.pick(LoveLanguage.allCases) : nil)
        }
        let extra = (0..<random.index(3)).map { IntimacyType(id: "extra-\($0)", name: "Extra \($0)", summary: text()) }
        let profile = Profile(partners: partners, extraTypes: extra)
        let first = Week(year: 2019 + random.index(6), number: 1 + random.index(52)) ?? Week(containing: CivilDate(daysSinceEpoch: 20_000))
        let rituals = (0..<random.index(5)).map { index in
            Ritual(id: "ritual-\(index)", name: random.chance(0.2) ? text() : "Ritual \(index)", cadence: cadence(),
                   feeds: random.chance(0.5) ? [random.pick(profile.intimacyTypes).id] : [],
                   status: random.pick(Ritual.Status.allCases), since: random.chance(0.8) ? first.adding(weeks: random.index(10)) : nil)
        }
        var checkIns: [CheckIn] = []
        var moments: [Moment] = []
        for offset in 0..<random.index(40) where random.chance(0.8) {
            let week = first.adding(weeks: offset)
            for partner in partners where random.chance(0.85) {
                checkIns.append(checkIn(week: week, partner: partner.id, profile: profile, rituals: rituals))
            }
            for partner in partners where random.chance(0.2) {
                for _ in 0..<(1 + random.index(2)) {
                    var moment = self.moment(from: partner.id, partners: partners)
                    moment.date = week.monday.adding(days: random.index(7))
                    moments.append(moment)
                }
            }
        }
        let agenda = random.chance(0.5) ? Agenda.standard : Agenda(steps: Agenda.standard.steps.shuffled(using: &random)
            + [AgendaStep(kind: .question, title: "Anything else?", prompt: text(), id: "anything-else")])
        return Journal(profile: profile, checkIns: checkIns, rituals: rituals, agenda: agenda, moments: moments)
    }

    mutating func moment(from giver: String, partners: [Partner]) -> Moment {
        Moment(date: nil, from: giver, to: random.pick(partners).id, language: random.pick(LoveLanguage.allCases),
               text: text(), landed: random.chance(0.5) ? text() : "")
    }

    mutating func checkIn(week: Week, partner: String, profile: Profile, rituals: [Ritual]) -> CheckIn {
        var checkIn = CheckIn(week: week, partner: partner)
        for type in profile.intimacyTypes where random.chance(0.9) {
            checkIn.ratings[type.id] = random.chance(0.1) ? .skipped : .score(1 + random.index(5))
        }
        checkIn.appreciations = (0..<random.index(3)).map { _ in text() }
        checkIn.howWeAreDoing = text()
        checkIn.moreOf = text()
        checkIn.lessOf = text()
        checkIn.warningSigns = WarningSign.allCases.filter { _ in random.chance(0.2) }
        checkIn.rituals = rituals.filter { _ in random.chance(0.5) }.map { ritual in
            RitualMark(ritual: ritual.id, status: random.chance(0.7) ? .kept : .skipped, reason: random.chance(0.3) ? text() : "")
        }
        checkIn.deviceFreeMinutes = random.chance(0.6) ? random.index(10_081) : nil
        checkIn.moments = (0..<random.index(3)).map { _ in
            var moment = moment(from: partner, partners: profile.partners)
            if random.chance(0.5) { moment.date = week.monday.adding(days: random.index(7)) }
            return moment
        }
        checkIn.lastIntentionReview = random.chance(0.5) ? random.pick(IntentionReview.allCases) : nil
        checkIn.intention = text()
        checkIn.reflection = text()
        checkIn.notes = text()
        if random.chance(0.3) { checkIn.answers["anything-else"] = text() }
        return checkIn
    }
}
