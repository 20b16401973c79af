import HearthUI

extension EscapeSequence {
    /// Reads what follows an introducer (Esc, or an 8-bit one) from the terminal; nil when `introducer` is
    /// none. `next(onlyWaiting)` returns the next read: with `onlyWaiting`, only one already waiting (so a
    /// lone Esc is never held back); else one that arrives within a short wait (the rest of a sequence split
    /// on its way); nil when none does. `meaning` tells a read's character, if it is one, and its key.
    ///
    /// Returns the key (nil when the reads were a sequence to drop) and a read that belongs to what comes
    /// next. Esc with a text key or Backspace already waiting is that key with Alt, unless `combiningEscape`
    /// is false (this Esc was itself waiting behind another).
    public static func read<Input>(after introducer: UInt32, combiningEscape: Bool,
                                   next: (_ onlyWaiting: Bool) -> Input?,
                                   meaning: (Input) -> (character: UInt32?, key: Key?)) -> (key: Key?, leftover: Input?)? {
        guard var sequence = EscapeSequence(introducer: introducer) else { return nil }
        while let input = next(sequence.isBare) {
            let (character, key) = meaning(input)
            if let character {
                switch sequence.add(character) {
                case .more: continue
                case .done(let key): return (key, nil)
                case .rejected: break
                }
            }
            // The read starts no sequence, or cuts this one short.
            if sequence.isBare, !sequence.eightBit, combiningEscape, let alt = key?.afterEscape { return (alt, nil) }
            return (sequence.finish(), input)
        }
        return (sequence.finish(), nil)
    }

    /// The keys in characters that arrived together (all already waiting), decoded as the terminal does.
    public static func keys(in characters: [UInt32]) -> [Key] {
        var keys: [Key] = []
        var index = 0
        var combiningEscape = true
        func meaning(_ character: UInt32) -> (character: UInt32?, key: Key?) { (character, KeyDecoder.character(character)) }
        while index < characters.count {
            let first = characters[index]
            index += 1
            let read = Self.read(after: first, combiningEscape: combiningEscape, next: { _ in
                guard index < characters.count else { return nil }
                defer { index += 1 }
                return characters[index]
            }, meaning: meaning)
            combiningEscape = true
            guard let read else {
                if let key = KeyDecoder.character(first) { keys.append(key) }
                continue
            }
            if let key = read.key { keys.append(key) }
            if read.leftover != nil {
                // Read again as the next key, never combining with what follows, as the terminal's read-ahead.
                index -= 1
                combiningEscape = false
            }
        }
        return keys
    }
}
