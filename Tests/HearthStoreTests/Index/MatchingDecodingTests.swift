import HearthDomain
import Testing
@testable import HearthStore

/// A search decodes from the index only what it keeps (`IndexCodec.decodeMatching`): the same check-in that
/// `JournalSearch.keepingMatches` leaves of the whole decoding, failing exactly where the whole decoding fails,
/// whether the entry's prose mentions the query (its moments and answer keys made) or not (passed over).
@Suite("Decoding what hearth search keeps from the index")
struct MatchingDecodingTests {
    /// `sunday-walk` is a ritual's id: as a skip's reason it is written as the word's number, and mentions `walk`.
    static let texts = ["", "a walk in the park", "Ŵalking home", "スマホを見ながら話すこと。", "nothing here", "rain", "sunday-walk"]

    /// A check-in with every fact and text the index keeps, drawn from `random`.
    static func checkIn(_ random: inout SplitMix64) -> CheckIn {
        func text() -> String { texts[Int(random.next() % UInt64(texts.count))] }
        var checkIn = CheckInFieldsDecodingTests.checkIn(&random)
        checkIn.appreciations = (0..<Int(random.next() % 3)).map { _ in text() }
        checkIn.howWeAreDoing = text()
        checkIn.moreOf = text()
        checkIn.lessOf = text()
        checkIn.intention = text()
        checkIn.reflection = text()
        checkIn.notes = text()
        for index in checkIn.moments.indices {
            checkIn.moments[index].text = text()
            checkIn.moments[index].landed = text()
        }
        for index in checkIn.rituals.indices { checkIn.rituals[index].reason = text() }
        for key in checkIn.answers.keys { checkIn.answers[key] = text() }
        return checkIn
    }

    /// Decodes `facts` and `prose` whole and then trimmed as the search trims, and as the search decodes them.
    static func expectSame(facts: [UInt8], prose: [UInt8], query: String, includePrivate: Bool,
                           sourceLocation: SourceLocation = #_sourceLocation) {
        let words = CheckInFieldsDecodingTests.words
        let filter = ProseFilter(test: SearchPrefilter(query: query), includePrivate: includePrivate)
        facts.withUnsafeBytes { factsRaw in
            prose.withUnsafeBytes { proseRaw in
                var whole = IndexReader(factsRaw, words: words)
                var wholeProse: IndexReader? = IndexReader(proseRaw)
                let all = IndexCodec.decodeCheckIn(&whole, prose: &wholeProse, week: Fixtures.week, partner: "alex")
                var kept = IndexReader(factsRaw, words: words)
                var keptProse: IndexReader? = IndexReader(proseRaw)
                let got = IndexCodec.decodeCheckIn(&kept, prose: &keptProse, week: Fixtures.week, partner: "alex", filter: filter)
                let wholeFailed = whole.failed || wholeProse?.failed == true
                #expect(kept.failed || keptProse?.failed == true ? wholeFailed : !wholeFailed, sourceLocation: sourceLocation)
                guard !wholeFailed else { return }
                #expect(got == JournalSearch.keepingMatches(of: query, includePrivate: includePrivate)(all), "\(query)",
                        sourceLocation: sourceLocation)
            }
        }
    }

    @Test func keepsWhatTheSearchKeepsAndFailsWhereTheWholeDecodingFails() {
        var random = SplitMix64(seed: 16)
        var matched = 0, wordReasons = 0
        for round in 0..<100 {
            let checkIn = Self.checkIn(&random)
            wordReasons += checkIn.rituals.filter { $0.reason == "sunday-walk" }.count
            var facts = IndexWriter()
            facts.words = CheckInFieldsDecodingTests.words
            var prose = IndexWriter()
            IndexCodec.encode(checkIn, into: &facts, prose: &prose)
            for query in ["walk", "スマホ", "rain", "zzz"] {
                for includePrivate in [false, true] {
                    Self.expectSame(facts: facts.bytes, prose: prose.bytes, query: query, includePrivate: includePrivate)
                }
                if prose.bytes.withUnsafeBytes({ SearchPrefilter(query: query).mayMatch($0) }) { matched += 1 }
            }
            // Cut anywhere, facts or prose: the search's decoding fails exactly where the whole one does.
            let query = round.isMultiple(of: 2) ? "walk" : "zzz"
            for cut in 0..<facts.bytes.count where round < 20 || cut % 11 == 0 {
                Self.expectSame(facts: Array(facts.bytes.prefix(cut)), prose: prose.bytes, query: query, includePrivate: true)
            }
            for cut in 0..<prose.bytes.count where round < 20 || cut % 11 == 0 {
                Self.expectSame(facts: facts.bytes, prose: Array(prose.bytes.prefix(cut)), query: query, includePrivate: false)
            }
        }
        // Both ways of decoding were taken: entries that may mention the query, and entries that cannot.
        #expect(matched > 50 && matched < 350)
        #expect(wordReasons > 0)
    }
}
