import HearthUI

/// What a terminal sends after Esc, read one character at a time: the escape sequence of a key (CSI, SS3,
/// the Linux console's own), or one that is no key at all (a reply, a string), which is dropped whole.
///
/// ncurses decodes the sequences the terminfo entry of `$TERM` lists; when `$TERM` does not match the
/// terminal (xterm-256color inside tmux), Home arrives as the bytes `Esc [ 1 ~`. This reads the common
/// encodings whatever `$TERM` says, so no tail of a sequence is ever typed as text.
public struct EscapeSequence: Sendable {
    private enum Phase: Sendable {
        case start
        /// `Esc [`: parameters, intermediates, then one final character.
        case control
        /// `Esc [ [`: the Linux console's F1-F5, one letter.
        case console
        /// `Esc [ M`: an old-style mouse report, three characters.
        case mouse(left: Int)
        /// `Esc O`: parameters, then one final character.
        case singleShift
        /// `Esc ]`, `Esc P`, `Esc X`, `Esc ^`, `Esc _`: text up to BEL or `Esc \`.
        case string(afterEscape: Bool)
        /// `Esc` and intermediates (`Esc ( B`), then one final character.
        case intermediate
    }

    /// What one more character did to the sequence.
    public enum Step: Hashable, Sendable {
        /// The sequence goes on.
        case more
        /// The sequence is whole: the key it stands for, or nil for one to drop.
        case done(Key?)
        /// The character is not part of the sequence, which ended before it (and is dropped when begun).
        case rejected
    }

    private var phase = Phase.start
    /// The characters after the introducer, as far as a key needs them.
    private var body: [UInt32] = []
    private var length = 0
    /// True when an 8-bit introducer (U+009B and the like) began it: alone, it is no key.
    public let eightBit: Bool

    /// The longest sequence kept; longer ones go on to their end, and are dropped.
    private static let longest = 65_536

    /// A sequence begun by Esc (27) or by an 8-bit introducer; nil for any other character.
    public init?(introducer: UInt32) {
        switch introducer {
        case 27: eightBit = false
        case 0x9B: eightBit = true; phase = .control
        case 0x8F: eightBit = true; phase = .singleShift
        case 0x90, 0x98, 0x9D, 0x9E, 0x9F: eightBit = true; phase = .string(afterEscape: false)
        default: return nil
        }
    }

    private var inString: Bool {
        if case .string = phase { return true }
        return false
    }

    /// True while nothing but the introducer has been read.
    public var isBare: Bool { length == 0 }

    /// Adds the next character the terminal sent.
    public mutating func add(_ scalar: UInt32) -> Step {
        // CAN and SUB cancel a sequence under way; a string takes them as text.
        if scalar == 0x18 || scalar == 0x1A, !isBare, !inString { return .done(nil) }
        let step = next(scalar)
        if step != .rejected {
            length += 1
            if body.count < 32 { body.append(scalar) }
            if length > Self.longest { return .done(nil) }
        }
        return step
    }

    private mutating func next(_ scalar: UInt32) -> Step {
        switch phase {
        case .start:
            switch scalar {
            case 0x5B: phase = .control
            case 0x4F: phase = .singleShift
            case 0x5D, 0x50, 0x58, 0x5E, 0x5F: phase = .string(afterEscape: false)
            case 0x20...0x2F: phase = .intermediate
            default: return .rejected
            }
            return .more
        case .control:
            if scalar == 0x5B, parameters.isEmpty { phase = .console; return .more }
            if scalar == 0x4D, parameters.isEmpty { phase = .mouse(left: 3); return .more }
            switch scalar {
            case 0x20...0x3F: return .more
            case 0x40...0x7E: return .done(Self.controlKey(parameters: parameters, final: scalar))
            default: return .rejected
            }
        case .console:
            return .done((0x41...0x45).contains(scalar) ? .function(Int(scalar) - 0x40) : nil)
        case .mouse(let left):
            if left > 1 { phase = .mouse(left: left - 1); return .more }
            return .done(nil)
        case .singleShift:
            switch scalar {
            case 0x30...0x3F: return .more
            case 0x40...0x7E: return .done(Self.singleShiftKey(final: scalar))
            default: return .rejected
            }
        case .string(let afterEscape):
            if scalar == 0x07 || scalar == 0x9C || (afterEscape && scalar == 0x5C) { return .done(nil) }
            // Esc that does not end the string still ends it; the character after it is read afresh.
            if afterEscape { return .rejected }
            phase = .string(afterEscape: scalar == 27)
            return .more
        case .intermediate:
            switch scalar {
            case 0x20...0x2F: return .more
            case 0x30...0x7E: return .done(nil)
            default: return .rejected
            }
        }
    }

    /// What the characters read so far mean when nothing more comes: Esc alone, an Alt key (`Esc [` is
    /// Alt-[), or nil for a sequence cut short, which is dropped.
    public func finish() -> Key? {
        if eightBit { return nil }
        if isBare { return .escape }
        guard length == 1, let first = body.first else { return nil }
        return KeyDecoder.character(first)?.afterEscape
    }

    /// The parameter characters of a CSI sequence read so far (after the `[` in 7-bit form).
    private var parameters: ArraySlice<UInt32> { eightBit ? body[...] : body.dropFirst() }

    /// The key a CSI sequence stands for: `Esc [ 1 ~` Home, `Esc [ 1 ; 5 H` Ctrl-Home (as Home), and so on.
    static func controlKey(parameters: ArraySlice<UInt32>, final: UInt32) -> Key? {
        // A private marker (`<`, `=`, `>`, `?`) or an intermediate makes a reply or a mouse report, not a key.
        guard parameters.allSatisfy({ (0x30...0x3B).contains($0) }) else { return nil }
        let numbers = String(decoding: parameters.map { UInt8($0) }, as: UTF8.self)
            .split(separator: ";", omittingEmptySubsequences: false).map { Int($0) }
        let first = numbers.first ?? nil
        switch final {
        case 0x41: return .up
        case 0x42: return .down
        case 0x43: return .right
        case 0x44: return .left
        case 0x48: return .home
        case 0x46: return .end
        case 0x5A: return .backTab
        // `Esc [ 1 ; 5 P` is Ctrl-F1; `Esc [ 24 ; 80 R` is the cursor's position, never asked for.
        case 0x50...0x53 where first == nil || first == 1: return .function(Int(final) - 0x4F)
        case 0x7E: return first.flatMap(tildeKey)
        default: return nil
        }
    }

    /// `Esc [ n ~`: the editing keys (vt220, and rxvt's 7 and 8) and the function keys.
    static func tildeKey(_ number: Int) -> Key? {
        switch number {
        case 1, 7: .home
        case 2: .insert
        case 3: .delete
        case 4, 8: .end
        case 5: .pageUp
        case 6: .pageDown
        case 11...15: .function(number - 10)
        case 17...21: .function(number - 11)
        case 23...26: .function(number - 12)
        case 28, 29: .function(number - 13)
        case 31...34: .function(number - 14)
        default: nil
        }
    }

    /// `Esc O x`: arrows, Home and End in application mode, F1-F4, and the keypad in application mode.
    static func singleShiftKey(final: UInt32) -> Key? {
        switch final {
        case 0x41: .up
        case 0x42: .down
        case 0x43: .right
        case 0x44: .left
        case 0x48: .home
        case 0x46: .end
        case 0x50...0x53: .function(Int(final) - 0x4F)
        case 0x4D: .enter
        // The keypad's digits and signs type themselves.
        case 0x70...0x79: .character(Character(String(final - 0x70)))
        case 0x6A: .character("*")
        case 0x6B: .character("+")
        case 0x6C: .character(",")
        case 0x6D: .character("-")
        case 0x6E: .character(".")
        case 0x6F: .character("/")
        case 0x58: .character("=")
        default: nil
        }
    }
}
