/// A journal whose files are sealed (encrypted): who it belongs to can be shown, what it holds cannot until
/// a passphrase opens it.
public struct LockedJournal: Hashable, Sendable {
    /// The partners the journal is sealed for, by the names the store can read without the passphrase.
    public var partners: [String]

    public init(partners: [String]) {
        self.partners = partners
    }
}

/// A passphrase on its way to the unlock effect. It never prints: descriptions and dumps show a mask, so
/// no error message, log or test failure can spill it.
public struct Passphrase: Hashable, Sendable, CustomStringConvertible, CustomDebugStringConvertible,
    CustomReflectable {
    /// The characters as typed; only the code that derives the key reads them.
    public let text: String

    public init(_ text: String) {
        self.text = text
    }

    public var description: String { "(passphrase)" }
    public var debugDescription: String { description }
    public var customMirror: Mirror { Mirror(self, children: []) }
}
