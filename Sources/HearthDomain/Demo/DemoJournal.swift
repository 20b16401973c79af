/// A generated, realistic journal for demos, screenshots, tests and benchmarks.
///
/// Shape, counted in weeks `k` before the end week (`k = 0` is `endingAt`):
/// - Two partners, Zoë (`zoe`, words then time) and 美咲 (`misaki`, service then touch), rating the
///   five core types plus the couple's own `sexual` dimension; one check-in each per week.
/// - The latest rough patch: ratings decline from `k = 20` to `k = 12` (emotional, physical and
///   experiential fall about two points, intellectual and spiritual less), stay low for `k = 11...9`,
///   and recover over `k = 8...3`; from `k = 2` the couple is back to normal. While at least half
///   deep (`k = 16...6`) warning signs recur most weeks and rituals lapse.
/// - Earlier, milder copies (three quarters as deep) of the same patch every 156 weeks further back.
/// - Gaps: no check-in at all at `k = 26`; 美咲 missing at `k = 7`; 美咲 away for `k = 67...60`
///   (two months); beyond `k = 70` a few random missed weeks and single missing partners.
/// - Seasons: outings peak in summer, touch in winter; each year drifts a little.
/// - The morning stretch ritual is paused: kept now and then until `k = 41`, unmarked since.
/// - Love languages: 美咲 gives mostly acts of service and touch, rarely Zoë's words or time (about one
///   moment in five), so the mismatch insight shows throughout; Zoë gives in 美咲's languages about half the time.
/// Everything follows from the seed: the same arguments give the same journal, on any machine.
public enum DemoJournal {
    /// Zoë: words of affirmation first, quality time second.
    public static let zoe = Partner(id: "zoe", name: "Zoë", primaryLanguage: .words, secondaryLanguage: .time)
    /// 美咲: acts of service first, physical touch second; the name tests wide-character layout.
    public static let misaki = Partner(id: "misaki", name: "美咲", primaryLanguage: .service, secondaryLanguage: .touch)

    /// The demo couple's own extra dimension, so every chart meets one.
    public static let sexual = IntimacyType(
        id: "sexual", name: "Sexual", summary: "Desire and sex, at whatever pace suits you both.")

    /// The demo couple.
    public static let profile = Profile(partners: [zoe, misaki], extraTypes: [sexual])

    /// Weeks in the latest rough patch, as `k` (weeks before the end week) from its start to its end.
    public static let roughPatch: ClosedRange<Int> = 3...20
    /// The weeks before the end at which the latest decline starts and bottoms out.
    public static let declineStart = 20, declineBottom = 12

    /// The demo rituals, counting from `since` (the journal's first week).
    public static func rituals(since: Week) -> [Ritual] {
        [
            Ritual(id: "weekly-check-in", name: "Weekly check-in", cadence: .weekly(on: .sunday),
                   feeds: ["emotional"], since: since),
            Ritual(id: "sunday-walk", name: "Sunday walk", cadence: .weekly(on: .sunday),
                   feeds: ["emotional", "experiential"], since: since),
            Ritual(id: "date-night", name: "Date night", cadence: .everyWeeks(2, on: .friday),
                   feeds: ["experiential", "physical", "sexual"], since: since),
            Ritual(id: "phones-away-dinner", name: "Phones-away dinners", cadence: .daily,
                   feeds: ["emotional", "intellectual"], since: since),
            Ritual(id: "morning-stretch", name: "Morning stretch together", cadence: .weekly(on: .saturday),
                   feeds: ["physical", "spiritual"], status: .paused, since: since),
        ]
    }

    /// A journal of `weeks` weeks (one check-in per partner per week, minus the gaps) ending at `endingAt`.
    public static func make(weeks: Int, endingAt end: Week, seed: UInt64) -> Journal {
        let count = max(0, weeks)
        let start = end.adding(weeks: -max(0, count - 1))
        var generator = DemoGenerator(seed: seed, profile: profile, rituals: rituals(since: start))
        var week = start
        for index in 0..<count {
            generator.add(week: week, weeksBeforeEnd: count - 1 - index)
            week = week.next
        }
        return Journal(profile: profile, checkIns: generator.checkIns, rituals: generator.rituals,
                       moments: generator.moments)
    }

    /// A journal of `years` × 52 weeks ending at `endingAt` (20 years: 1,040 weeks, about 2,080 check-ins).
    public static func make(years: Int, endingAt end: Week, seed: UInt64) -> Journal {
        make(weeks: 52 * years, endingAt: end, seed: seed)
    }
}
