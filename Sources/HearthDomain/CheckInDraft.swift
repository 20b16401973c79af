/// An unfinished check-in, kept after every answer so that nothing typed is lost.
public struct CheckInDraft: Hashable, Sendable {
    /// The answers so far, in the same shape as a saved check-in.
    public var checkIn: CheckIn
    /// The wizard page the partner was on, so a resumed session continues there.
    public var step: Int
    /// Partner ids of everyone in the session, in turn order (one id when checking in alone).
    public var session: [String]

    public init(checkIn: CheckIn, step: Int = 0, session: [String] = []) {
        self.checkIn = checkIn
        self.step = max(0, step)
        self.session = session.isEmpty ? [checkIn.partner] : session
    }
}
