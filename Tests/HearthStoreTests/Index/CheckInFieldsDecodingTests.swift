import HearthDomain
import Testing
@testable import HearthStore

/// `hearth list` decodes only the fields it keeps straight from the index (`IndexCodec.decodeRatingsAndSigns`),
/// and every load shares equal ratings as it decodes them: each must give what the full decoding gives, fail
/// exactly where it fails, and share equal ratings.
@Suite("Decoding what hearth list keeps from the index")
struct CheckInFieldsDecodingTests {
    static let types = Fixtures.profile.intimacyTypes.map(\.id)
    static let words = IndexWords(types + Fixtures.profile.partners.map(\.id) + Fixtures.rituals.map(\.id))

    /// A check-in with every fact the index keeps, its values drawn from `random`, some outside what a
    /// number can spell (unknown types, scores past 13).
    static func checkIn(_ random: inout SplitMix64) -> CheckIn {
        func pick<T>(_ values: [T]) -> T { values[Int(random.next() % UInt64(values.count))] }
        var checkIn = CheckIn(week: Fixtures.week, partner: "alex")
        for type in types + ["unknown-type", "zz"] where random.next() % 3 != 0 {
            checkIn.ratings[type] = random.next() % 5 == 0 ? .skipped : .score(pick([1, 2, 3, 4, 5, 0, 13, 14, 99, -1]))
        }
        if random.next() % 4 == 0 { checkIn.ratings = checkIn.ratings.filter { types.contains($0.key) && ($0.value.value ?? 1) <= 5 } }
        checkIn.warningSigns = (0..<Int(random.next() % 3)).map { _ in pick(WarningSign.allCases) }
        checkIn.rituals = (0..<Int(random.next() % 3)).map { _ in
            RitualMark(ritual: pick(["date-night", "no-phones", "not-a-ritual"]), status: pick(RitualMark.Status.allCases), reason: pick(["", "rain"]))
        }
        checkIn.deviceFreeMinutes = random.next() % 2 == 0 ? nil : 90
        checkIn.moments = (0..<Int(random.next() % 3)).map { _ in
            Moment(date: random.next() % 2 == 0 ? nil : CivilDate(year: 2026, month: 11, day: 18), from: "alex", to: pick(["sam", "mi", "x"]),
                   language: pick(LoveLanguage.allCases), text: "words")
        }
        checkIn.lastIntentionReview = pick([nil, .done, .notYet])
        checkIn.answers = random.next() % 2 == 0 ? [:] : ["money-talk": "a budget", "on": ""]
        checkIn.preserved.frontMatter = random.next() % 3 == 0 ? [RawEntry(key: "mood", text: "mood: fine\n")] : []
        return checkIn
    }

    static func facts(of checkIn: CheckIn) -> [UInt8] {
        var facts = IndexWriter()
        facts.words = words
        var prose = IndexWriter()
        IndexCodec.encode(checkIn, into: &facts, prose: &prose)
        return facts.bytes
    }

    /// Decodes `bytes` both ways, with `words` as the load knows them; the list's way with and without numbers.
    static func expectSameDecoding(_ bytes: [UInt8], words: IndexWords, spelled: Bool, shared: SharedRatings,
                                   sourceLocation: SourceLocation = #_sourceLocation) {
        bytes.withUnsafeBytes { raw in
            var full = IndexReader(raw, words: words)
            var noProse: IndexReader?
            let whole = IndexCodec.decodeCheckIn(&full, prose: &noProse, week: Fixtures.week, partner: "alex")
            var list = IndexReader(raw, words: words)
            let kept = IndexCodec.decodeRatingsAndSigns(&list, week: Fixtures.week, partner: "alex", shared: shared, spelled: spelled)
            // The full decoding with shared ratings, as every load from the index decodes them.
            var sharing = IndexReader(raw, words: words)
            var noProseAgain: IndexReader?
            let wholeShared = IndexCodec.decodeCheckIn(&sharing, prose: &noProseAgain, week: Fixtures.week, partner: "alex",
                                                       ratings: shared, spelled: spelled)
            #expect(list.failed == full.failed && sharing.failed == full.failed, sourceLocation: sourceLocation)
            guard !full.failed else { return }
            #expect(list.offset == full.offset && sharing.offset == full.offset, sourceLocation: sourceLocation)
            #expect(wholeShared == whole, sourceLocation: sourceLocation)
            #expect(kept.ratings == whole.ratings, sourceLocation: sourceLocation)
            #expect(kept.warningSigns == whole.warningSigns, sourceLocation: sourceLocation)
            #expect(kept.preserved == whole.preserved, sourceLocation: sourceLocation)
            #expect(kept.week == whole.week && kept.partner == whole.partner, sourceLocation: sourceLocation)
            #expect(kept.rituals.isEmpty && kept.moments.isEmpty && kept.answers.isEmpty && kept.deviceFreeMinutes == nil,
                    sourceLocation: sourceLocation)
        }
    }

    @Test func keepsWhatTheFullDecodingReadsAndFailsWhereItFails() {
        var random = SplitMix64(seed: 15)
        let shared = SharedRatings(types: Self.types)
        for _ in 0..<300 {
            let bytes = Self.facts(of: Self.checkIn(&random))
            for spelled in [true, false] {
                Self.expectSameDecoding(bytes, words: Self.words, spelled: spelled, shared: shared)
            }
            // Cut anywhere: both fail, or neither does.
            let cut = Int(random.next() % UInt64(bytes.count))
            Self.expectSameDecoding(Array(bytes[..<cut]), words: Self.words, spelled: true, shared: shared)
            // Written with words the load does not know (a ritual's number past its list): both fail.
            Self.expectSameDecoding(bytes, words: IndexWords(Self.types), spelled: true, shared: shared)
        }
    }

    @Test func equalRatingsShareOneCopyAndUnequalOnesNever() throws {
        try #require(MemoryLayout<[String: Rating]>.size == MemoryLayout<UInt>.size)
        func storage(_ ratings: [String: Rating]) -> UInt { unsafeBitCast(ratings, to: UInt.self) }
        var random = SplitMix64(seed: 7)
        let shared = SharedRatings(types: Self.types)
        var seen: [UInt64: [String: Rating]] = [:]
        for _ in 0..<2_000 {
            let ratings = Self.checkIn(&random).ratings
            let copy = shared.shared(ratings)
            #expect(copy == ratings)
            // A second, separately built equal dictionary gets the same copy.
            #expect(storage(shared.shared(Dictionary(uniqueKeysWithValues: Array(ratings)))) == storage(copy))
            guard let number = shared.number(of: ratings) else {
                #expect(ratings.keys.contains { !Self.types.contains($0) } || ratings.values.contains { ($0.value ?? 0) > 13 || ($0.value ?? 0) < 0 })
                continue
            }
            if let earlier = seen[number] { #expect(earlier == ratings) }
            seen[number] = ratings
        }
        #expect(seen.count > 100)
    }
}
