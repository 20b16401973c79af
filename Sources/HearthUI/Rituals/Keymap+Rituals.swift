extension Keymap {
    /// The rituals list.
    public static let rituals = Keymap(title: "Rituals", bindings: common + [
        KeyBinding([.up, .character("k")], .up),
        KeyBinding([.down, .character("j")], .down),
        KeyBinding([.character(" "), .character("y")], .markKept, hint: "kept"),
        KeyBinding([.character("n")], .markSkipped, hint: "skipped"),
        KeyBinding([.tab], .switchPartner, hint: "who"),
        KeyBinding([.character("a")], .addItem, summary: "Add a ritual"),
        KeyBinding([.character("e"), .enter], .editItem, summary: "Edit the selected ritual"),
        KeyBinding([.character("p")], .togglePause, summary: "Pause or resume the selected ritual"),
        KeyBinding([.character("x")], .retire, summary: "Retire the selected ritual (its history stays)"),
        KeyBinding([.escape], .back, hint: "back"),
        KeyBinding([.character("q")], .quit),
    ])

    /// Typing why a ritual was skipped; letters go into the reason.
    public static let ritualReason = Keymap(title: "Why skipped", bindings: typing + [
        KeyBinding([.enter], .confirm, hint: "save", summary: "Save the skip (the reason may stay empty)"),
        KeyBinding([.escape], .back, hint: "cancel", summary: "Cancel: nothing is marked"),
        KeyBinding([.left], .left, summary: "Move left"),
        KeyBinding([.right], .right, summary: "Move right"),
        KeyBinding([.home], .top, summary: "Start of the reason"),
        KeyBinding([.end], .bottom, summary: "End of the reason"),
        KeyBinding([.backspace], .deleteBackward),
        KeyBinding([.delete], .deleteForward),
    ] + lineDeletes)

    /// The add / edit form; letters type into the name.
    public static let ritualForm = Keymap(title: "Ritual", bindings: typing + formKeys.map { binding in
        var binding = binding
        if binding.action == .confirm { binding.summary = "Next field; on the last one, or when editing, save" }
        return binding
    } + [
        // Space types into the name; elsewhere it acts as on every checklist: ticks a type, steps a choice.
        KeyBinding([.character(" ")], .toggle, summary: "Tick or untick a type it feeds, or the next choice"),
    ])

    /// Keys shared by the ritual and moment forms: letters type into text fields.
    static let formKeys: [KeyBinding] = [
        KeyBinding([.tab, .down], .nextField, hint: "next"),
        KeyBinding([.backTab, .up], .previousField),
        KeyBinding([.left], .left, summary: "Move left in text, or the previous choice"),
        KeyBinding([.right], .right, summary: "Move right in text, or the next choice"),
        KeyBinding([.home], .top, summary: "Start of the text"),
        KeyBinding([.end], .bottom, summary: "End of the text"),
        KeyBinding([.backspace], .deleteBackward),
        KeyBinding([.delete], .deleteForward),
    ] + lineDeletes + [
        KeyBinding([.enter], .confirm, hint: "save", summary: "Next field; on the last one, save"),
        KeyBinding([.escape], .back, hint: "cancel", summary: "Cancel: nothing is saved"),
    ]
}
