import Testing
@testable import HearthDomain

/// The fold table as folding reads it (`FoldEntries`): every entry of the generated source, whole, found by its
/// code point, and nothing else.
@Suite("Fold table entries")
struct FoldEntriesTests {
    /// The source read the plain way: split on `;`, `:` and `,`.
    static func entries(_ source: [StaticString]) -> [(UInt32, [UInt32])] {
        source.flatMap { chunk in
            chunk.description.split(separator: ";").map { entry in
                let parts = entry.split(separator: ":")
                return (UInt32(parts[0], radix: 16) ?? 0, parts[1].split(separator: ",").map { UInt32($0, radix: 16) ?? 0 })
            }
        }
    }

    @Test func everyEntryOfTheSourceIsFoundWhole() {
        let entries = Self.entries(foldTableSource)
        #expect(entries.count > 3_000)
        #expect(TextFolding.table.isComplete)
        #expect(TextFolding.table.count == entries.count)
        for (key, folded) in entries {
            #expect(TextFolding.table[key].map(Array.init) == folded, "U+\(String(key, radix: 16))")
        }
        let keys = Set(entries.map(\.0))
        for value in UInt32(0)...UInt32(0x3_0000) where !keys.contains(value) {
            #expect(TextFolding.table[value] == nil, "U+\(String(value, radix: 16))")
        }
        #expect(TextFolding.table[0x10_FFFF] == nil)
    }

    @Test func aSourceOutOfOrderOrTooLongIsStillReadRight() {
        let table = FoldEntries(["DF:73,73;C9:65;B5:3BC;C9:45;", "FB03:66,66,69;1:2,3,4,5;"])
        #expect(table.count == 5)
        #expect(table[0xC9].map(Array.init) == [0x45])
        #expect(table[0xDF].map(Array.init) == [0x73, 0x73])
        #expect(table[0xFB03].map(Array.init) == [0x66, 0x66, 0x69])
        #expect(table[0xB5].map(Array.init) == [0x3BC])
        #expect(table[0xC0] == nil)
        #expect(!table.isComplete)
        #expect(table.codePoints(folding: 0x66) == [0xFB03])
        #expect(TextFolding.sources(of: 0x73).contains(0xDF))
    }
}
