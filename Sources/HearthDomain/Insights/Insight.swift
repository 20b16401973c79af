/// One plain observation drawn from the numbers, with the numbers behind it and something to try.
///
/// Insights describe and suggest; they never judge the relationship or diagnose anyone.
public struct Insight: Hashable, Sendable {
    public let kind: Kind
    /// Higher shows first; only comparable within one list.
    public let priority: Int
    /// The observation, one sentence.
    public let sentence: String
    /// The numbers that triggered it, e.g. `Physical: 4.0 -> 2.5 over the last 8 weeks, both of you`.
    public let evidence: String
    public let tip: Tip
    /// What it is about: a type id, a ritual id, a sign, or `giver>receiver`; empty when general.
    public let subject: String

    /// Memberwise.
    public init(kind: Kind, priority: Int, sentence: String, evidence: String, tip: Tip, subject: String = "") {
        self.kind = kind
        self.priority = priority
        self.sentence = sentence
        self.evidence = evidence
        self.tip = tip
        self.subject = subject
    }

    /// The rule an insight comes from.
    public enum Kind: String, CaseIterable, Sendable {
        case declining
        case sittingLow = "sitting-low"
        case partnerGap = "partner-gap"
        case recurringSigns = "recurring-signs"
        case ritualFading = "ritual-fading"
        case loveLanguageMismatch = "love-language-mismatch"
        case counselling
    }
}
