import HearthDomain

/// The love-languages screen: the selected partner, and the moment form when it is open.
public struct LoveLanguagesState: Hashable, Sendable {
    /// The partner whose languages ←/→ and p/s change.
    public var list: ListState
    public var mode: Mode

    public enum Mode: Hashable, Sendable {
        case browsing
        case form(MomentForm)
    }

    public init(list: ListState = ListState(), mode: Mode = .browsing) {
        self.list = list
        self.mode = mode
    }

    public var keymap: Keymap {
        switch mode {
        case .browsing: .loveLanguages
        case .form: .momentForm
        }
    }
}

extension Keymap {
    /// Partners' languages, the balance and recent moments.
    public static let loveLanguages = Keymap(title: "Love languages", bindings: common + [
        KeyBinding([.up, .character("k")], .up, summary: "Select the partner above"),
        KeyBinding([.down, .character("j")], .down, summary: "Select the partner below"),
        KeyBinding([.character("p"), .right], .nextPrimary, summary: "Next primary language for the selected partner (saved at once)"),
        KeyBinding([.character("s")], .nextSecondary, summary: "Next secondary language, or none (saved at once)"),
        KeyBinding([.character("a")], .addItem, hint: "add moment", summary: "Log a moment (today, or up to two weeks back)"),
        KeyBinding([.escape], .back, hint: "back"),
        KeyBinding([.character("q")], .quit),
    ])

    /// The moment form; letters type into the text fields.
    public static let momentForm = Keymap(title: "Moment", bindings: typing + formKeys)
}
