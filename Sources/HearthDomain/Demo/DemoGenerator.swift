/// Builds the demo journal one week at a time; state is the random stream and last week's intentions.
struct DemoGenerator {
    private var rng: SplitMix64
    private let seed: UInt64
    let profile: Profile
    let rituals: [Ritual]
    /// Per-type constants, worked out once: the generator's inner loop runs 100,000 times in the stress test.
    private let types: [TypeModel]
    private(set) var checkIns: [CheckIn] = []
    private(set) var moments: [Moment] = []
    /// Whether each partner set an intention in their previous check-in (so the next one reviews it).
    private var hasOpenIntention: [Bool]

    init(seed: UInt64, profile: Profile, rituals: [Ritual]) {
        self.seed = seed
        rng = SplitMix64(seed: seed)
        self.profile = profile
        self.rituals = rituals
        types = profile.intimacyTypes.map { TypeModel(id: $0.id, partners: profile.partners.count) }
        hasOpenIntention = Array(repeating: false, count: profile.partners.count)
    }

    /// Which partners check in `k` weeks before the end; see `DemoJournal`'s documented gaps.
    private mutating func present(weeksBeforeEnd k: Int) -> [Bool] {
        switch k {
        case 26: return [false, false]
        case 7, 60...67: return [true, false]
        case 0...70: return [true, true]
        default:
            let roll = rng.unit()
            if roll < 0.025 { return [false, false] }
            if roll < 0.055 { return rng.chance(0.5) ? [false, true] : [true, false] }
            return [true, true]
        }
    }

    mutating func add(week: Week, weeksBeforeEnd k: Int) {
        let depth = DemoJournal.roughness(weeksBeforeEnd: k)
        let marks = ritualMarks(week: week, depth: depth, weeksBeforeEnd: k)
        let together = deviceFreeMinutes(depth: depth)
        for (index, isPresent) in present(weeksBeforeEnd: k).enumerated() where isPresent {
            checkIns.append(checkIn(partner: index, week: week, depth: depth, marks: marks, minutes: together))
        }
        if rng.chance(0.3 * (1 - depth / 2)) {
            let giver = rng.index(2)
            moments.append(moment(from: giver, date: week.date(on: rng.pick(Weekday.allCases)), depth: depth))
        }
    }

    private mutating func checkIn(partner index: Int, week: Week, depth: Double, marks: [RitualMark],
                                  minutes: Int?) -> CheckIn {
        let low = depth >= 0.5
        var entry = CheckIn(week: week, partner: profile.partners[index].id)
        entry.ratings = ratings(partner: index, week: week, depth: depth)
        let appreciationPool = low ? DemoProse.appreciationsLow[index] : DemoProse.appreciations[index]
        entry.appreciations = distinctPicks(low ? 1 : 1 + rng.index(3), from: appreciationPool)
        entry.howWeAreDoing = rng.pick(depth >= 0.4 ? DemoProse.doingBadly[index] : DemoProse.doingWell[index])
        if rng.chance(0.7) { entry.moreOf = rng.pick(DemoProse.moreOf) }
        if rng.chance(0.6) { entry.lessOf = rng.pick(DemoProse.lessOf) }
        entry.warningSigns = warningSigns(partner: index, depth: depth)
        entry.rituals = marks
        if let minutes { entry.deviceFreeMinutes = max(0, minutes + Int(rng.wobble() * 15)) }
        let given = rng.chance(depth * 0.6) ? 0 : rng.index(3)
        entry.moments = (0..<given).map { _ in moment(from: index, date: nil, depth: depth) }
        if rng.chance(0.25) { entry.moments.append(moment(from: 1 - index, date: nil, depth: depth)) }
        if hasOpenIntention[index] {
            let roll = rng.unit() + depth * 0.5
            entry.lastIntentionReview = roll < 0.55 ? .done : roll < 0.85 ? .partly : .notYet
        }
        hasOpenIntention[index] = rng.chance(0.85)
        if hasOpenIntention[index] { entry.intention = rng.pick(DemoProse.intentions[index]) }
        if rng.chance(low ? 0.5 : 0.15) { entry.reflection = rng.pick(DemoProse.reflections[index]) }
        if rng.chance(0.12) { entry.notes = rng.pick(DemoProse.notes) }
        return entry
    }

    /// `count` different items of `pool`: a repeat in one week's appreciations reads as a bug. A draw that
    /// is already taken moves on to the next free item, so the generator makes the same draws as before
    /// and every other part of a seeded demo stays as it was.
    private mutating func distinctPicks(_ count: Int, from pool: [String]) -> [String] {
        var picked: [String] = []
        for _ in 0..<count {
            var index = rng.index(pool.count)
            for _ in pool.indices where picked.contains(pool[index]) { index = (index + 1) % pool.count }
            if !picked.contains(pool[index]) { picked.append(pool[index]) }
        }
        return picked
    }

    private mutating func ratings(partner: Int, week: Week, depth: Double) -> [String: Rating] {
        let drift = DemoJournal.yearDrift(seed: seed, year: week.year, partner: partner)
        var ratings: [String: Rating] = [:]
        ratings.reserveCapacity(types.count)
        for type in types {
            if rng.chance(type.skipChance) {
                ratings[type.id] = .skipped
                continue
            }
            let value = type.baselines[min(partner, type.baselines.count - 1)] + type.season[min(week.number, 53)]
                + drift - depth * type.drop + rng.wobble() * 0.45
            ratings[type.id] = .score(DemoJournal.score(value))
        }
        return ratings
    }

    /// Each partner notices their own signs: Zoë feels distance, 美咲 feels touch and temper go.
    private mutating func warningSigns(partner: Int, depth: Double) -> [WarningSign] {
        let likely = partner == 0 ? Self.signsNoticed[0] : Self.signsNoticed[1]
        var signs: [WarningSign] = []
        for (rank, sign) in likely.enumerated() {
            if depth >= 0.5, rng.chance(0.9 - 0.25 * Double(rank)) { signs.append(sign) }
        }
        // Good weeks have the odd passing sign too; it should not recur.
        if depth < 0.5, rng.chance(0.03) { signs.append(rng.pick(WarningSign.allCases)) }
        return signs
    }

    /// One shared record of the week's rituals, which both partners then report.
    private mutating func ritualMarks(week: Week, depth: Double, weeksBeforeEnd k: Int) -> [RitualMark] {
        var marks: [RitualMark] = []
        for ritual in rituals where ritual.cadence.isDue(in: week, since: ritual.since) {
            let usual: Double
            switch ritual.id {
            case "weekly-check-in": usual = 0.95
            case "sunday-walk": usual = 0.85
            case "date-night": usual = 0.85
            case "morning-stretch":
                guard k > 40 else { continue }
                usual = 0.7
            default: usual = 0.75
            }
            if rng.chance(usual * (1 - 0.75 * depth)) {
                marks.append(RitualMark(ritual: ritual.id, status: .kept))
            } else {
                // In a rough patch rituals just quietly drop, without an excuse.
                let reason = rng.chance(1 - 0.8 * depth) ? rng.pick(DemoProse.skipReasons) : ""
                marks.append(RitualMark(ritual: ritual.id, status: .skipped, reason: reason))
            }
        }
        return marks
    }

    private mutating func deviceFreeMinutes(depth: Double) -> Int? {
        guard rng.chance(0.85) else { return nil }
        return max(0, Int(210 - 160 * depth + rng.wobble() * 60))
    }

    private static let signsNoticed: [[WarningSign]] = [
        [.emotionalDisconnection, .aloneTogether, .lackOfCuriosity],
        [.lessAffection, .irritationOrIndifference, .emotionalDisconnection],
    ]

    /// How often each partner reaches for each language when giving.
    private static let givingHabits: [[(LoveLanguage, Double)]] = [
        [(.words, 0.3), (.service, 0.3), (.time, 0.15), (.touch, 0.15), (.gifts, 0.1)],
        [(.service, 0.45), (.touch, 0.25), (.words, 0.15), (.gifts, 0.1), (.time, 0.05)],
    ]

    /// A moment given by partner `from` to the other, in the language they tend to reach for.
    private mutating func moment(from giver: Int, date: CivilDate?, depth: Double) -> Moment {
        // 美咲 gives mostly in her own language, the classic mismatch the balance view exposes;
        // Zoë has learnt to give acts of service as well.
        let habits = giver == 0 ? Self.givingHabits[0] : Self.givingHabits[1]
        var roll = rng.unit()
        var language = habits[0].0
        for (candidate, weight) in habits {
            language = candidate
            roll -= weight
            if roll < 0 { break }
        }
        let landed = depth >= 0.5 && rng.chance(0.5) ? "Didn't quite land." : rng.pick(DemoProse.landed)
        return Moment(date: date, from: profile.partners[giver].id, to: profile.partners[1 - giver].id,
                      language: language, text: rng.pick(DemoProse.momentText(language)), landed: landed)
    }
}

/// One rated type's constants in the demo model.
private struct TypeModel {
    let id: String
    let baselines: [Double]
    let drop: Double
    /// Seasonal offset by ISO week number (index 0 unused).
    let season: [Double]
    let skipChance: Double

    init(id: String, partners: Int) {
        self.id = id
        baselines = (0..<max(1, partners)).map { DemoJournal.baseline(partner: $0, type: id) }
        drop = DemoJournal.patchDrop(type: id)
        season = (0...53).map { DemoJournal.season(type: id, week: $0) }
        skipChance = id == "sexual" ? 0.1 : id == "spiritual" ? 0.04 : 0.01
    }
}
