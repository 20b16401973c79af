/// Setting a partner's love languages without losing one behind their back.
extension Partner {
    /// What a change did to the secondary language, so it can be said.
    public enum SecondaryChange: Hashable, Sendable {
        /// Given with the primary (or given as none).
        case set
        /// Not given: the one there stays.
        case kept(LoveLanguage)
        /// Not given, and the one there is the new primary: a language cannot be both, so it goes.
        case cleared(LoveLanguage)
        /// Not given, and there was none.
        case stillNone
    }

    /// Why two languages cannot be primary and secondary together; nil when they can.
    public static func problem(primary: LoveLanguage?, secondary: LoveLanguage?) -> String? {
        if let secondary, secondary == primary {
            return "\(secondary.rawValue) is given as both primary and secondary; the secondary must be another language"
        }
        if primary == nil, secondary != nil { return "a secondary love language needs a primary first" }
        return nil
    }

    /// Sets the primary and, when `secondary` is given, the secondary (nil inside clears it); a secondary not
    /// given is kept unless it is the new primary. Returns what happened to the secondary.
    public mutating func setLoveLanguages(primary: LoveLanguage, secondary: LoveLanguage??) -> SecondaryChange {
        primaryLanguage = primary
        if let secondary {
            secondaryLanguage = secondary
            return .set
        }
        guard let current = secondaryLanguage else { return .stillNone }
        guard current == primary else { return .kept(current) }
        secondaryLanguage = nil
        return .cleared(current)
    }
}
