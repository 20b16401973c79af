/// An encrypted journal as the open UI knows it: whose keys this session has unlocked. Home says so, `u`
/// unlocks another partner, and the check-in's private reflection says who can open it.
public struct JournalSeal: Hashable, Sendable {
    /// The partners (ids) whose keys are unlocked in this session, sorted.
    public var unlocked: [String]

    public init(unlocked: [String]) {
        self.unlocked = unlocked.sorted()
    }
}
