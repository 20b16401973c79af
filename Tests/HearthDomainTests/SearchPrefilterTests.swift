import Testing
@testable import HearthDomain

/// The prefilter a reader of raw bytes uses (the index's prose): exact on one text's bytes, never turning down
/// bytes that hold a matching text among others, and never reading past the bytes it is given.
@Suite("Search prefilter on raw bytes")
struct SearchPrefilterTests {
    /// A check-in's texts as the index lays them out: each with a 4-byte length before it.
    static func prefixed(_ texts: [String]) -> [UInt8] {
        var bytes: [UInt8] = []
        for text in texts {
            withUnsafeBytes(of: UInt32(text.utf8.count).littleEndian) { bytes.append(contentsOf: $0) }
            bytes.append(contentsOf: text.utf8)
        }
        return bytes
    }

    static func mayMatch(_ filter: SearchPrefilter, _ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBytes { filter.mayMatch($0) }
    }

    @Test func exactOnOneTextAndNeverFalseOnTextsTogether() {
        let journal = SearchDifferentialTests.journal
        var turnedDown = 0
        for query in SearchDifferentialTests.queries + ["privately", ""] {
            let filter = SearchPrefilter(query: query)
            let needle = SearchNeedle(query)
            for checkIn in journal.checkIns {
                let texts = checkIn.appreciations + [checkIn.howWeAreDoing, checkIn.moreOf, checkIn.lessOf, checkIn.intention,
                                                     checkIn.reflection, checkIn.notes] + checkIn.answers.values.sorted()
                var anyMatches = false
                for text in texts {
                    let matches = needle?.firstMatch(in: text) != nil
                    #expect(Self.mayMatch(filter, Array(text.utf8)) == matches, "\(query): \(text)")
                    anyMatches = anyMatches || matches
                }
                let together = Self.mayMatch(filter, Self.prefixed(texts))
                #expect(together || !anyMatches, "\(query) in \(checkIn.week) \(checkIn.partner)")
                if !together { turnedDown += 1 }
            }
        }
        #expect(turnedDown > journal.checkIns.count, "most check-ins hold no match for most queries")
    }

    /// A match starting on a scalar beyond ASCII (`ŵ`, `É`, `ǒ`, `Ὀ`, `ß`) is found at every byte offset among Japanese,
    /// Greek and accented Latin text, whose multi-byte leads the scan passes over; as the reference folding says.
    @Test func startsBeyondASCIIAreFoundAmongOtherScripts() {
        func mentions(_ text: String, _ query: String) -> Bool {
            let needle = ReferenceSearch.fold(query).scalars, folded = ReferenceSearch.fold(text).scalars
            return !needle.isEmpty && folded.count >= needle.count
                && (0...(folded.count - needle.count)).contains { Array(folded[$0..<$0 + needle.count]) == needle }
        }
        let cases = [("walk", "ŵalk"), ("ecole", "École"), ("oa", "ǒa"), ("οδ", "Ὀδ"), ("ss", "ß"), ("wal", "Ẃal")]
        let fillers = ["スマホを見ながら", "Ἀθῆναι ", "café crème ", "a b ", "𝄞😀", "Ŵ"]
        var found = 0
        for (query, spelled) in cases {
            let filter = SearchPrefilter(query: query)
            for filler in fillers {
                let scalars = Array(String(repeating: filler, count: 12).unicodeScalars)
                for count in 0..<12 {
                    let before = String(String.UnicodeScalarView(scalars.prefix(count)))
                    for text in [before + spelled + filler, before + filler] {
                        #expect(Self.mayMatch(filter, Array(text.utf8)) == mentions(text, query), "\(query) in \(text)")
                        if mentions(text, query) { found += 1 }
                    }
                }
            }
        }
        #expect(found == 6 * 6 * 12)
    }

    /// A scalar cut short at the end of the bytes (a length prefix, the end of a chunk) is never read beyond.
    @Test func aScalarCutShortAtTheEndMatchesNothing() {
        for (query, whole) in [("あ", "あ"), ("ß", "ß"), ("😀", "😀"), ("é", "é")] {
            let bytes = Array(whole.utf8)
            for cut in 1..<bytes.count {
                #expect(!Self.mayMatch(SearchPrefilter(query: query), Array(bytes.prefix(cut))), "\(query) cut at \(cut)")
            }
            #expect(Self.mayMatch(SearchPrefilter(query: query), bytes))
        }
        #expect(!Self.mayMatch(SearchPrefilter(query: ""), Array("anything".utf8)))
    }
}
