/// A key press, decoded from the terminal into something screens can match on.
public enum Key: Hashable, Sendable {
    /// Printable text: one grapheme (letters in any script, digits, punctuation, space).
    case character(Character)
    /// Ctrl with a letter, as the lower-case letter (`Ctrl-L` is `.control("l")`).
    case control(Character)
    case up, down, left, right
    case home, end, pageUp, pageDown
    case backspace, delete, insert
    case tab, backTab
    case enter, escape
    case function(Int)
    /// Text pasted in one go (bracketed paste): fields insert it whole; no screen treats it as keys.
    case paste(String)
    /// Alt (Meta) with a key: terminals send Esc and the key at once, so Alt-b arrives as Esc then `b`.
    indirect case alt(Key)

    /// How the key is written in help and on the status bar.
    public var label: String {
        switch self {
        case .character(" "): "Space"
        case .character(let c): String(c)
        case .control(let c): "Ctrl-" + c.uppercased()
        case .up: "↑"
        case .down: "↓"
        case .left: "←"
        case .right: "→"
        case .home: "Home"
        case .end: "End"
        case .pageUp: "PgUp"
        case .pageDown: "PgDn"
        case .backspace: "Backspace"
        case .delete: "Delete"
        case .insert: "Insert"
        case .tab: "Tab"
        case .backTab: "Shift-Tab"
        case .enter: "Enter"
        case .escape: "Esc"
        case .function(let n): "F\(n)"
        case .paste: "Paste"
        case .alt(let key): "Alt-" + key.label
        }
    }

    /// The Alt key that an Esc followed at once by this key stands for; nil when the two stay apart.
    ///
    /// Only text keys and Backspace combine: an Esc before another Esc, an arrow or a paste is a second
    /// key pressed quickly (or typed ahead), and must still go back.
    public var afterEscape: Key? {
        switch self {
        case .character, .backspace: .alt(self)
        default: nil
        }
    }
}

/// Something that happens to the app: a key, a new terminal size, or a signal asking it to stop.
public enum Event: Hashable, Sendable {
    case key(Key)
    case resize(Size)
    /// A signal asking the app to stop arrived (SIGTERM, SIGHUP, SIGUSR1, a `kill -SEGV` ...); the app drafts,
    /// finishes up and exits with 128 + the signal number.
    case terminate(signal: Int32)
}
