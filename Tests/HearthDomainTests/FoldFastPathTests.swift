import Testing
@testable import HearthDomain

/// The ranges folding passes through untouched must really need no folding: no table entry, no mark to drop
/// (bar the kana voicing marks, which are kept anyway), no space to collapse.
struct FoldFastPathTests {
    @Test func scalarsThatSkipTheTableFoldToThemselves() {
        var checked = 0
        for value in UInt32(0x3000)...UInt32(0x1FFFF) where ScalarFold.foldsToItself(value) {
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

/// Plain-ASCII fields are skipped when they lack a byte of the query; nothing that matches may be skipped.
struct AsciiPrefilterTests {
    @Test(arguments: [("Walks\tand\nPHONES", "walks and phones", true), ("cafe", "café", true), ("CAFE", "cafe", true),
                      ("coffee", "cafe", false), ("plain words", "ありがとう", false), ("e\u{301}clair", "eclair", true)])
    func aFieldIsSearchedWhenItCouldMatch(_ text: String, _ query: String, _ matches: Bool) {
        let profile = Profile(partners: [Partner(id: "zoe", name: "Zoë")])
        let week = Week(containing: CivilDate(year: 2026, month: 11, day: 18) ?? CivilDate(daysSinceEpoch: 0))
        let journal = Journal(profile: profile, checkIns: [CheckIn(week: week, partner: "zoe", notes: text)])
        #expect(JournalSearch.hits(in: journal, matching: query).count == (matches ? 1 : 0))
    }
}
