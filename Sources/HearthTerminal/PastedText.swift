import HearthUI

/// The characters a terminal sends between its bracketed-paste markers, gathered into one `Key.paste`.
///
/// Line breaks arrive as CR (tmux, most terminals), LF or CR LF: each becomes one `\n`. Tabs stay tabs; other
/// control characters are dropped, and escape sequences whole (no tail of one is pasted as text), so nothing
/// pasted can act as a key.
public struct PastedText: Sendable {
    public private(set) var text = ""
    /// A CR was the last character, so an LF right after it belongs to the same line break.
    private var afterCarriageReturn = false
    /// An escape sequence under way, dropped when it ends.
    private var sequence: EscapeSequence?

    public init() {}

    /// Adds one character as `get_wch` returned it (a Unicode scalar value).
    public mutating func add(_ value: UInt32) {
        if var open = sequence {
            sequence = nil
            switch open.add(value) {
            case .more: sequence = open; return
            case .done: return
            case .rejected: break  // the sequence ended before this character, which counts on its own
            }
        }
        if let begun = EscapeSequence(introducer: value) {
            sequence = begun
            afterCarriageReturn = false
            return
        }
        defer { afterCarriageReturn = value == 13 }
        switch value {
        case 13: text.append("\n")
        case 10 where afterCarriageReturn: return
        case 10: text.append("\n")
        case 9: text.append("\t")
        case 0..<32, 127: return
        default:
            guard let scalar = Unicode.Scalar(value) else { return }
            text.unicodeScalars.append(scalar)
        }
    }

    /// The paste as the key the UI receives.
    public var key: Key { .paste(text) }
}
