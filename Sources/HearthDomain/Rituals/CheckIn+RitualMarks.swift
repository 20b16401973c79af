extension CheckIn {
    /// Records how a ritual went this week, replacing any earlier mark for the same ritual.
    public mutating func setMark(_ mark: RitualMark) {
        if let index = rituals.firstIndex(where: { $0.ritual == mark.ritual }) {
            rituals[index] = mark
        } else {
            rituals.append(mark)
        }
    }

    /// True for a check-in that holds nothing but ritual marks: one `hearth ritual mark` created before the
    /// partner sat down for the week's check-in. It does not count as having checked in.
    public var isOnlyRitualMarks: Bool {
        ratings.isEmpty && appreciations.isEmpty && howWeAreDoing.isEmpty && moreOf.isEmpty && lessOf.isEmpty
            && warningSigns.isEmpty && deviceFreeMinutes == nil && moments.isEmpty && lastIntentionReview == nil
            && intention.isEmpty && reflection.isEmpty && notes.isEmpty && answers.isEmpty
    }
}
