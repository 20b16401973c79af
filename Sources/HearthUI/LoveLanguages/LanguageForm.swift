import HearthDomain

/// Changing one partner's love languages: nothing is saved until Enter, Esc leaves them as they were, and
/// a secondary is never dropped behind the couple's back (the same language twice is refused instead).
public struct LanguageForm: Hashable, Sendable {
    public enum Field: Hashable, Sendable { case primary, secondary }

    public var partner: Partner
    public var primary: LoveLanguage?
    public var secondary: LoveLanguage?
    public var focus: Field
    /// Why Enter was refused, or "Saving…".
    public var problem: String?

    /// A form holding the partner's languages as saved, focused on `focus`.
    public init(partner: Partner, focus: Field = .primary) {
        self.partner = partner
        primary = partner.primaryLanguage
        secondary = partner.secondaryLanguage
        self.focus = focus
        problem = nil
    }

    /// "Not set", then the five languages.
    static let choices: [LoveLanguage?] = [nil] + LoveLanguage.allCases

    /// ←/→ on the focused language; wraps round through "not set".
    public mutating func change(by delta: Int) {
        let current = focus == .primary ? primary : secondary
        let index = Self.choices.firstIndex(of: current) ?? 0
        let next = Self.choices[((index + delta) % Self.choices.count + Self.choices.count) % Self.choices.count]
        if focus == .primary { primary = next } else { secondary = next }
        problem = nil
    }

    /// The other field (there are two).
    public mutating func moveFocus() { focus = focus == .primary ? .secondary : .primary }

    /// True when Enter would change what is saved.
    public var changesSomething: Bool { primary != partner.primaryLanguage || secondary != partner.secondaryLanguage }

    /// Why the languages cannot be saved as they stand, naming what to change; nil when they can.
    public var refusal: String? {
        if let secondary, secondary == primary {
            return "Both are \(secondary.name.lowercased()): choose another secondary, or none"
        }
        if primary == nil, secondary != nil { return "Choose a primary first, or set the secondary to none" }
        return nil
    }

}
