import HearthDomain

/// Deterministic check-ins full of text that is hard to write as YAML, for the independent-parser check.
struct TrickyValues {
    /// The demo's generator: small, fast, and the same sequence on every machine.
    private var random: SplitMix64

    init(seed: UInt64) { random = SplitMix64(seed: seed) }

    private mutating func below(_ bound: Int) -> Int { random.index(bound) }

    private mutating func pick<T>(_ values: [T]) -> T { random.pick(values) }

    static let pieces = [
        "a", "Word", " ", "  ", "\"", "\\", "\n", "\t", "\r", "#", " #", ": ", ":", "- ", "'", "yes", "No", "null", "~", "123",
        "0x1F", "1.5", "2026-11-18", "é", "美咲", "🎉", "\u{2028}", "\u{2029}", "\u{85}", "\u{7F}", "\u{1}", "\u{1B}", "\u{FEFF}",
        "\u{A0}", "[", "]", "{", "}", ",", "&", "*", "!", "|", ">", "%", "@", "`", "---", "...", "## ", "\\## ",
    ]

    mutating func text() -> String {
        (0..<below(6)).map { _ in pick(Self.pieces) }.joined()
    }

    mutating func checkIn(week: Week, partner: String, partners: [String]) -> CheckIn {
        var checkIn = CheckIn(week: week, partner: partner)
        for type in ["emotional", "physical", "intellectual", "spiritual", "experiential", "sexual", "on"] where below(3) > 0 {
            checkIn.ratings[type] = below(6) == 0 ? .skipped : .score(1 + below(5))
        }
        checkIn.appreciations = (0..<below(3)).map { _ in text() }
        checkIn.howWeAreDoing = text()
        checkIn.warningSigns = Array(WarningSign.allCases.filter { _ in below(3) == 0 })
        checkIn.rituals = (0..<below(3)).map { index in
            RitualMark(ritual: pick(["date-night", "on", "walk-2"]) + "\(index)", status: below(2) == 0 ? .kept : .skipped, reason: text())
        }
        checkIn.deviceFreeMinutes = below(2) == 0 ? nil : below(10_081)
        checkIn.moments = (0..<below(3)).map { _ in
            Moment(date: below(2) == 0 ? nil : week.date(on: .tuesday), from: pick(partners), to: pick(partners),
                   language: pick(LoveLanguage.allCases), text: text(), landed: text())
        }
        checkIn.lastIntentionReview = below(2) == 0 ? nil : pick(IntentionReview.allCases)
        checkIn.intention = text()
        checkIn.notes = text()
        for key in ["money", "on", "yes", "null-ish", "x_y"] where below(3) == 0 { checkIn.answers[key] = text() }
        return checkIn
    }
}
