/// An early signal of drifting apart that a partner can tick in a check-in.
public enum WarningSign: String, CaseIterable, Sendable {
    case emotionalDisconnection = "emotional-disconnection"
    case lessAffection = "less-affection"
    case avoidingVulnerability = "avoiding-vulnerability"
    case aloneTogether = "alone-together"
    case lackOfCuriosity = "lack-of-curiosity"
    case irritationOrIndifference = "irritation-or-indifference"

    /// Human wording for checklists and charts.
    public var name: String {
        switch self {
        case .emotionalDisconnection: "Feeling emotionally disconnected"
        case .lessAffection: "Less affection or touch than usual"
        case .avoidingVulnerability: "Steering away from vulnerable talks"
        case .aloneTogether: "Lonely even when together"
        case .lackOfCuriosity: "Little curiosity about each other's days"
        case .irritationOrIndifference: "Quick irritation, or not caring much"
        }
    }
}
