/// An unfinished check-in, kept after every answer so that nothing typed is lost.
public struct CheckInDraft: Hashable, Sendable {
    /// The answers so far, in the same shape as a saved check-in.
    public var checkIn: CheckIn
    /// The wizard page the partner was on, as a position: what drafts written before step ids held.
    public var step: Int
    /// The id of the agenda step the partner was on (`reviewPage` for the review), so a resumed session
    /// finds that step even after agenda.md was reordered or edited; nil in a draft from before ids.
    public var stepID: String?
    /// Partner ids of everyone in the session, in turn order (one id when checking in alone).
    public var session: [String]

    /// The `stepID` of the review page after the last step; no agenda step id holds parentheses.
    public static let reviewPage = "(review)"

    public init(checkIn: CheckIn, step: Int = 0, stepID: String? = nil, session: [String] = []) {
        self.checkIn = checkIn
        self.step = max(0, step)
        self.stepID = stepID
        self.session = session.isEmpty ? [checkIn.partner] : session
    }

    /// The page to resume on in `agenda` (its step count is the review page): the step with the saved id
    /// when the agenda still has it, else the saved position, within the agenda.
    public func page(in agenda: Agenda) -> Int {
        if stepID == Self.reviewPage { return agenda.steps.count }
        if let stepID, let index = agenda.steps.firstIndex(where: { $0.id == stepID }) { return index }
        return min(step, agenda.steps.count)
    }
}
