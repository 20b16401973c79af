/// Chapman's five ways of giving and receiving love.
public enum LoveLanguage: String, CaseIterable, Sendable, Comparable {
    case words, service, gifts, time, touch

    /// `Words of affirmation`.
    public var name: String {
        switch self {
        case .words: "Words of affirmation"
        case .service: "Acts of service"
        case .gifts: "Receiving gifts"
        case .time: "Quality time"
        case .touch: "Physical touch"
        }
    }

    public static func < (lhs: LoveLanguage, rhs: LoveLanguage) -> Bool {
        allCases.firstIndex(of: lhs) ?? 0 < allCases.firstIndex(of: rhs) ?? 0
    }
}
