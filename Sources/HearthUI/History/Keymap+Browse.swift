extension Keymap {
    /// The history list.
    public static let history = Keymap(title: "History", bindings: common + [
        KeyBinding([.up, .character("k")], .up),
        KeyBinding([.down, .character("j")], .down),
        KeyBinding([.pageUp], .pageUp),
        KeyBinding([.pageDown, .character(" ")], .pageDown),
        KeyBinding([.home], .top, summary: "The newest week"),
        KeyBinding([.end, .character("G")], .bottom, summary: "The oldest week"),
        KeyBinding([.enter], .confirm, hint: "open", summary: "Open the week: partners side by side"),
        KeyBinding([.character("g")], .goToWeek, hint: "go to"),
        KeyBinding([.character("y")], .yearAgo, summary: "This week one year ago"),
        KeyBinding([.character("/")], .openSearch, hint: "search"),
        KeyBinding([.character("f")], .openFilters, hint: "filter"),
        KeyBinding([.character("c")], .clearFilters),
        KeyBinding([.escape], .back, hint: "back"),
        KeyBinding([.character("q")], .quit),
    ])

    /// One week in full.
    public static let week = Keymap(title: "Week", bindings: common + [
        KeyBinding([.up, .character("k")], .up, summary: "Scroll up"),
        KeyBinding([.down, .character("j")], .down, summary: "Scroll down"),
        KeyBinding([.pageUp], .pageUp),
        KeyBinding([.pageDown, .character(" ")], .pageDown),
        KeyBinding([.home], .top),
        KeyBinding([.end], .bottom),
        KeyBinding([.character("n"), .right], .nextWeek, hint: "next", summary: "Next week with a check-in"),
        KeyBinding([.character("p"), .left], .previousWeek, hint: "prev", summary: "Previous week with a check-in"),
        KeyBinding([.character("g")], .goToWeek, hint: "go to"),
        KeyBinding([.character("y")], .yearAgo),
        KeyBinding([.character("r")], .togglePrivate, hint: "private"),
        KeyBinding([.character("/")], .openSearch),
        KeyBinding([.escape], .back, hint: "back"),
        KeyBinding([.character("q")], .quit),
    ])

    /// The search screen; printable keys type into the query, so only named keys act here (F1 is help).
    public static let search = Keymap(title: "Search", bindings: [
        KeyBinding([.function(1)], .help, hint: "help"),
        KeyBinding([.control("l")], .redraw),
        KeyBinding([.up], .up, summary: "Previous match"),
        KeyBinding([.down], .down, summary: "Next match"),
        KeyBinding([.pageUp], .pageUp),
        KeyBinding([.pageDown], .pageDown),
        KeyBinding([.enter], .confirm, hint: "open", summary: "Open the match's week at the match"),
        KeyBinding([.left], .left, summary: "Move left in the query"),
        KeyBinding([.right], .right, summary: "Move right in the query"),
        KeyBinding([.home], .top, summary: "Start of the query"),
        KeyBinding([.end], .bottom, summary: "End of the query"),
        KeyBinding([.backspace], .deleteBackward),
        KeyBinding([.delete], .deleteForward),
    ] + lineDeletes + [
        KeyBinding([.control("f")], .openFilters, hint: "filter"),
        KeyBinding([.control("r")], .togglePrivate, summary: "Search private reflections too, or stop"),
        KeyBinding([.escape], .back, hint: "back"),
    ])

    /// The go-to-week prompt on the history list and the week view.
    public static let goToWeek = Keymap(title: "Go to week", bindings: [
        KeyBinding([.function(1)], .help, hint: "help"),
        KeyBinding([.control("l")], .redraw),
        KeyBinding([.enter], .confirm, hint: "go", summary: "Go to the week typed: 2026-W47 or a date 2026-11-18"),
        KeyBinding([.escape], .back, hint: "cancel", summary: "Close the prompt"),
        KeyBinding([.left], .left, summary: "Move left"),
        KeyBinding([.right], .right, summary: "Move right"),
        KeyBinding([.home], .top, summary: "Start of the text"),
        KeyBinding([.end], .bottom, summary: "End of the text"),
        KeyBinding([.backspace], .deleteBackward),
        KeyBinding([.delete], .deleteForward),
    ] + lineDeletes)

    /// The filter panel over the search results: letters type into the query there, so none acts on the
    /// panel (`c` once cleared the filter as a query was typed); a letter typed says it was not typed.
    public static let searchFilters = Keymap(title: "Filter", bindings: [
        KeyBinding([.function(1)], .help, hint: "help"),
        KeyBinding([.control("l")], .redraw),
    ] + filters.bindings.compactMap { binding in
        var binding = binding
        binding.keys = binding.action == .clearFilters ? [.delete]
            : binding.keys.filter { if case .character = $0 { false } else { true } }
        return binding.keys.isEmpty || binding.action == .help || binding.action == .redraw ? nil : binding
    })

    /// The filter panel over the history list or the search results.
    public static let filters = Keymap(title: "Filter", bindings: common + [
        KeyBinding([.up, .character("k")], .up, summary: "Previous condition"),
        KeyBinding([.down, .character("j")], .down, summary: "Next condition"),
        KeyBinding([.left, .character("h")], .left, hint: "change", summary: "Previous choice for this condition"),
        KeyBinding([.right, .character("l")], .right, summary: "Next choice for this condition"),
        KeyBinding([.character("c")], .clearFilters, hint: "clear"),
        KeyBinding([.enter, .escape, .character("f")], .back, hint: "done", summary: "Close the filter (it stays applied)"),
    ])
}
