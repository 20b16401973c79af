import CNcurses
import HearthUI

/// Turns what `get_wch` returned into an Event.
enum KeyDecoder {
    /// `isKeyCode` is true for KEY_CODE_YES (a function key code), false for a character.
    static func decode(isKeyCode: Bool, value: UInt32, size: @autoclosure () -> Size) -> Event? {
        guard isKeyCode else { return character(value).map(Event.key) }
        let code = Int32(bitPattern: value)
        switch code {
        case KEY_RESIZE: return .resize(size())
        case KEY_UP: return .key(.up)
        case KEY_DOWN: return .key(.down)
        case KEY_LEFT: return .key(.left)
        case KEY_RIGHT: return .key(.right)
        case KEY_HOME, KEY_A1: return .key(.home)
        case KEY_END, KEY_C1: return .key(.end)
        case KEY_PPAGE, KEY_A3: return .key(.pageUp)
        case KEY_NPAGE, KEY_C3: return .key(.pageDown)
        case KEY_BACKSPACE: return .key(.backspace)
        case KEY_DC: return .key(.delete)
        case KEY_IC: return .key(.insert)
        case KEY_BTAB: return .key(.backTab)
        case KEY_ENTER: return .key(.enter)
        case (KEY_F0 + 1)...(KEY_F0 + 24): return .key(.function(Int(code - KEY_F0)))
        default: return extendedKey(named: keyname(code).map { String(cString: $0) } ?? "").map(Event.key)
        }
    }

    /// The key of one of terminfo's extended key names, the same key with Shift, Ctrl or Alt held
    /// (`kHOM5` is Ctrl-Home): the key alone, as the screens bind no modified keys.
    static func extendedKey(named name: String) -> Key? {
        let bases: [(String, Key)] = [
            ("kUP", .up), ("kDN", .down), ("kLFT", .left), ("kRIT", .right), ("kHOM", .home), ("kEND", .end),
            ("kDC", .delete), ("kIC", .insert), ("kNXT", .pageDown), ("kPRV", .pageUp),
        ]
        for (base, key) in bases where name.hasPrefix(base) && name.dropFirst(base.count).allSatisfy(\.isNumber) {
            return key
        }
        return nil
    }

    /// A plain character: control bytes become named keys or Ctrl-letters.
    static func character(_ value: UInt32) -> Key? {
        switch value {
        case 9: return .tab
        case 10, 13: return .enter
        case 27: return .escape
        case 8, 127: return .backspace
        case 1...26: return Unicode.Scalar(value + 96).map { .control(Character($0)) }
        // The other control characters, and the 8-bit ones (U+0080-U+009F), are never text.
        case 0..<32, 0x80...0x9F: return nil
        default: return Unicode.Scalar(value).map { .character(Character($0)) }
        }
    }
}
