/// A text answer in the check-in wizard.
public enum CheckInField: Hashable, Sendable {
    case appreciations, howWeAreDoing, moreOf, lessOf, deviceFreeMinutes
    case momentGiven, momentReceived
    case intention, reflection, notes
    /// The answer to a question the couple added to their agenda, by its id.
    case answer(String)
    /// Why a ritual (by id) was skipped this week; optional.
    case ritualReason(String)

    /// Long answers take several lines (Enter starts a new one); short ones stay on one line.
    public var isMultiline: Bool {
        switch self {
        case .appreciations, .howWeAreDoing, .reflection, .notes, .answer: true
        case .moreOf, .lessOf, .deviceFreeMinutes, .momentGiven, .momentReceived, .intention, .ritualReason: false
        }
    }

    /// An empty field of the right kind.
    public var empty: TextArea { TextArea(multiline: isMultiline, limit: self == .deviceFreeMinutes ? MinutesEntry.longest : .max) }
}

/// One focusable part of a wizard page; Tab moves between them.
public enum CheckInControl: Hashable, Sendable {
    /// The list of intimacy types, each rated 1-5 or skipped.
    case ratings
    /// Did last week's intention happen?
    case intentionReview
    case warningSigns
    case rituals
    /// The love language of a moment (given or received), chosen with ← and →.
    case language(CheckInField)
    case text(CheckInField)
    /// The review page: everything, scrollable.
    case summary

    var field: CheckInField? {
        if case .text(let field) = self { return field }
        return nil
    }
}
