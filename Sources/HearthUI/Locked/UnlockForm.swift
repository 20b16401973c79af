import HearthDomain

/// The locked journal's screen: whose journal it is, and a passphrase field that shows one bullet per
/// character typed. The passphrase leaves this value the moment Enter sends it, and on quitting.
public struct UnlockForm: Hashable, Sendable, ScreenModel {
    /// Why the passphrase is asked.
    public enum Purpose: Hashable, Sendable {
        /// The journal is locked: nothing opens until a passphrase does, and Esc quits.
        case opening
        /// The journal is open and another partner unlocks their key too (home's `u`); Esc goes back.
        case another
    }

    public let locked: LockedJournal
    public let purpose: Purpose
    /// What is typed so far; never drawn.
    private(set) var passphrase = Self.emptyField
    /// Why the last try failed, in one line; nil before any try.
    public internal(set) var problem: String?

    private static let emptyField = TextField("", capacity: 256)

    public init(_ locked: LockedJournal, purpose: Purpose = .opening) {
        self.locked = locked
        self.purpose = purpose
    }

    /// True while something is typed (and so held in memory).
    public var holdsPassphrase: Bool { !passphrase.text.isEmpty }

    var keymap: Keymap { purpose == .opening ? .locked : .unlockAnother }
    var takesText: Bool { true }
    var isForm: Bool { true }

    mutating func update(_ action: Action, in context: ScreenContext) -> ScreenOutcome {
        switch action {
        case .confirm:
            guard holdsPassphrase else {
                problem = "Type the passphrase first"
                return ScreenOutcome()
            }
            let secret = Passphrase(passphrase.text)
            passphrase = Self.emptyField
            problem = nil
            return ScreenOutcome(effects: [.unlock(secret)], working: "Unlocking…")
        case .quit:
            passphrase = Self.emptyField
            return ScreenOutcome(effects: [.quit(status: 0)])
        case .back:
            passphrase = Self.emptyField
            return ScreenOutcome(navigation: .back)
        default:
            passphrase.edit(action)
            return ScreenOutcome()
        }
    }

    mutating func type(_ text: String, in context: ScreenContext) -> Bool {
        // A password manager's paste may end in a line break: it ends the paste, it is not part of the passphrase.
        for character in text where !character.isNewline { passphrase.insert(character) }
        problem = nil
        return true
    }

    /// Drops whatever is typed (the app is leaving).
    mutating func forgetPassphrase() {
        passphrase = Self.emptyField
    }

    /// The unlock effect came back with a failure: say it, and wait for another try.
    mutating func didFail(_ reason: String) {
        problem = reason
    }

    func render(into buffer: inout ScreenBuffer, in rect: Rect, context: ScreenContext) -> Position? {
        guard !rect.isEmpty else { return nil }
        var lines: [[Span]] = [[Span(purpose == .opening ? "Hearth is locked" : "Unlock another partner", .title)], []]
        lines += introduction.wrapped(toWidth: rect.width).map { [Span($0)] }
        lines.append([])
        let label = "Passphrase  "
        let fieldRow = lines.count
        lines.append([Span(label, .accent), Span(String(repeating: "•", count: passphrase.text.count), .selected)])
        lines.append([])
        if let problem { lines += problem.wrapped(toWidth: rect.width).map { [Span($0, .warning)] } }
        let keys = purpose == .opening ? "Enter opens the journal. Esc quits; nothing typed is kept."
            : "Enter unlocks. Esc goes back; nothing typed is kept."
        lines += keys.wrapped(toWidth: rect.width)
            .map { [Span($0, .dim)] }
        TextBlock(lines).render(into: &buffer, in: rect)
        guard fieldRow < rect.height else { return nil }
        return Position(x: min(rect.x + rect.width - 1, rect.x + label.count + passphrase.cursor), y: rect.y + fieldRow)
    }

    /// Whose journal it is (the names the public keys give, else their ids), or whose key the passphrase unlocks.
    private var introduction: String {
        let names = Self.joined(locked.partners)
        switch purpose {
        case .opening:
            return "This journal is sealed: its files open only with your passphrase."
                + (locked.partners.isEmpty ? "" : " It belongs to \(names).")
        case .another:
            let whose = locked.partners.count == 1 ? "\(names)'s passphrase" : "the passphrase of \(Self.joined(locked.partners, or: true))"
            return "Type \(whose) to unlock that key too, until you quit: then that partner's private reflections open as well."
        }
    }

    /// `Zoë`, `Zoë and 美咲`, `A, B and C` (`or` for a choice).
    static func joined(_ names: [String], or: Bool = false) -> String {
        let word = or ? " or " : " and "
        return names.count <= 2 ? names.joined(separator: word)
            : names.dropLast().joined(separator: ", ") + word + (names.last ?? "")
    }
}

extension Keymap {
    /// The locked journal: every printable key types into the passphrase.
    public static let locked = Keymap(title: "Locked", bindings: typing + [
        KeyBinding([.enter], .confirm, hint: "unlock", summary: "Open the journal with this passphrase"),
        KeyBinding([.escape], .quit, hint: "quit", summary: "Quit; the journal stays locked and nothing typed is kept"),
        KeyBinding([.left], .left, summary: "Move left"),
        KeyBinding([.right], .right, summary: "Move right"),
        KeyBinding([.home], .top, summary: "Start of the passphrase"),
        KeyBinding([.end], .bottom, summary: "End of the passphrase"),
        KeyBinding([.backspace], .deleteBackward),
        KeyBinding([.delete], .deleteForward),
    ] + lineDeletes)

    /// Another partner's passphrase over the open journal (home's `u`): Esc goes back instead of quitting.
    public static let unlockAnother = Keymap(title: "Unlock another partner", bindings: locked.bindings.map { binding in
        guard binding.action == .quit else { return binding }
        return KeyBinding(binding.keys, .back, hint: "back", summary: "Go back; nothing typed is kept")
    })
}
