import HearthDomain
import HearthTerminal
import HearthUI

/// Random input as a terminal delivers it: keys, escape sequences (known and unknown, decoded by the real
/// decoder), pastes and resizes, each with what it must mean.
struct RandomKeys {
    var random: SplitMix64

    /// One burst of input: the events the app receives, and whether the decoder gave what the bytes mean.
    struct Burst {
        var events: [Event]
        /// Why the decoder's keys differ from the keys the bytes stand for; nil when they agree.
        var decodingProblem: String?
    }

    /// Characters that begin or fill escape sequences (`[`, `~`, `;` ...): text typed or pasted here never
    /// holds them, so one in saved text is the tail of a sequence.
    static let markers: [Character] = ["[", "]", "~", ";", "^", "_", "\\", "(", "#", "%", "O", "P", "X"]

    /// What is typed: command letters among them (j, k, q, y, p ...), other scripts, emoji, a combining mark.
    static let typed: [Character] = Array("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNQRSTUVWYZ0123456789 .,!?-'\"/:*+=<>@&")
        + ["é", "ë", "ß", "ñ", "美", "咲", "🍵", "e\u{301}", "Σ"]

    static let namedKeys: [Key] = [
        .up, .down, .left, .right, .home, .end, .pageUp, .pageDown, .backspace, .delete, .insert, .tab, .backTab,
        .enter, .escape, .alt(.character("b")), .alt(.character("f")), .alt(.character("d")), .alt(.backspace),
    ] + (1...12).map { .function($0) }
        // Ctrl-C, Ctrl-Z and Ctrl-\ are signals, not keys, in the terminal's mode; Ctrl-M is Enter, Ctrl-I Tab.
        + "abdefghjklnopqrstuvwxy".map { .control($0) }

    /// Escape sequences of keys, as several terminals send them.
    static let keySequences: [(String, Key)] = [
        ("[1~", .home), ("[4~", .end), ("[7~", .home), ("[8~", .end), ("[H", .home), ("[F", .end), ("OH", .home),
        ("OF", .end), ("[2~", .insert), ("[3~", .delete), ("[5~", .pageUp), ("[6~", .pageDown), ("[A", .up),
        ("[B", .down), ("[C", .right), ("[D", .left), ("OA", .up), ("OB", .down), ("[Z", .backTab), ("[1;5H", .home),
        ("[1;2F", .end), ("[3;5~", .delete), ("[1;5C", .right), ("[1;3D", .left), ("OP", .function(1)),
        ("OS", .function(4)), ("[11~", .function(1)), ("[15~", .function(5)), ("[17~", .function(6)),
        ("[21~", .function(10)), ("[23~", .function(11)), ("[24~", .function(12)), ("[[A", .function(1)),
        ("[[E", .function(5)), ("[1;5P", .function(1)), ("Op", .character("0")), ("OM", .enter),
    ]

    init(seed: UInt64) { random = SplitMix64(seed: seed) }

    mutating func burst() -> Burst {
        let roll = random.index(100)
        switch roll {
        case 0..<40: return Burst(events: [.key(.character(random.pick(Self.typed)))])
        case 40..<70: return Burst(events: [.key(random.pick(Self.namedKeys))])
        case 70..<92: return sequences()
        case 92..<97: return Burst(events: [.key(paste())])
        default:
            let size = Size(width: 10 + random.index(200), height: 3 + random.index(60))
            return Burst(events: [.resize(size)])
        }
    }

    /// One to three escape sequences sent at once, each a key's or one to drop, through the decoder.
    private mutating func sequences() -> Burst {
        var characters: [UInt32] = []
        var meant: [Key] = []
        for _ in 0...random.index(3) {
            if random.chance(0.5) {
                let (body, key) = random.pick(Self.keySequences)
                characters += [27] + body.unicodeScalars.map(\.value)
                meant.append(key)
            } else {
                characters += unknownSequence()
            }
        }
        let decoded = EscapeSequence.keys(in: characters)
        let problem = decoded == meant ? nil : "\(characters) decoded as \(decoded), meant \(meant)"
        return Burst(events: decoded.map(Event.key), decodingProblem: problem)
    }

    /// A sequence that is no key: a reply, a colour, an unknown number, a string, a charset choice.
    mutating func unknownSequence() -> [UInt32] {
        func scalars(_ text: String) -> [UInt32] { text.unicodeScalars.map(\.value) }
        let parameters = (0..<random.index(4)).map { _ in String(random.index(300)) }.joined(separator: ";")
        switch random.index(7) {
        case 0: return [27] + scalars("[" + parameters + String(random.pick(Array("mnctqsuJKLTb@`hl"))))
        case 1:
            let number = random.pick([0, 9, 10, 16, 22, 27, 30, 35 + random.index(160), 202 + random.index(800)])
            return [27] + scalars("[\(number)~")
        case 2: return [27] + scalars("[" + String(random.pick(Array("?<>="))) + parameters + String(random.pick(Array("cmMRhlu"))))
        case 3:
            let text = String((0..<random.index(40)).map { _ in random.pick(Self.typed) })
            let end: [UInt32] = random.chance(0.5) ? [7] : [27, 0x5C]
            return [27] + scalars(String(random.pick(Array("]P_^X"))) + text) + end
        case 4: return [27] + scalars("O" + String(random.pick(Array("abcdefghiEGIJKLNTUVWYZz"))))
        case 5: return [27] + scalars(random.pick(["(B", "(0", "#8", "%G", ")A"]))
        default: return [0x9B] + scalars(parameters + "m")
        }
    }

    /// Pasted text: lines, tabs, control characters and escape sequences among the words.
    private mutating func paste() -> Key {
        var text = PastedText()
        for _ in 0..<random.index(60) {
            switch random.index(10) {
            case 0: text.add(13)
            case 1: text.add(10)
            case 2: text.add(UInt32(random.pick([0, 1, 8, 9, 27, 127, 0x85, 0x9B])))
            case 3: for character in unknownSequence() + [27] + Self.keySequences[random.index(Self.keySequences.count)].0.unicodeScalars.map(\.value) { text.add(character) }
            default: for scalar in String(random.pick(Self.typed)).unicodeScalars { text.add(scalar.value) }
            }
        }
        return text.key
    }
}
