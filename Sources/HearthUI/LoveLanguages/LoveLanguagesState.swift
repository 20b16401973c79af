import HearthDomain

/// The love-languages screen: the selected partner, and the moment form when it is open.
public struct LoveLanguagesState: Hashable, Sendable {
    /// The partner whose languages ←/→ and p/s change.
    public var list: ListState
    public var mode: Mode

    public enum Mode: Hashable, Sendable {
        case browsing
        case form(MomentForm)
        /// Changing the selected partner's languages.
        case languages(LanguageForm)
    }

    public init(list: ListState = ListState(), mode: Mode = .browsing) {
        self.list = list
        self.mode = mode
    }

    public var keymap: Keymap {
        switch mode {
        case .browsing: .loveLanguages
        case .form: .momentForm
        case .languages: .languageForm
        }
    }
}

extension Keymap {
    /// Partners' languages, the balance and recent moments.
    public static let loveLanguages = Keymap(title: "Love languages", bindings: common + [
        KeyBinding([.up, .character("k")], .up, summary: "Select the partner above"),
        KeyBinding([.down, .character("j")], .down, summary: "Select the partner below"),
        KeyBinding([.character("e"), .enter], .editItem, hint: "edit",
                   summary: "Change the partner's love languages (Enter saves, Esc cancels)"),
        KeyBinding([.character("p")], .editPrimary, summary: "Change them, starting on the primary"),
        KeyBinding([.character("s")], .editSecondary, summary: "Change them, starting on the secondary"),
        KeyBinding([.character("a")], .addItem, hint: "add moment", summary: "Log a moment (today, or up to two weeks back)"),
        KeyBinding([.escape], .back, hint: "back"),
        KeyBinding([.character("q")], .quit),
    ])

    /// Changing one partner's love languages: nothing is saved before Enter.
    public static let languageForm = Keymap(title: "Love languages: edit", bindings: common + [
        KeyBinding([.left], .left, summary: "Previous language (or not set)"),
        KeyBinding([.right], .right, hint: "change", summary: "Next language (or not set)"),
        KeyBinding([.tab, .backTab, .up, .down], .nextField, summary: "The other language"),
        KeyBinding([.enter], .confirm, hint: "save", summary: "Save both languages"),
        KeyBinding([.escape], .back, hint: "cancel", summary: "Cancel: the languages stay as saved"),
    ])

    /// The moment form; letters type into the text fields.
    public static let momentForm = Keymap(title: "Moment", bindings: typing + formKeys)
}
