import HearthDomain
import HearthUI
import Testing

/// A small journal for Zoë and 美咲, built in code so every screen test knows exactly what it holds.
enum Fixtures {
    static let zoe = Partner(id: "zoe", name: "Zoë", primaryLanguage: .time)
    static let misaki = Partner(id: "misaki", name: "美咲", primaryLanguage: .words)
    static let profile = Profile(partners: [zoe, misaki])
    /// Wednesday of 2026-W47 (16–22 Nov).
    static let today = CivilDate(year: 2026, month: 11, day: 18) ?? CivilDate(daysSinceEpoch: 0)
    static let thisWeek = Week(containing: today)
    static let lastWeek = thisWeek.previous

    static func ratings(_ values: [Int]) -> [String: Rating] {
        Dictionary(uniqueKeysWithValues: zip(IntimacyType.core.map(\.id), values.map { Rating.score($0) }))
    }

    static let rituals = [
        Ritual(id: "date-night", name: "Date night", cadence: .weekly(on: .friday)),
        Ritual(id: "long-walk", name: "Long walk", cadence: .everyWeeks(2, on: .sunday), since: Week(year: 2026, number: 45)),
        Ritual(id: "letters", name: "Letters", cadence: .weekly(on: .monday), status: .paused),
    ]

    /// Last week both checked in; this week as given.
    static func journal(thisWeek partners: [String] = [], history: Bool = true) -> Journal {
        var checkIns: [CheckIn] = []
        if history {
            checkIns.append(CheckIn(week: lastWeek.previous, partner: "zoe", ratings: ratings([2, 2, 2, 2, 2])))
            checkIns.append(CheckIn(week: lastWeek, partner: "zoe", ratings: ratings([4, 3, 5, 2, 4]),
                                    intention: "Plan the Sunday walk together"))
            var misakiRatings = ratings([3, 4, 4, 1, 5])
            misakiRatings["spiritual"] = .skipped
            checkIns.append(CheckIn(week: lastWeek, partner: "misaki", ratings: misakiRatings,
                                    intention: "毎晩スマホなしで話す"))
        }
        for id in partners {
            checkIns.append(CheckIn(week: thisWeek, partner: id, ratings: ratings([5, 5, 5, 5, 5])))
        }
        return Journal(profile: profile, checkIns: checkIns, rituals: rituals)
    }

    static func state(_ journal: Journal?, problems: [String] = []) -> AppState {
        AppState(today: today, journal: journal, folder: "/home/z/.local/share/hearth", problems: problems)
    }
}

/// Sends keys to the state and collects every effect, as a user at the keyboard would.
@discardableResult
func press(_ state: inout AppState, _ keys: Key...) -> [Effect] {
    keys.flatMap { state.update(.key($0)) }
}

/// Types text one grapheme at a time.
func type(_ state: inout AppState, _ text: String) {
    for character in text { _ = state.update(.key(.character(character))) }
}
