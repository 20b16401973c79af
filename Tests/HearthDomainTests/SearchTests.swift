import Testing
@testable import HearthDomain

@Suite("Folding and journal search")
struct SearchTests {
    @Test("folding ignores case and accents in any script", arguments: [
        ("Café", "cafe"), ("ÉCOLE", "ecole"), ("Zoë", "zoe"), ("Straße", "strasse"),
        ("Ἀθῆναι", "αθηναι"), ("ЙОГА", "иога"), ("e\u{301}te\u{301}", "ete"),
        ("  slow\n\tmornings  ", "slow mornings"), ("美咲", "美咲"), ("☕️", "☕"), ("한국어", "한국어"), ("ありがとう", "ありがとう"), ("パン", "パン"),
        ("قهوة مع", "قهوة مع"), ("مُحَمَّد", "محمد"),
    ])
    func folding(_ text: String, _ expected: String) {
        #expect(TextFolding.folded(text) == expected)
    }

    private func journal() throws -> Journal {
        let profile = Profile(partners: [Partner(id: "zoe", name: "Zoë"), Partner(id: "misaki", name: "美咲")])
        let w46 = try #require(Week("2026-W46")), w47 = try #require(Week("2026-W47"))
        return Journal(profile: profile, checkIns: [
            CheckIn(week: w46, partner: "zoe", appreciations: ["Coffee at the little café on Rue Cler"],
                    howWeAreDoing: "Steady", moreOf: "walks", lessOf: "phones",
                    reflection: "I kept the café thing to myself"),
            CheckIn(week: w46, partner: "misaki", appreciations: ["駅まで迎えに来てくれてありがとう 🌧️"],
                    notes: "e\u{301}clair night"),
            CheckIn(week: w47, partner: "zoe", appreciations: ["CAFE date again", "walks"],
                    moreOf: "walks", lessOf: "less"),
        ])
    }

    @Test func accentsAndCaseDoNotMatter() throws {
        let hits = JournalSearch.hits(in: try journal(), matching: "cafe")
        #expect(hits.map(\.week.description) == ["2026-W47", "2026-W46"], "newest first")
        #expect(hits.map { String($0.text[$0.match]) } == ["CAFE", "café"])
        #expect(hits.allSatisfy { $0.field == .appreciation })
    }

    @Test func decomposedAccentsMatchComposedOnes() throws {
        let hits = JournalSearch.hits(in: try journal(), matching: "Éclair")
        #expect(hits.count == 1)
        let hit = try #require(hits.first)
        #expect(hit.field == .notes && hit.partner == "misaki")
        #expect(String(hit.text[hit.match]) == "e\u{301}clair", "highlight keeps the combining accent whole")
    }

    @Test func japaneseAndEmojiAreFound() throws {
        let j = try journal()
        #expect(JournalSearch.hits(in: j, matching: "迎えに").map(\.partner) == ["misaki"])
        #expect(JournalSearch.hits(in: j, matching: "🌧").count == 1)
        #expect(JournalSearch.hits(in: j, matching: "迎えにZ").isEmpty)
        // Voicing marks make other letters: か is not が.
        #expect(JournalSearch.hits(in: j, matching: "ありかとう").isEmpty)
        #expect(JournalSearch.hits(in: j, matching: "ありがとう").count == 1)
    }

    @Test func noMatchAcrossFieldBoundaries() throws {
        let j = try journal()
        // "walks" and "phones" sit in adjacent fields of one check-in; their join is not a match.
        #expect(JournalSearch.hits(in: j, matching: "walks phones").isEmpty)
        #expect(JournalSearch.hits(in: j, matching: "walksphones").isEmpty)
        #expect(JournalSearch.hits(in: j, matching: "walks").count == 3)
    }

    @Test func privateReflectionsOnlyWhenAskedFor() throws {
        let j = try journal()
        #expect(!JournalSearch.hits(in: j, matching: "thing to myself").contains { $0.field == .reflection })
        let hits = JournalSearch.hits(in: j, matching: "thing to myself", includePrivate: true)
        #expect(hits.map(\.field) == [.reflection])
    }

    @Test func emptyOrBlankQueriesFindNothing() throws {
        #expect(JournalSearch.hits(in: try journal(), matching: "   ").isEmpty)
    }

    @Test func theDemoJournalIsSearchableInEveryScript() throws {
        let demo = DemoJournal.make(weeks: 104, endingAt: try #require(Week("2026-W47")), seed: 3)
        let japanese = JournalSearch.hits(in: demo, matching: "ありがとう")
        #expect(!japanese.isEmpty)
        #expect(japanese.allSatisfy { $0.text.contains("ありがとう") })
        #expect(!JournalSearch.hits(in: demo, matching: "🌧").isEmpty)
        #expect(JournalSearch.hits(in: demo, matching: "zxqv nothing like this").isEmpty)
    }
}

@Suite("Search over the demo journal")
struct DemoSearchTests {
    @Test func cafeFindsCafeWithItsAccent() throws {
        let demo = DemoJournal.make(weeks: 104, endingAt: try #require(Week("2026-W47")), seed: 3)
        let hits = JournalSearch.hits(in: demo, matching: "cafe")
        #expect(!hits.isEmpty)
        #expect(hits.allSatisfy { String($0.text[$0.match]) == "café" })
        #expect(hits.map(\.week) == hits.map(\.week).sorted(by: >), "newest first")
    }
}
