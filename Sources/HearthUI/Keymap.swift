/// One row of a keymap: the keys that trigger an action, and whether the status bar advertises it.
public struct KeyBinding: Hashable, Sendable {
    public var keys: [Key]
    public var action: Action
    /// The short word the status bar shows for it (`help`), or nil to list it in help only.
    public var hint: String?
    /// What help says the keys do on this screen.
    public var summary: String

    public init(_ keys: [Key], _ action: Action, hint: String? = nil, summary: String? = nil) {
        self.keys = keys
        self.action = action
        self.hint = hint
        self.summary = summary ?? action.summary
    }

    /// The keys as help writes them: `↓ j`.
    public var keyLabel: String { keys.map(\.label).joined(separator: " ") }
}

/// A screen's keys: the single table that both `update` and the help overlay read.
public struct Keymap: Hashable, Sendable {
    public var title: String
    public var bindings: [KeyBinding]

    public init(title: String, bindings: [KeyBinding]) {
        self.title = title
        self.bindings = bindings
    }

    /// The action bound to a key on this screen, if any.
    public func action(for key: Key) -> Action? {
        let action = bindings.first { $0.keys.contains(key) }?.action
        // One binding covers the five digits of a rating; the key says which.
        if case .rate? = action, case .character(let digit) = key, let score = digit.wholeNumberValue { return .rate(score) }
        return action
    }

    /// Keys every screen shares.
    static let common: [KeyBinding] = [
        KeyBinding([.character("?"), .function(1)], .help, hint: "help"),
        KeyBinding([.control("l")], .redraw),
    ]

    /// Keys shared by screens whose text fields take every printable key: `?` types, so help is F1 alone.
    static let typing: [KeyBinding] = [
        KeyBinding([.function(1)], .help, hint: "help"),
        KeyBinding([.control("l")], .redraw),
    ]

    /// Deleting a word or the rest of the line before the cursor, in every one-line text field as in the
    /// check-in's answers (and readline).
    static let lineDeletes: [KeyBinding] = [
        KeyBinding([.control("w")], .deleteWord),
        KeyBinding([.control("u")], .deleteToLineStart, summary: "Delete everything before the cursor"),
    ]

    /// The key help names in messages: the first key bound to help on this screen.
    var helpKeyLabel: String {
        bindings.first { $0.action == .help }?.keys.first?.label ?? "F1"
    }

    /// The home screen.
    public static let home = Keymap(title: "Home", bindings: common + [
        KeyBinding([.character("c")], .startCheckIn, hint: "check in"),
        KeyBinding([.character("r")], .openRituals),
        KeyBinding([.character("l")], .openLoveLanguages),
        KeyBinding([.character("t")], .openTrends),
        KeyBinding([.character("q")], .quit, hint: "quit"),
        // No hints, like r, l and t: the bar keeps its room for messages (a demo's folder); help lists them.
        KeyBinding([.character("h")], .openHistory),
        KeyBinding([.character("/")], .openSearch),
        KeyBinding([.character("s")], .sync),
        KeyBinding([.character("u")], .unlockPartner),
    ])

    /// Home while merges left fields kept both ways: `m` opens the chooser (home's note names the key).
    public static let homeWithConflicts = Keymap(title: "Home", bindings: home.bindings + [
        KeyBinding([.character("m")], .openConflicts),
    ])

    /// The Trends screen: a cursor over the weeks, and the choices of range, type and partner.
    public static let trends = Keymap(title: "Trends", bindings: common + [
        KeyBinding([.left, .character("h")], .left, summary: "Previous week"),
        KeyBinding([.right, .character("l")], .right, summary: "Next week"),
        KeyBinding([.home, .character("g")], .top, summary: "First week of the range"),
        KeyBinding([.end, .character("G")], .bottom, summary: "This week"),
        KeyBinding([.character("r")], .nextRange, hint: "range"),
        KeyBinding([.character("t")], .nextType, hint: "type"),
        KeyBinding([.character("p")], .nextPartner, hint: "who"),
        KeyBinding([.enter], .confirm, hint: "week", summary: "Open the week under the cursor (Esc comes back here)"),
        KeyBinding([.character(" ")], .peekWeek, summary: "Peek at that week's ratings without leaving the chart"),
        KeyBinding([.escape], .back, hint: "back", summary: "Close the peek, or go back home"),
        KeyBinding([.character("q")], .quit, hint: "quit"),
    ])

    /// The first-run screen that offers setup or a demo.
    public static let welcome = Keymap(title: "Welcome", bindings: common + [
        KeyBinding([.up, .character("k")], .up),
        KeyBinding([.down, .character("j")], .down),
        KeyBinding([.enter], .confirm, hint: "choose"),
        KeyBinding([.character("s")], .setUp),
        KeyBinding([.character("d")], .openDemo),
        KeyBinding([.character("q")], .quit, hint: "quit"),
    ])

    /// The setup form; letters type into the name fields, so only named keys act here.
    public static let setup = Keymap(title: "Setup", bindings: typing + [
        KeyBinding([.tab, .down], .nextField, hint: "next"),
        KeyBinding([.backTab, .up], .previousField),
        KeyBinding([.left], .left, summary: "Move left in a name, or the previous choice"),
        KeyBinding([.right], .right, summary: "Move right in a name, or the next choice"),
        KeyBinding([.home], .top, summary: "Start of the name or passphrase"),
        KeyBinding([.end], .bottom, summary: "End of the name or passphrase"),
        KeyBinding([.backspace], .deleteBackward),
        KeyBinding([.delete], .deleteForward),
    ] + lineDeletes + [
        KeyBinding([.enter], .confirm, hint: "save", summary: "Next field; on the last one, save"),
        KeyBinding([.escape], .back, hint: "back"),
    ])

    /// The help overlay itself.
    public static let help = Keymap(title: "Help", bindings: [
        KeyBinding([.escape, .character("?"), .function(1), .character("q")], .back, hint: "close", summary: "Close help"),
        KeyBinding([.up, .character("k")], .up, summary: "Scroll help up"),
        KeyBinding([.down, .character("j")], .down, summary: "Scroll help down"),
    ])
}
