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
    private var screenHasTextFields: Bool { screenModel.takesText(in: screenContext) }
}
