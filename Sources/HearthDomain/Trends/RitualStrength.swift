/// How alive a ritual is, 0...1: forgiving of a missed week, unlike a streak.
///
/// Formula, applied week by week from the ritual's `since` week (or the journal's first) with `s` starting
/// at `initial` = 1/2:
/// - kept (any partner marked it kept, due or not): `s += (1 - s) / 4`, a quarter of the way back to 1;
/// - missed with a reason given: `s *= 15/16`;
/// - missed (a partner marked it skipped in a week it was due): `s *= 7/8`;
/// - not due (cadence), left unmarked (nobody said either way, even if other rituals were marked), or
///   paused/retired after its last mark: unchanged.
/// So eight missed weeks take a strong ritual (1.0) to about a third, and four kept weeks bring 0.5 back
/// to about 0.84: a lapse shows within a month, one bad week barely does. The factors are dyadic so
/// hand-computed expectations are exact.
public struct RitualStrength: Hashable, Sendable {
    public let ritual: Ritual
    /// Strength at the end of each week of the range; nil before the ritual started.
    public let series: Series
    /// Strength at the end of the range.
    public let current: Double
    /// Weeks in the range where it was due (paused weeks excluded), whether or not anyone said.
    public let due: Int
    /// Weeks in the range somebody marked it, kept or skipped: the weeks the couple actually answered for it.
    public let marked: Int
    /// Weeks in the range it was kept.
    public let kept: Int

    /// Memberwise.
    public init(ritual: Ritual, series: Series, current: Double, due: Int, marked: Int, kept: Int) {
        self.ritual = ritual
        self.series = series
        self.current = current
        self.due = due
        self.marked = marked
        self.kept = kept
    }

    /// The strength a new ritual starts with: neither fading nor established.
    public static let initial = 0.5

    /// One week's outcome for a ritual.
    public enum Outcome: Hashable, Sendable {
        case kept
        case missedWithReason
        case missed
        /// Not due, nothing recorded, or paused: the strength stays as it was.
        case unchanged
    }

    /// The strength after a history of outcomes, oldest first.
    public static func strength(after outcomes: some Sequence<Outcome>, from start: Double = initial) -> Double {
        outcomes.reduce(start) { step($0, $1) }
    }

    /// The strength after one more week.
    public static func step(_ strength: Double, _ outcome: Outcome) -> Double {
        switch outcome {
        case .kept: strength + (1 - strength) / 4
        case .missedWithReason: strength * 15 / 16
        case .missed: strength * 7 / 8
        case .unchanged: strength
        }
    }
}
