import Testing
@testable import HearthDomain

/// `JournalSearch` skips folding whole fields; whatever it finds, and where, must be what folding every
/// field and looking in it finds (`ReferenceSearch`).
@Suite("Search agrees with fold-then-find")
struct SearchDifferentialTests {
    /// Two years of the demo, plus fields the demo lacks: Korean, decomposed accents, ß, marks and odd spaces.
    static let journal: Journal = {
        var journal = DemoJournal.make(weeks: 104, endingAt: Week(containing: CivilDate(year: 2026, month: 11, day: 18)
            ?? CivilDate(daysSinceEpoch: 0)), seed: 7)
        let extras = [
            "오늘 한국어 수업이 재미있었어요 사랑해", "Straße und STRASSE, Maße", "e\u{301}clair, ÉCLAIR and eclair",
            "Cafe\u{301} au lait at the café, not the CAFÉ", "  tabs\t\tand\n\nnewlines \u{3000} wide space  ",
            "か\u{3099}っこう and がっこう", "ŉ is n after an apostrophe", "\u{2000}wide\u{2002}quad",
            "ཀྵ\u{0F43}ྷ Tibetan", "Ἀθῆναι ΑΘΗΝΑΙ", "ЙОГА йога", "a \u{301} b", "ﬁne ﬂour", "☕️ then 🐈‍⬛ and 👩‍❤️‍👨",
        ]
        for (offset, text) in extras.enumerated() {
            let index = journal.checkIns.count - 1 - offset * 7
            journal.checkIns[index].notes = text
            journal.checkIns[index - 1].answers = ["extra-\(offset)": text, "other": "ssß and more"]
            journal.checkIns[index - 2].rituals.append(RitualMark(ritual: "sunday-walk", status: .skipped, reason: text))
        }
        // Loose moments land among the check-ins' weeks, out of order, some in the same week.
        for (offset, moment) in journal.moments.prefix(40).enumerated() where offset.isMultiple(of: 3) {
            journal.moments.append(moment)
        }
        journal.moments.reverse()
        return journal
    }()

    static let queries = [
        "cafe", "café", "CAFÉ", "Cafe\u{301}", "c", "e", "a", "s", "i", "the", "walk", "thank you", "THANK   YOU",
        "ss", "strasse", "straße", "maße", "eclair", "éclair", "fine", "fi", "ʼn", "n after", "beach", "phone",
        "美咲", "朝", "出張", "ありがとう", "が", "か", "がっこう", "か\u{3099}", "パン", "한국어", "사랑", "수업이 재미",
        "☕", "💛", "🌧", "🐈", "👩", "αθηναι", "ἀθῆναι", "иога", "tabs and newlines wide space", "and newlines",
        "wide", "\u{2002}", "ཀ", "\u{0F42}", "a b", "x", "zxqv", "nothing like this at all", "  ", "\u{301}",
        "together!", "—", "tyre", ".",
    ]

    @Test(arguments: queries)
    func demoQueriesFindWhatFoldThenFindFinds(_ query: String) {
        for includePrivate in [false, true] {
            let fast = JournalSearch.hits(in: Self.journal, matching: query, includePrivate: includePrivate)
            let slow = ReferenceSearch.hits(in: Self.journal, matching: query, includePrivate: includePrivate)
            #expect(fast == slow, "\(query) private: \(includePrivate)")
        }
    }

    @Test func queriesSpanningTwoFieldsFindNothingAcrossThem() throws {
        // The end of one answer and the start of the next, joined by a space and without one.
        let checkIn = try #require(Self.journal.checkIns.last { !$0.howWeAreDoing.isEmpty && !$0.moreOf.isEmpty })
        let tail = String(checkIn.howWeAreDoing.suffix(4)), head = String(checkIn.moreOf.prefix(4))
        for query in [tail + " " + head, tail + head] {
            let fast = JournalSearch.hits(in: Self.journal, matching: query)
            #expect(fast == ReferenceSearch.hits(in: Self.journal, matching: query), "\(query)")
            #expect(!fast.contains { $0.week == checkIn.week && $0.partner == checkIn.partner }, "\(query)")
        }
    }

    /// Random fields and queries over an alphabet of what folding treats specially.
    @Test func randomTextsAndQueriesAgree() throws {
        let alphabet = ["a", "A", "s", "S", "ß", "e", "é", "e\u{301}", "É", "\u{301}", "\u{20DD}", " ", "\t", "\n",
                        "\u{3000}", "\u{2000}", "\u{2002}", "ŉ", "n", "ʼ", "か", "\u{3099}", "が", "美", "☕", "\u{FE0F}",
                        "ﬁ", "f", "i", "\u{0F43}", "\u{0F42}", "\u{0FB7}", "Ά", "α", "한", "\r\n", "\r", "\u{200D}", "🇫🇷"]
        var random = SplitMix64(seed: 42)
        func text(_ length: Int) -> String { (0..<length).map { _ in random.pick(alphabet) }.joined() }
        let week = try #require(Week("2026-W47"))
        let profile = Profile(partners: [Partner(id: "zoe", name: "Zoë")])
        for round in 0..<2000 {
            let fields = (0..<6).map { _ in text(random.index(12)) }
            var checkIns = [
                CheckIn(week: week.adding(weeks: -1), partner: "zoe", appreciations: Array(fields[..<3]), notes: fields[3]),
                CheckIn(week: week, partner: "zoe", howWeAreDoing: fields[4], moreOf: fields[5]),
            ]
            // Now and then out of week order, which the search must sort rather than merge.
            if round.isMultiple(of: 3) { checkIns.reverse() }
            // Loose moments in both weeks and one before them, out of order.
            let moments = [(week, fields[1]), (week.adding(weeks: -2), fields[4]), (week.adding(weeks: -1), fields[2])].map {
                Moment(date: $0.date(on: .wednesday), from: "zoe", to: "zoe", language: .words, text: $1, landed: fields[0])
            }
            let journal = Journal(profile: profile, checkIns: checkIns, moments: moments)
            // Half the queries come out of a field, so that there are matches to get wrong.
            let source = random.pick(fields)
            let start = random.index(max(1, source.count)), length = 1 + random.index(4)
            let query = round.isMultiple(of: 2) ? String(source.dropFirst(start).prefix(length)) : text(1 + random.index(4))
            let fast = JournalSearch.hits(in: journal, matching: query)
            #expect(fast == ReferenceSearch.hits(in: journal, matching: query), "\(fields.debugDescription) \(query.debugDescription)")
        }
    }

    @Test func aMatchStartsOnlyWhereAScalarFoldsToTheQuerysFirst() throws {
        // Every scalar whose folding holds the query's first folded scalar must be a start: found here by
        // folding every scalar there is (the fold table stops at U+30000; beyond it scalars fold to themselves).
        let queries = ["a", "c", "E", "i", "k", "s", "ß", "α", "ι", "и", "ʼ", "ŉ", "あ", "美", "\u{2000}", "☕"]
        let needles = try queries.map { try #require(SearchNeedle($0)) }
        var expected: [UInt32: [UInt32]] = [:]
        for value in UInt32(0)..<UInt32(0x30000) {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let folded = ReferenceSearch.fold(String(scalar)).scalars
            for first in Set(needles.map { $0.scalars[0] }) where folded.contains(first) { expected[first, default: []].append(value) }
        }
        for (query, needle) in zip(queries, needles) {
            #expect(needle.starts == expected[needle.scalars[0]], "\(query)")
        }
    }
}

/// A search of check-ins trimmed to their matching texts as they load finds what a search of the whole finds.
@Suite("Search over check-ins trimmed to their matches")
struct SearchTrimmedTests {
    @Test func everyQueryFindsTheSameInTrimmedCheckIns() {
        var journal = SearchDifferentialTests.journal
        for index in journal.checkIns.indices where index.isMultiple(of: 5) {
            journal.checkIns[index].reflection = journal.checkIns[index].notes + " privately"
            journal.checkIns[index].moments = journal.moments.prefix(2).map { $0 }
        }
        var trimmedSome = 0
        for query in SearchDifferentialTests.queries + ["privately", ""] {
            for includePrivate in [false, true] {
                let keep = JournalSearch.keepingMatches(of: query, includePrivate: includePrivate)
                var trimmed = journal
                trimmed.checkIns = journal.checkIns.map(keep)
                if trimmed.checkIns != journal.checkIns { trimmedSome += 1 }
                #expect(JournalSearch.hits(in: trimmed, matching: query, includePrivate: includePrivate)
                        == JournalSearch.hits(in: journal, matching: query, includePrivate: includePrivate), "\(query)")
            }
        }
        #expect(trimmedSome == 2 * (SearchDifferentialTests.queries.count + 2))
    }

    @Test func aTrimmedCheckInHoldsOnlyWhatMatches() throws {
        let week = try #require(Week("2026-W47"))
        let checkIn = CheckIn(week: week, partner: "zoe", ratings: ["emotional": .score(4)], appreciations: ["the walk", "tea"],
                              howWeAreDoing: "Fine", reflection: "walk alone", notes: "A long walk",
                              answers: ["a": "walking", "b": "no"])
        let kept = JournalSearch.keepingMatches(of: "walk", includePrivate: false)(checkIn)
        #expect(kept.appreciations == ["the walk"] && kept.howWeAreDoing.isEmpty && kept.notes == "A long walk")
        #expect(kept.reflection.isEmpty && kept.answers == ["a": "walking"] && kept.ratings.isEmpty)
        #expect(JournalSearch.keepingMatches(of: "walk", includePrivate: true)(checkIn).reflection == "walk alone")
    }
}
