/// A one-line field for a passphrase: drawn as one bullet per character, and never printed whole by a
/// description, a dump or a test failure, so no message or log can spill what is typed.
public struct SecretField: Hashable, Sendable, CustomStringConvertible, CustomDebugStringConvertible, CustomReflectable {
    /// What is typed; read only to make or try a key.
    private(set) var field = TextField("", capacity: 256)

    public init() {}

    public var isEmpty: Bool { field.text.isEmpty }
    /// The passphrase as typed, to hand to the effect that needs it.
    var passphrase: Passphrase { Passphrase(field.text) }
    /// How many bullets to draw.
    var count: Int { field.text.count }
    var cursor: Int { field.cursor }

    mutating func insert(_ character: Character) { field.insert(character) }
    mutating func edit(_ action: Action) { field.edit(action) }
    mutating func moveLeft() { field.moveLeft() }
    mutating func moveRight() { field.moveRight() }
    /// Drops what is typed.
    mutating func clear() { field = TextField("", capacity: 256) }

    public var description: String { "(passphrase field)" }
    public var debugDescription: String { description }
    public var customMirror: Mirror { Mirror(self, children: []) }
}
