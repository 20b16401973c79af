@testable import HearthDomain

/// Small builders for hand-made journals: weeks of 2026 by number, two partners, terse check-ins.
enum Fixture {
    static let alex = Partner(id: "alex", name: "Alex", primaryLanguage: .words, secondaryLanguage: .time)
    static let sam = Partner(id: "sam", name: "Sam", primaryLanguage: .service)
    static let profile = Profile(partners: [alex, sam])

    /// Week `n` of 2026; 53 rolls into 2027-W01 and so on, since 2026 has 53 weeks only through `Week`.
    static func week(_ n: Int) -> Week {
        (Week(year: 2026, number: 1) ?? Week(containing: CivilDate(daysSinceEpoch: 20_454))).adding(weeks: n - 1)
    }

    /// A check-in rating every core type `score` (nil leaves them unanswered), with optional extras.
    static func checkIn(_ partner: String, _ n: Int, _ score: Int? = nil, ratings: [String: Rating] = [:],
                        signs: [WarningSign] = [], rituals: [RitualMark] = [], moments: [Moment] = [],
                        minutes: Int? = nil) -> CheckIn {
        var all = ratings
        if let score { for type in IntimacyType.core where all[type.id] == nil { all[type.id] = .score(score) } }
        return CheckIn(week: week(n), partner: partner, ratings: all, warningSigns: signs, rituals: rituals,
                       deviceFreeMinutes: minutes, moments: moments)
    }

    /// Builds a journal from per-week scores of one type for each partner (nil: no check-in that week).
    static func journal(type: String = "emotional", alex: [Int?], sam: [Int?], profile: Profile = profile,
                        rituals: [Ritual] = []) -> Journal {
        var checkIns: [CheckIn] = []
        for index in 0..<max(alex.count, sam.count) {
            for (id, scores) in [("alex", alex), ("sam", sam)] where index < scores.count {
                if let score = scores[index] { checkIns.append(checkIn(id, index + 1, ratings: [type: .score(score)])) }
            }
        }
        return Journal(profile: profile, checkIns: checkIns, rituals: rituals)
    }
}
