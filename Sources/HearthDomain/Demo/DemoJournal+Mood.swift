extension DemoJournal {
    /// How deep into a rough patch the couple is, `k` weeks before the end week: 0 (fine) to 1 (lowest).
    ///
    /// The latest patch follows `patchDepth(weeksBeforePatchEnd:)` exactly; every 156 weeks further
    /// back (3 years) a milder copy (three quarters as deep) repeats, so long journals have history.
    static func roughness(weeksBeforeEnd k: Int) -> Double {
        if k < recurrence { return patchDepth(k) }
        let within = k % recurrence
        return 0.75 * patchDepth(within)
    }

    /// Weeks between the rough patches of a long journal.
    static let recurrence = 156

    /// Decline from k = 20 (0) to k = 12 (1), trough k = 11...9, recovery k = 8...3, fine from k = 2.
    static func patchDepth(_ k: Int) -> Double {
        switch k {
        case 12...20: Double(20 - k) / 8
        case 9...11: 1
        case 3...8: Double(k - 2) / 7
        default: 0
        }
    }

    /// A partner's usual rating of a type, before season, drift and rough patches.
    static func baseline(partner: Int, type: String) -> Double {
        switch (partner, type) {
        case (0, "emotional"): 4.2
        case (0, "physical"): 3.6
        case (0, "intellectual"): 4.1
        case (0, "spiritual"): 3.1
        case (0, "experiential"): 3.8
        case (0, _): 3.5
        case (_, "emotional"): 3.9
        case (_, "physical"): 4.1
        case (_, "intellectual"): 3.4
        case (_, "spiritual"): 3.7
        case (_, "experiential"): 4.2
        default: 3.7
        }
    }

    /// How far a type falls at the bottom of a rough patch: closeness and touch go first.
    static func patchDrop(type: String) -> Double {
        switch type {
        case "emotional": 2.0
        case "physical": 2.2
        case "intellectual": 0.8
        case "spiritual": 0.6
        case "experiential": 1.6
        default: 1.8
        }
    }

    /// A gentle yearly swing per type: outings peak in summer, touch and talk in winter.
    static func season(type: String, week: Int) -> Double {
        // A triangle wave over the year avoids needing sin() (no Foundation here).
        let peakWeek: Int
        switch type {
        case "experiential": peakWeek = 28
        case "physical": peakWeek = 2
        case "intellectual": peakWeek = 45
        case "spiritual": peakWeek = 51
        default: peakWeek = 20
        }
        let distance = abs(((week - peakWeek) % 52 + 52 + 26) % 52 - 26)
        let amplitude = type == "experiential" ? 0.45 : 0.25
        return amplitude * (1 - Double(distance) / 13)
    }

    /// A slow wander per ISO year (-0.2...0.2), fixed by the seed, so years differ from each other.
    static func yearDrift(seed: UInt64, year: Int, partner: Int) -> Double {
        var rng = SplitMix64(seed: seed ^ UInt64(truncatingIfNeeded: year &* 7919 &+ partner &* 104_729))
        return rng.wobble() * 0.2
    }

    /// Turns a model value plus noise into a 1...5 score.
    static func score(_ value: Double) -> Int {
        min(5, max(1, Int(value.rounded())))
    }
}
