@testable import HearthTerminal
import HearthUI
import Foundation
import Testing

/// Escape sequences as terminals send them, whatever `$TERM` says, decoded without a terminal.
struct EscapeSequenceTests {
    /// The characters of a string, Esc written as `^[`.
    static func characters(_ text: String) -> [UInt32] {
        text.replacingOccurrences(of: "^[", with: "\u{1B}").unicodeScalars.map(\.value)
    }

    static func keys(_ text: String) -> [Key] { EscapeSequence.keys(in: characters(text)) }

    @Test(arguments: [
        // vt220 / tmux / screen / the Linux console
        ("^[[1~", Key.home), ("^[[4~", .end), ("^[[2~", .insert), ("^[[3~", .delete), ("^[[5~", .pageUp), ("^[[6~", .pageDown),
        // rxvt
        ("^[[7~", .home), ("^[[8~", .end),
        // xterm, normal and application mode
        ("^[[H", .home), ("^[[F", .end), ("^[OH", .home), ("^[OF", .end),
        ("^[[A", .up), ("^[[B", .down), ("^[[C", .right), ("^[[D", .left), ("^[OA", .up), ("^[OD", .left),
        ("^[[Z", .backTab),
        // with Shift, Alt or Ctrl held: the key alone
        ("^[[1;5H", .home), ("^[[1;2F", .end), ("^[[3;5~", .delete), ("^[[5;3~", .pageUp), ("^[[1;5C", .right),
        // function keys
        ("^[OP", .function(1)), ("^[OQ", .function(2)), ("^[OR", .function(3)), ("^[OS", .function(4)),
        ("^[[11~", .function(1)), ("^[[12~", .function(2)), ("^[[13~", .function(3)), ("^[[14~", .function(4)),
        ("^[[15~", .function(5)), ("^[[17~", .function(6)), ("^[[18~", .function(7)), ("^[[19~", .function(8)),
        ("^[[20~", .function(9)), ("^[[21~", .function(10)), ("^[[23~", .function(11)), ("^[[24~", .function(12)),
        ("^[[1;5P", .function(1)), ("^[[15;2~", .function(5)),
        ("^[[[A", .function(1)), ("^[[[B", .function(2)), ("^[[[C", .function(3)), ("^[[[D", .function(4)), ("^[[[E", .function(5)),
        // the keypad in application mode types itself
        ("\u{9B}1~", .home), ("\u{8F}P", .function(1)), ("^[Op", .character("0")), ("^[Oy", .character("9")), ("^[Ok", .character("+")), ("^[OM", .enter),
    ])
    func aKeysSequenceIsThatKey(_ text: String, _ key: Key) {
        #expect(Self.keys(text) == [key], "\(text)")
        // The same key in the middle of typing: nothing of the sequence becomes text.
        #expect(Self.keys("a" + text + "b") == [.character("a"), key, .character("b")], "\(text)")
    }

    @Test(arguments: [
        "^[[m", "^[[38;5;1m", "^[[9~", "^[[99~", "^[[200~", "^[[?1;2c", "^[[<0;10;5M", "^[[24;80R", "^[[I", "^[[O",
        "^[[1$p", "^[[Mabc", "^[Oz", "^[]0;title\u{07}", "^[]11;rgb:0000/0000/0000^[\\", "^[Pq#0;1;2^[\\",
        "^[_app^[\\", "^[^pm\u{07}", "^[Xsos^[\\", "^[(B", "^[#8", "\u{9B}m", "\u{8F}z", "\u{9D}0;t\u{9C}",
    ])
    func anyOtherSequenceIsDroppedWhole(_ text: String) {
        let keys = Self.keys("a" + text + "b")
        #expect(keys == [.character("a"), .character("b")], "\(text.debugDescription) gave \(keys)")
    }

    @Test func escAloneAltKeysAndEscBeforeAnotherKeyStayAsTheyWere() {
        #expect(Self.keys("^[") == [.escape])
        #expect(Self.keys("^[b") == [.alt(.character("b"))])
        #expect(Self.keys("^[\u{7F}") == [.alt(.backspace)])
        #expect(Self.keys("^[^[") == [.escape, .escape])
        #expect(Self.keys("^[^[b") == [.escape, .escape, .character("b")])
        #expect(Self.keys("^[^[[A") == [.escape, .up])
        // An introducer with nothing after it is its Alt key: Alt-[ and Alt-O.
        #expect(Self.keys("^[[") == [.alt(.character("["))])
        #expect(Self.keys("^[O") == [.alt(.character("O"))])
        #expect(Self.keys("^[\t") == [.escape, .tab])
    }

    @Test func aSequenceCutShortIsDroppedAndWhatCutItIsKept() {
        // A control character cannot be inside a CSI sequence: the sequence so far goes, the key stays.
        #expect(Self.keys("^[[1\r") == [.enter])
        #expect(Self.keys("^[[12é") == [.character("é")])
        // CAN cancels; an unfinished sequence at the end of what arrived is dropped.
        #expect(Self.keys("^[[1\u{18}x") == [.character("x")])
        #expect(Self.keys("^[[1;5") == [])
        #expect(Self.keys("^[]0;never ended") == [])
        // 8-bit control characters are never text.
        #expect(Self.keys("a\u{85}\u{90}b\u{9C}") == [.character("a")])
    }

    @Test func aSequenceIsReadAcrossWaitsButALoneEscIsNotHeldBack() {
        var asks: [Bool] = []
        var reads: [UInt32] = Self.characters("[1~")
        let read = EscapeSequence.read(after: 27, combiningEscape: true, next: { onlyWaiting in
            asks.append(onlyWaiting)
            return reads.isEmpty ? nil : reads.removeFirst()
        }, meaning: { ($0, nil) })
        #expect(read?.key == .home && read?.leftover == nil)
        // Only the first read after Esc is "already waiting or nothing"; the rest of the sequence may take a moment.
        #expect(asks == [true, false, false])
        #expect(EscapeSequence.read(after: 65, combiningEscape: true, next: { _ in nil }, meaning: { ($0, nil) }) == nil)
    }

    @Test func aPasteDropsEscapeSequencesWholeAndKeepsTheRest() {
        var paste = PastedText()
        for character in Self.characters("one^[[1~ two^[]0;title\u{07} three^[[38;5;1m^[x\r\nfour\u{9B}m") { paste.add(character) }
        // Esc before a plain letter is dropped and the letter kept, as no sequence began.
        #expect(paste.text == "one two threex\nfour")
    }

    @Test(arguments: [("kHOM5", Key.home), ("kEND3", .end), ("kDC5", .delete), ("kIC2", .insert), ("kUP5", .up),
                      ("kNXT3", .pageDown), ("kPRV5", .pageUp), ("kLFT", .left), ("kRIT7", .right)])
    func terminfosModifiedKeysAreTheKeyAlone(_ name: String, _ key: Key) {
        #expect(KeyDecoder.extendedKey(named: name) == key)
    }

    @Test func namesThatAreNoModifiedKeyAreNone() {
        #expect(KeyDecoder.extendedKey(named: "kUPx") == nil)
        #expect(KeyDecoder.extendedKey(named: "kxOUT") == nil)
        #expect(KeyDecoder.extendedKey(named: "") == nil)
    }
}
