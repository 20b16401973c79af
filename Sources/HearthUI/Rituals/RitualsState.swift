import HearthDomain

/// The rituals screen: which ritual is selected, who is marking, and whether a reason or a form is open.
public struct RitualsState: Hashable, Sendable {
    public var list: ListState
    /// Index in the profile of the partner whose check-in marks go into.
    public var partner: Int
    public var mode: Mode

    /// What the keys act on.
    public enum Mode: Hashable, Sendable {
        case browsing
        /// Typing why the selected ritual was skipped; Enter saves, Esc cancels.
        case skipReason(TextField)
        /// Adding or editing a ritual.
        case form(RitualForm)
    }

    public init(list: ListState = ListState(), partner: Int = 0, mode: Mode = .browsing) {
        self.list = list
        self.partner = partner
        self.mode = mode
    }

    /// The keys of the current mode; help lists exactly these.
    public var keymap: Keymap {
        switch mode {
        case .browsing: .rituals
        case .skipReason: .ritualReason
        case .form: .ritualForm
        }
    }

    /// Rituals in screen order: the ones still kept first, retired ones last, each group in file order.
    public static func ordered(_ rituals: [Ritual]) -> [Ritual] {
        rituals.filter { $0.status != .retired } + rituals.filter { $0.status == .retired }
    }
}
