extension AppState {
    /// Puts pasted text into the focused text field whole. Without one the paste is refused with a note,
    /// never replayed as keys: a pasted line break must not press Enter (save, open, confirm).
    mutating func paste(_ text: String) -> [Effect] {
        // Nothing pasted types nothing, and there is nothing to refuse.
        guard !text.isEmpty else { return [] }
        guard screenModel.takesText(in: screenContext),
              let effects = updateModel({ $0.type(text, in: $1) ? ScreenOutcome() : nil }) else { return refusePaste() }
        return effects
    }

    /// Pasted text as a field keeps it: a one-line field turns line breaks into spaces, and tabs (which no
    /// field holds) become spaces everywhere.
    static func pasteText(_ text: String, multiline: Bool) -> String {
        String(text.map { $0 == "\t" ? " " : $0.isNewline ? (multiline ? "\n" : " ") : $0 })
    }

    private mutating func refusePaste() -> [Effect] {
        message = Message("Pasted text goes into a text field; nothing here takes it")
        return []
    }
}
