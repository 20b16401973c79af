/// A partner's answer for one intimacy type in one week.
public enum Rating: Hashable, Sendable {
    /// 1 (distant) to 5 (deeply connected).
    case score(Int)
    /// Deliberately left out this week; not the same as unanswered.
    case skipped

    public static let range = 1...5

    /// The score, or nil when skipped.
    public var value: Int? {
        if case .score(let value) = self { return value }
        return nil
    }

    /// A short anchor for each point of the scale, shown beside the number.
    public static func anchor(for score: Int) -> String {
        switch score {
        case 1: "far apart"
        case 2: "thin"
        case 3: "okay"
        case 4: "close"
        case 5: "deeply connected"
        default: "out of range"
        }
    }
}
