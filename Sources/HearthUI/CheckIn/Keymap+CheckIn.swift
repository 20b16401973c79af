/// The check-in wizard's keys. Text answers take every printable key, so their keymap binds no letters
/// (help is on F1 there); the lists bind digits and Space.
extension Keymap {
    private static let helpOnly = [KeyBinding([.function(1)], .help, hint: "help"), KeyBinding([.control("l")], .redraw)]
    private static let leaving = KeyBinding([.control("x")], .leave, hint: "leave")
    private static let turning: [KeyBinding] = [
        KeyBinding([.tab], .nextField, hint: "next", summary: "Next answer, then the next step"),
        KeyBinding([.backTab], .previousField, summary: "Previous answer, then the previous step"),
        KeyBinding([.pageDown], .pageDown, summary: "Next step"),
        KeyBinding([.pageUp], .pageUp, summary: "Previous step"),
        KeyBinding([.escape], .back, hint: "back", summary: "Previous step (on the first, leave and keep a draft)"),
    ]

    /// Who checks in, and for which week.
    public static let checkInWho = Keymap(title: "Check-in: who", bindings: common + [
        KeyBinding([.up, .character("k")], .up),
        KeyBinding([.down, .character("j")], .down),
        KeyBinding([.left, .character("h")], .left, summary: "The week before"),
        KeyBinding([.right, .character("l")], .right, summary: "The week after (up to this week)"),
        KeyBinding([.enter], .confirm, hint: "start", summary: "Start the check-in"),
        KeyBinding([.escape], .back, hint: "back", summary: "Back home"),
    ])

    /// The offer to resume an unfinished check-in.
    public static let checkInResume = Keymap(title: "Check-in: resume", bindings: common + [
        KeyBinding([.up, .character("k")], .up),
        KeyBinding([.down, .character("j")], .down),
        KeyBinding([.enter], .confirm, hint: "choose"),
        KeyBinding([.escape], .back, hint: "later", summary: "Not now: keep the draft and go home"),
    ])

    /// A text answer.
    public static let checkInText = Keymap(title: "Check-in: writing", bindings: helpOnly + turning + [
        KeyBinding([.enter], .confirm, summary: "New line in a long answer; next answer in a short one"),
        KeyBinding([.left], .left, summary: "Cursor left one character"),
        KeyBinding([.right], .right, summary: "Cursor right one character"),
        KeyBinding([.alt(.character("b"))], .wordLeft),
        KeyBinding([.alt(.character("f"))], .wordRight),
        KeyBinding([.up], .up, summary: "Line up (or the answer above)"),
        KeyBinding([.down], .down, summary: "Line down (or the answer below)"),
        KeyBinding([.home, .control("a")], .top, summary: "Start of the line"),
        KeyBinding([.end], .bottom, summary: "End of the line"),
        KeyBinding([.backspace], .deleteBackward),
        KeyBinding([.delete, .control("d")], .deleteForward),
        KeyBinding([.control("w")], .deleteWord),
        // A row of its own: help's key column is too narrow for both.
        KeyBinding([.alt(.backspace)], .deleteWord, summary: "Delete the word before the cursor (as Ctrl-W)"),
        KeyBinding([.alt(.character("d"))], .deleteWordForward),
        KeyBinding([.control("u")], .deleteToLineStart),
        KeyBinding([.control("e")], .editExternally, hint: "editor"),
        leaving,
    ])

    /// The ratings list.
    public static let checkInRatings = Keymap(title: "Check-in: ratings", bindings: common + turning + [
        KeyBinding([.enter], .nextField, summary: "Next step"),
        KeyBinding([.up, .character("k")], .up, summary: "Previous type"),
        KeyBinding([.down, .character("j")], .down, summary: "Next type"),
        KeyBinding((1...5).map { .character(Character(String($0))) }, .rate(0), hint: "rate",
                   summary: "Rate 1 (far apart) to 5 (deeply connected)"),
        KeyBinding([.left, .character("-")], .left, summary: "One lower"),
        KeyBinding([.right, .character("+")], .right, summary: "One higher"),
        KeyBinding([.character("s"), .character("0")], .skipRating),
        KeyBinding([.backspace, .delete], .deleteBackward, summary: "Clear: not answered"),
        leaving,
    ])

    /// Checklists (warning signs, rituals) and the intention review.
    public static let checkInList = Keymap(title: "Check-in: choices", bindings: common + turning + [
        KeyBinding([.enter], .nextField, summary: "Next answer, then the next step"),
        KeyBinding([.up, .character("k")], .up),
        KeyBinding([.down, .character("j")], .down),
        KeyBinding([.character(" "), .character("x")], .toggle, hint: "tick", summary: "Tick or untick; a ritual or an answer steps to its next choice"),
        leaving,
    ])

    /// A moment's love language. It sits among text answers, so no letter acts here: a letter typed on it is
    /// refused out loud rather than taken as a key (`h` once stepped the language unseen).
    public static let checkInLanguage = Keymap(title: "Check-in: love language", bindings: helpOnly + turning + [
        KeyBinding([.enter], .nextField, summary: "Next answer"),
        KeyBinding([.left], .left, summary: "Previous love language"),
        KeyBinding([.right], .right, summary: "Next love language"),
        KeyBinding([.up], .up, summary: "The answer above"),
        KeyBinding([.down], .down, summary: "The answer below"),
        leaving,
    ])

    /// The review page before saving.
    /// The review page before saving: a long page, so the paging keys scroll it (there is no next step).
    public static let checkInReview = Keymap(title: "Check-in: review", bindings: common + turning.filter {
        $0.action != .pageDown && $0.action != .pageUp
    } + [
        KeyBinding([.enter], .confirm, hint: "save", summary: "Save this check-in"),
        KeyBinding([.up, .character("k")], .up, summary: "Scroll up"),
        KeyBinding([.down, .character("j")], .down, summary: "Scroll down"),
        KeyBinding([.pageUp], .pageUp, summary: "Scroll up a page; at the top, the previous step"),
        KeyBinding([.pageDown], .pageDown, summary: "Scroll down a page"),
        KeyBinding([.home], .top, summary: "Scroll to the top"),
        KeyBinding([.end], .bottom, summary: "Scroll to the end"),
        leaving,
    ])

    /// Between two partners' turns.
    public static let checkInHandover = Keymap(title: "Check-in: next turn", bindings: common + [
        KeyBinding([.enter], .confirm, hint: "ready", summary: "The next partner is ready"),
        KeyBinding([.control("x")], .leave, hint: "later", summary: "Stop here (press it twice); the next partner checks in later"),
    ])

    /// After saving: where it went, or the reveal.
    public static let checkInFinished = Keymap(title: "Check-in: saved", bindings: common + [
        KeyBinding([.up, .character("k")], .up, summary: "Scroll up"),
        KeyBinding([.down, .character("j")], .down, summary: "Scroll down"),
        KeyBinding([.enter, .escape], .confirm, hint: "home", summary: "Back home"),
    ])
}
