import HearthDomain

/// A printable key that nothing on the screen takes. Where the screen has text fields but the focus is on
/// a choice, the key was most likely meant as text: say out loud that it was not typed, and where text
/// can go, rather than dropping it in silence.
extension AppState {
    /// The status-bar note for `key`, which no field, chooser or binding took.
    func unusedKeyMessage(_ key: Key, helpKey: String) -> Message {
        let note = "\(key.label) does nothing here; press \(helpKey) for this screen's keys"
        guard case .character(let character) = key else { return Message(note) }
        // Shown as a warning, so the key hints never cover it.
        guard screenHasTextFields else { return Message(note, isError: true) }
        let shown = character == " " ? "Space" : "“\(character)”"
        return Message("\(shown) not typed: Tab to a text field", isError: true)
    }

    /// True when the screen on show has a text field somewhere, focused or not.
    private var screenHasTextFields: Bool {
        if let model = screenModel { return model.takesText }
        return switch screen {
        case .search: true
        case .checkIn(let wizard):
            if case .answering = wizard.phase, let journal { wizard.controls(journal).contains { $0.field != nil } } else { false }
        case .welcome, .home, .history, .week, .trends, .locked, .rituals, .loveLanguages, .setup, .conflicts: false
        }
    }
}
