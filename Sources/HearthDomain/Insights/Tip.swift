/// A small, concrete suggestion shown under an insight; the ideas come from the seeds, the words are ours.
public struct Tip: Hashable, Sendable, Identifiable {
    /// Stable ASCII id (`quality-time`).
    public let id: String
    /// A few words for a heading.
    public let title: String
    public let text: String

    /// Memberwise.
    public init(id: String, title: String, text: String) {
        self.id = id
        self.title = title
        self.text = text
    }

    public static let honestConversation = Tip(
        id: "honest-conversation", title: "Say it gently",
        text: "Name the distance without blame, starting from yourself: \"I miss our late-night talks\" lands softer than \"you never talk to me\".")
    public static let qualityTime = Tip(
        id: "quality-time", title: "Time with screens away",
        text: "Put 20 to 30 minutes a day aside with phones out of reach: a walk, a coffee, cooking together. Presence does more than hours side by side.")
    public static let affection = Tip(
        id: "affection", title: "Small touches",
        text: "Start small: a hug before leaving, a hand on a shoulder, sitting close on the sofa. Touch that asks for nothing rebuilds warmth.")
    public static let revisit = Tip(
        id: "revisit", title: "Go back to what worked",
        text: "Think back to what used to bring you close: a place, a habit, a kind of conversation. Bring one of them back this week.")
    public static let patience = Tip(
        id: "patience", title: "Slow and steady",
        text: "Closeness comes back in small steps, not all at once. Keep showing up and notice each small improvement.")
    public static let speakTheirLanguage = Tip(
        id: "speak-their-language", title: "Give it their way",
        text: "Try one gesture this week in the way your partner likes to receive love, even if it is not the way you would reach for first.")
    public static let reachOut = Tip(
        id: "reach-out", title: "Support is allowed",
        text: "Asking for outside help is a way of investing in each other, not a sign that something is broken.")

    /// Every tip, for help screens.
    public static let all: [Tip] = [honestConversation, qualityTime, affection, revisit, patience, speakTheirLanguage, reachOut]

    /// The tip that fits a type slipping or sitting low: talk for feelings, touch for touch, and so on.
    public static func forType(_ type: String) -> Tip {
        switch type {
        case "physical", "sexual": affection
        case "intellectual", "experiential": qualityTime
        case "spiritual": revisit
        default: honestConversation
        }
    }
}
