/// What one Unicode scalar becomes when text is folded for matching: the single rule that whole-text
/// folding (`TextFolding`) and the matcher that folds only around a candidate (`SearchNeedle`) share.
enum ScalarFold {
    /// Combining marks: accents and the like vanish.
    case dropped
    /// White space of any kind: a run of it becomes one space, and none at either end.
    case space
    /// One folded scalar (ASCII lower-cased, or the scalar itself).
    case scalar(UInt32)
    /// A fold-table entry: one or more scalars (`É` -> `e`, `ß` -> `ss`).
    case expansion(FoldedScalars)

    /// The folding of the scalar `value`; ASCII, kana, CJK, Hangul and emoji are decided inline.
    @inline(__always)
    init(_ value: UInt32) {
        if value < 0x80 {
            if value == 0x20 || (0x09...0x0D).contains(value) {
                self = .space
            } else {
                self = .scalar((0x41...0x5A).contains(value) ? value + 0x20 : value)
            }
        } else if Self.foldsToItself(value) {
            self = .scalar(value)
        } else {
            self.init(nonASCII: value)
        }
    }

    /// The table and the category lookup, kept out of line: rare in most journals, and keeping them out
    /// keeps the ASCII path small where it is inlined.
    private init(nonASCII value: UInt32) {
        if let folded = TextFolding.table[value] {
            self = .expansion(folded)
            return
        }
        switch Unicode.Scalar(value)?.properties.generalCategory {
        case .nonspacingMark where value == 0x3099 || value == 0x309A:
            // Kana voicing marks change the letter (か/が), so they are kept.
            self = .scalar(value)
        case .nonspacingMark, .enclosingMark:
            self = .dropped
        case .spaceSeparator, .lineSeparator, .paragraphSeparator:
            self = .space
        default:
            self = .scalar(value)
        }
    }

    /// Kana, CJK ideographs, Hangul syllables and emoji: no fold-table entry and no marks or spaces among
    /// them (checked against Unicode 14 when the table was generated), so they skip the table and the
    /// category lookup. Journals in Japanese or Korean are mostly these; searching 20 years got 2x faster.
    static func foldsToItself(_ value: UInt32) -> Bool {
        (0x3040...0x9FFF).contains(value) || (0xAC00...0xD7A3).contains(value) || (0x1F000...0x1FFFF).contains(value)
    }

    /// Whether the folding holds `value`.
    func holds(_ value: UInt32) -> Bool {
        switch self {
        case .scalar(let folded): folded == value
        case .expansion(let folded): folded.contains(value)
        case .dropped, .space: false
        }
    }
}
