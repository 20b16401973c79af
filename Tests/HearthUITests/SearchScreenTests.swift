import HearthDomain
import HearthUI
import Testing

/// Search as a user types it, over the 2-year demo journal and small journals built for one point.
struct SearchScreenTests {
    static func searching(_ query: String, size: Size = Size(width: 80, height: 24), journal: Journal = BrowseFixtures.demo) -> AppState {
        var state = BrowseFixtures.home(size, journal: journal)
        press(&state, .character("/"))
        type(&state, query)
        return state
    }

    @Test func cafeFindsCafeWithItsAccentHighlightedAndEnterLandsOnIt() throws {
        var state = Self.searching("cafe")
        let expected = JournalSearch.hits(in: BrowseFixtures.demo, matching: "cafe")
        let buffer = state.render(size: state.viewport)
        #expect(buffer.text.contains("\(expected.count) matches"))
        #expect(buffer.style(of: "café") == .selected)
        press(&state, .down, .enter)
        #expect(state.shownWeek == expected[1].week)
        let week = state.render(size: state.viewport)
        #expect(week.text.contains("\(expected[1].week) ·"))
        #expect(week.style(of: "café") == .selected, "the match is highlighted in the week too")
        press(&state, .escape)
        #expect(state.search?.list.selected == 1, "Esc goes back to the same results")
    }

    @Test(arguments: ["CAFÉ", "Cafe", "café"])
    func caseAndAccentsDoNotMatter(_ query: String) {
        let hits = Self.searching(query).search?.hits ?? []
        #expect(!hits.isEmpty && hits.allSatisfy { String($0.text[$0.match]) == "café" })
    }

    @Test func japaneseAndEmojiAreFoundAndDrawnTwoColumnsWide() throws {
        // The demo writes 🌧️ with an emoji presentation selector; searching the bare 🌧 finds it all the same.
        for (query, shown) in [("ありがとう", "ありがとう"), ("🌧", "🌧\u{FE0F}")] {
            let state = Self.searching(query)
            let hits = try #require(state.search?.hits)
            #expect(!hits.isEmpty, "\(query)")
            let buffer = state.render(size: state.viewport)
            #expect(buffer.style(of: shown, fromRow: 2) == .selected, "\(query)")
            for line in buffer.lines { #expect(line.terminalWidth <= 80) }
        }
    }

    @Test func wordsInNeighbouringAnswersAreNotOneMatch() throws {
        let week = Fixtures.thisWeek
        let journal = Journal(profile: Fixtures.profile, checkIns: [
            CheckIn(week: week, partner: "zoe", moreOf: "long walks", lessOf: "phones at dinner"),
        ])
        #expect(BrowseFixtures.text(Self.searching("walks phones", journal: journal)).contains("Nothing mentions “walks phones”."))
        #expect(Self.searching("walks", journal: journal).search?.hits.count == 1)
    }

    @Test func privateReflectionsAreSearchedOnlyAfterCtrlR() throws {
        let checkIn = try #require(BrowseFixtures.demo.checkIns.last { !$0.reflection.isEmpty && $0.partner == "zoe" })
        let phrase = String(checkIn.reflection.prefix(18))
        var state = Self.searching(phrase)
        #expect(state.search?.hits.contains { $0.field == .reflection } == false)
        #expect(BrowseFixtures.text(state).contains("private reflections not searched (Ctrl-R)"))
        press(&state, .control("r"))
        let asked = BrowseFixtures.text(state)
        #expect(asked.contains("Search private reflections too?") && asked.contains("Zoë's"), "\(asked)")
        #expect(state.search?.hits.contains { $0.field == .reflection } == false, "nothing private until yes")
        press(&state, .character("q"))
        #expect(state.search?.query.text == phrase, "a key that is not an answer types nothing and quits nothing")
        press(&state, .character("y"))
        let hit = try #require(state.search?.hits.first { $0.field == .reflection })
        #expect(BrowseFixtures.text(state).contains("Private reflection"))
        while state.search?.selectedHit != hit { press(&state, .down) }
        press(&state, .enter)
        // Opened at a private match, the reflection shows (the user asked for it), marked private.
        let text = state.render(size: Size(width: 80, height: 24)).text
        #expect(text.contains("Private reflection · private"))
        #expect(text.contains(String(checkIn.reflection.prefix(12))))
    }

    @Test func typingEditsTheQueryAndLettersNeverActAsKeys() {
        var state = Self.searching("qnh?")
        #expect(state.search?.query.text == "qnh?")
        press(&state, .backspace, .backspace, .left, .delete)
        #expect(state.search?.query.text == "q", "Backspace twice, then Delete after moving left over the n")
        press(&state, .escape)
        #expect(state.screen == .home)
    }

    @Test func anEmptyQueryExplainsHowSearchWorks() {
        let text = BrowseFixtures.text(Self.searching(""))
        #expect(text.contains("Type to search everything you both wrote"))
        #expect(text.contains("(cafe finds café)"))
    }
}

/// Typing on narrows the previous matches instead of searching everything again; it must find the same.
struct SearchNarrowingTests {
    @Test(arguments: ["cafe by the", "ありがとう。", "The note", "🌧️ x", "walk ", "e\u{301}", "  cafe", "\u{301}the"])
    func typingOneCharacterAtATimeFindsWhatAFreshSearchFinds(_ query: String) {
        var state = SearchScreenTests.searching("")
        for character in query {
            type(&state, String(character))
            let fresh = JournalSearch.hits(in: BrowseFixtures.demo, matching: state.search?.query.text ?? "")
            #expect(state.search?.hits == fresh, "after typing \(state.search?.query.text ?? "")")
        }
        // Deleting widens the search again, also after moving into the middle of the query.
        press(&state, .backspace, .backspace)
        #expect(state.search?.hits == JournalSearch.hits(in: BrowseFixtures.demo, matching: state.search?.query.text ?? ""))
        press(&state, .left, .backspace)
        type(&state, "z")
        #expect(state.search?.hits == JournalSearch.hits(in: BrowseFixtures.demo, matching: state.search?.query.text ?? ""))
        press(&state, .control("r"), .character("y"))
        let all = JournalSearch.hits(in: BrowseFixtures.demo, matching: state.search?.query.text ?? "", includePrivate: true)
        #expect(state.search?.hits == all)
    }
}
