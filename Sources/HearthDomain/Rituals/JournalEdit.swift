/// One change a person makes to the journal outside the weekly check-in, as plain data: the UI asks for it
/// as an effect and the launcher applies it to the files; the CLI builds the same values.
public enum JournalEdit: Hashable, Sendable {
    /// Mark a ritual (by id) kept or skipped in `partner`'s check-in for `week`.
    case markRitual(RitualMark, week: Week, partner: String)
    /// Add a ritual, or replace the one with the same id (an edit, a pause, a retirement).
    case saveRitual(Ritual)
    /// Log a love-language moment outside a check-in; it must have a date.
    case addMoment(Moment)
    /// Set a partner's primary and secondary love languages.
    case setLoveLanguages(partner: String, primary: LoveLanguage?, secondary: LoveLanguage?)
}
