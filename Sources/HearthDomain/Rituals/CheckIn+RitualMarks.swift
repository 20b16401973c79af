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
    /// partner sat down for the week's check-in. It does not count as having checked in (see `isCheckedIn`).
    public var isOnlyRitualMarks: Bool {
        ratings.isEmpty && appreciations.isEmpty && howWeAreDoing.isEmpty && moreOf.isEmpty && lessOf.isEmpty
            && warningSigns.isEmpty && deviceFreeMinutes == nil && moments.isEmpty && lastIntentionReview == nil
            && intention.isEmpty && reflection.isEmpty && notes.isEmpty && answers.isEmpty
    }
}

extension CheckIn {
    /// Whether this file means its partner has checked in for its week: any answer at all, but not ritual
    /// marks alone. The one definition every screen and command uses for "checked in".
    public var isCheckedIn: Bool { !isOnlyRitualMarks }
}

extension Journal {
    /// Whether `partner` (an id) has checked in for `week`, in the sense of `CheckIn.isCheckedIn`.
    public func hasCheckedIn(_ partner: String, in week: Week) -> Bool {
        checkIn(partner: partner, week: week)?.isCheckedIn ?? false
    }
}
