/// Folds text for matching: lower case, accents and other combining marks removed, runs of white
/// space made one space; works in any script (`Café` ~ `cafe`, `ÉCOLE` ~ `ecole`, `Ἀθῆναι` ~ `αθηναι`).
public enum TextFolding {
    /// The folded form of a whole string.
    public static func folded(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        for value in scalars(of: text) { if let scalar = Unicode.Scalar(value) { out.append(scalar) } }
        return String(out)
    }

    /// The folded scalars of a whole string.
    static func scalars(of text: String) -> [UInt32] {
        var scalars: [UInt32] = []
        var lastWasSpace = true // drops leading white space
        for scalar in text.unicodeScalars {
            switch ScalarFold(scalar.value) {
            case .dropped: continue
            case .space:
                if !lastWasSpace { scalars.append(0x20) }
                lastWasSpace = true
                continue
            case .scalar(let value): scalars.append(value)
            case .expansion(let values): scalars.append(contentsOf: values)
            }
            lastWasSpace = false
        }
        if lastWasSpace, scalars.last == 0x20 { scalars.removeLast() }
        return scalars
    }

    /// Code point -> folded code points, from the generated `foldTableSource`.
    static let table = FoldEntries(foldTableSource)

    /// The scalars whose table entry holds `folded` (`e` -> `é`, `ê`, `ȩ`...; `s` -> `ß`), sorted: where a match
    /// can start besides the scalar itself and its ASCII capital. One pass over the table per query: building
    /// the whole reverse table once per process cost more than the search itself.
    static func sources(of folded: UInt32) -> [UInt32] {
        table.codePoints(folding: folded)
    }
}
