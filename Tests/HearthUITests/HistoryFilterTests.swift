import HearthDomain
import HearthUI
import Testing

/// The filter panel over the history list and the search results.
struct HistoryFilterTests {
    /// Home, then history with the filter panel open.
    static func panel() -> AppState {
        var state = BrowseFixtures.home()
        press(&state, .character("h"), .character("f"))
        return state
    }

    @Test func partnerAndWarningSignNarrowTheListAndCClearsThem() throws {
        var state = Self.panel()
        #expect(BrowseFixtures.text(state).contains("Filter weeks"))
        press(&state, .right, .down, .right, .enter)
        let text = BrowseFixtures.text(state)
        #expect(text.contains("Filter: Zoë · any warning sign"))
        let history = try #require(state.history)
        let expected = BrowseFixtures.demo.weeksNewestFirst.filter { week in
            BrowseFixtures.demo.checkIn(partner: "zoe", week: week).map { !$0.warningSigns.isEmpty } == true
        }
        #expect(!expected.isEmpty && history.weeks == expected)
        // Only Zoë's column is drawn.
        #expect(!text.contains("美咲"))
        press(&state, .character("c"))
        #expect(state.history?.weeks.count == 103)
    }

    @Test func aRatingThresholdKeepsOnlyWeeksRatedThatLow() throws {
        var state = Self.panel()
        press(&state, .down, .down, .down, .right, .right)  // Emotional: ≤ 1, then ≤ 2
        #expect(BrowseFixtures.text(state).contains("‹ rated ≤ 2 ›"))
        press(&state, .escape)
        let weeks = try #require(state.history?.weeks)
        #expect(!weeks.isEmpty)
        for week in weeks {
            #expect(BrowseFixtures.demo.checkIns(in: week).contains { ($0.score(.emotional) ?? 9) <= 2 }, "\(week)")
        }
        #expect(BrowseFixtures.text(state).contains("Filter: Emotional ≤ 2"))
    }

    @Test func aRitualKeptFilterAndAnEmptyResultSaySo() throws {
        var state = Self.panel()
        press(&state, .down, .down, .right)  // the first ritual: the weekly check-in
        #expect(BrowseFixtures.text(state).contains("Weekly check-in"))
        press(&state, .up, .up, .right, .down, .down, .down, .right, .left, .left)  // Zoë, Emotional ≥ 5
        press(&state, .enter)
        let weeks = state.history?.weeks ?? []
        if weeks.isEmpty {
            #expect(BrowseFixtures.text(state).contains("No week matches the filter: f changes it, c clears it."))
        } else {
            for week in weeks { #expect(BrowseFixtures.demo.checkIn(partner: "zoe", week: week)?.score(.emotional) == 5) }
        }
    }

    @Test func searchKeepsTheHistoryFilterAndFiltersByPartner() throws {
        var state = Self.panel()
        press(&state, .right, .enter, .character("/"))
        type(&state, "the")
        let search = try #require(state.search)
        #expect(!search.hits.isEmpty && search.hits.allSatisfy { $0.partner == "zoe" })
        #expect(BrowseFixtures.text(state).contains("Filter: Zoë"))
        press(&state, .control("f"), .left, .enter)  // back to everyone
        #expect(state.search?.hits.contains { $0.partner == "misaki" } == true)
    }
}
