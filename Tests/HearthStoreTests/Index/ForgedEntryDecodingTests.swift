import HearthDomain
import Testing
@testable import HearthStore

/// A forged entry (see `ForgedIndexTests`) holding a value no file could give: every way a load decodes a check-in's
/// entry (whole, `list`'s, a search's) must fail on it alike, so the file is read instead, whichever command runs.
@Suite("A forged entry fails every decoding alike")
struct ForgedEntryDecodingTests {
    /// `list`'s decoding, and a search's for an entry that cannot match (its moments passed over, not decoded), fail
    /// where the whole decoding fails: a moment's day no file could hold fails all three, where the two used to
    /// pass over it and take the entry.
    @Test(arguments: [Int64.max, -719_529])
    func aMomentDayNoFileCouldHoldFailsEveryDecodingOfTheEntry(_ days: Int64) throws {
        let words = CheckInFieldsDecodingTests.words
        var facts = IndexWriter()
        facts.words = words
        var prose = IndexWriter()
        IndexCodec.encode(Fixtures.fullCheckIn, into: &facts, prose: &prose)
        var bytes = facts.bytes
        let written = Int64(try #require(CivilDate(year: 2026, month: 11, day: 18)).daysSinceEpoch)
        let at = try #require(ForgedIndexTests.offset(of: [1] + ForgedIndexTests.littleEndian(written), in: bytes))
        bytes.replaceSubrange(at + 1..<at + 9, with: ForgedIndexTests.littleEndian(days))
        prose.bytes.withUnsafeBytes { proseRaw in
            #expect(!SearchPrefilter(query: "zzz").mayMatch(proseRaw), "the search for zzz passes over this entry's moments")
        }
        for (decoding, failed) in Self.decodings(facts: bytes, prose: prose.bytes, words: words) {
            #expect(failed, "\(decoding)")
        }
    }

    /// A byte coding a case (a warning sign, a mark's status, a moment's love language, the intention review) or a
    /// flag (minutes given, a moment dated) with no case behind it fails every decoding of the entry, where the
    /// whole decoding used to take it as some case (or none) and the others passed over it.
    @Test(arguments: ["sign", "status", "minutes", "dated", "language", "review"], [UInt8(0xC8), 0xFF])
    func aCodeWithNoCaseFailsEveryDecodingOfTheEntry(_ field: String, _ code: UInt8) throws {
        let words = CheckInFieldsDecodingTests.words
        func u32(_ value: UInt32) -> [UInt8] { withUnsafeBytes(of: value.littleEndian) { Array($0) } }
        func word(_ number: UInt32) -> [UInt8] { u32(IndexWords.marker | number) }
        func spelled(_ text: String) -> [UInt8] { u32(UInt32(text.utf8.count)) + Array(text.utf8) }
        var facts: [UInt8] = []
        var at: [String: Int] = [:]
        func put(_ bytes: [UInt8], code name: String? = nil) {
            if let name { at[name] = facts.count }
            facts += bytes
        }
        // Two ratings, a sign, a kept mark with a reason, 90 minutes, a dated moment (alex to sam), a review, an answer's key.
        put(u32(2) + word(0) + u32(4) + word(1) + u32(IndexCodec.skippedRating) + u32(1))
        put([2], code: "sign")
        put(u32(1) + word(9))
        put([0], code: "status")
        put(spelled("rain"))
        put([1], code: "minutes")
        put(ForgedIndexTests.littleEndian(90) + u32(1) + spelled("m-1"))
        put([1], code: "dated")
        put(ForgedIndexTests.littleEndian(20_445) + word(6) + word(7))
        put([3], code: "language")
        put([1], code: "review")
        put(u32(1) + spelled("money-talk") + u32(0))
        let prose = u32(1) + spelled("a walk") + (0..<6).flatMap { _ in spelled("") } + spelled("walked") + spelled("") + spelled("yes") + u32(0)
        let failures = Self.decodings(facts: facts, prose: prose, words: words)
        try #require(failures.allSatisfy { !$0.failed }, "the entry as written decodes every way")
        facts[try #require(at[field])] = code
        for (decoding, failed) in Self.decodings(facts: facts, prose: prose, words: words) {
            #expect(failed, "\(decoding)")
        }
    }

    /// A text's bytes that are not UTF-8 (no file holds them) are repaired in the string made of them: a search keeps
    /// the text only when that string mentions the query, as the whole decoding then trimmed by the search keeps it,
    /// where it used to keep it when the bytes might (`\u{C3}`, the lead byte of `à`, might mention `a`).
    @Test func aSearchTestsATextThatIsNotUTF8AsTheStringMadeOfIt() throws {
        var checkIn = CheckIn(week: Fixtures.week, partner: "alex")
        checkIn.intention = "Tell Zoé"
        checkIn.notes = "Zoé"
        checkIn.moments = [Moment(from: "alex", to: "sam", language: .words, text: "Zoé", landed: "")]
        var facts = IndexWriter()
        facts.words = CheckInFieldsDecodingTests.words
        var prose = IndexWriter()
        IndexCodec.encode(checkIn, into: &facts, prose: &prose)
        // `é` cut to its lead byte, everywhere.
        let forged = prose.bytes.enumerated().map { $0.offset > 0 && prose.bytes[$0.offset - 1] == 0xC3 ? UInt8(0) : $0.element }
        try #require(forged != prose.bytes)
        MatchingDecodingTests.expectSame(facts: facts.bytes, prose: forged, query: "a", includePrivate: true)
    }

    /// Whether each decoding a load makes of a check-in's entry fails: whole (with and without prose), `list`'s
    /// (ratings found by number or not) and a search's (for a query the prose may mention, and one it cannot).
    static func decodings(facts: [UInt8], prose: [UInt8], words: IndexWords) -> [(decoding: String, failed: Bool)] {
        facts.withUnsafeBytes { raw in
            prose.withUnsafeBytes { proseRaw in
                var results: [(String, Bool)] = []
                var whole = IndexReader(raw, words: words)
                var noProse: IndexReader?
                _ = IndexCodec.decodeCheckIn(&whole, prose: &noProse, week: Fixtures.week, partner: "alex")
                results.append(("whole", whole.failed))
                var withProse = IndexReader(raw, words: words)
                var proseReader: IndexReader? = IndexReader(proseRaw)
                _ = IndexCodec.decodeCheckIn(&withProse, prose: &proseReader, week: Fixtures.week, partner: "alex")
                results.append(("whole with prose", withProse.failed || proseReader?.failed == true))
                for spelled in [true, false] {
                    var list = IndexReader(raw, words: words)
                    _ = IndexCodec.decodeRatingsAndSigns(&list, week: Fixtures.week, partner: "alex",
                                                         shared: SharedRatings(types: CheckInFieldsDecodingTests.types), spelled: spelled)
                    results.append(("list, spelled: \(spelled)", list.failed))
                }
                for query in ["walk", "zzz"] {
                    var search = IndexReader(raw, words: words)
                    var searchProse: IndexReader? = IndexReader(proseRaw)
                    _ = IndexCodec.decodeCheckIn(&search, prose: &searchProse, week: Fixtures.week, partner: "alex",
                                                 filter: ProseFilter(test: SearchPrefilter(query: query), includePrivate: true))
                    results.append(("search \(query)", search.failed || searchProse?.failed == true))
                }
                return results
            }
        }
    }
}
