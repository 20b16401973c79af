import Testing
@testable import HearthDomain

/// The ranges folding passes through untouched must really need no folding: no table entry, no mark to drop
/// (bar the kana voicing marks, which are kept anyway), no space to collapse.
struct FoldFastPathTests {
    @Test func scalarsThatSkipTheTableFoldToThemselves() {
        var checked = 0
        for value in UInt32(0x3000)...UInt32(0x1FFFF) where FoldedText.foldsToItself(value) {
            guard let scalar = Unicode.Scalar(value) else { continue }
            #expect(TextFolding.table[value] == nil, "\(String(value, radix: 16))")
            switch scalar.properties.generalCategory {
            case .nonspacingMark where value != 0x3099 && value != 0x309A, .enclosingMark, .spaceSeparator,
                 .lineSeparator, .paragraphSeparator:
                Issue.record("U+\(String(value, radix: 16)) is a mark or a space")
            default: checked += 1
            }
        }
        #expect(checked > 30_000)
    }
}
