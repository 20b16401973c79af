import HearthDomain
@testable import HearthUI
import Testing

/// The journal changes on disk under an open screen (a sync brought the other laptop's check-in): the screen
/// shows the new journal where it was, as if it had been opened over it.
struct JournalChangeTests {
    static let demo = BrowseFixtures.demo
    /// The demo with the newest week's check-ins gone, as on the laptop that has not synced yet.
    static let older = Journal(profile: demo.profile, checkIns: demo.checkIns.filter { $0.week != Fixtures.thisWeek },
                               rituals: demo.rituals, agenda: demo.agenda, moments: demo.moments)

    /// The same keys pressed over `journal` from home: the screen a fresh start would show.
    static func opened(_ journal: Journal, _ keys: Key...) -> AppState {
        var state = BrowseFixtures.home(journal: journal)
        for key in keys { press(&state, key) }
        return state
    }

    @Test func historyListsTheWeekASyncBrought() throws {
        var state = Self.opened(Self.older, .character("h"), .down)
        #expect(BrowseFixtures.text(state).contains("History · 102 weeks"))
        let cursorWeek = try #require(state.history?.selectedWeek)
        state.apply(.journalChanged(Self.demo, problems: []))
        let text = BrowseFixtures.text(state)
        #expect(text.contains("History · 103 weeks"))
        #expect(text.contains(Fixtures.thisWeek.description))
        // The cursor stays on the week it was on, now one row lower.
        #expect(state.history?.selectedWeek == cursorWeek)
        #expect(state.history?.list.selected == 2)
    }

    @Test func searchFindsWordsASyncBrought() throws {
        var changed = Self.demo
        let index = try #require(changed.checkIns.lastIndex { $0.week == Fixtures.thisWeek })
        changed.checkIns[index].appreciations.append("The pomegranate tart on Sunday")
        var state = Self.opened(Self.demo, .character("/"))
        type(&state, "pomegranate")
        #expect(state.search?.hits.isEmpty == true)
        state.apply(.journalChanged(changed, problems: []))
        #expect(state.search?.hits.count == 1)
        var fresh = Self.opened(changed, .character("/"))
        type(&fresh, "pomegranate")
        #expect(state.render(size: state.viewport).lines == fresh.render(size: fresh.viewport).lines)
        #expect(BrowseFixtures.text(state).contains("pomegranate tart"))
    }

    @Test func trendsWorkTheNumbersOutAgain() throws {
        var state = Self.opened(Self.older, .character("t"), .character("r"), .left)
        let before = state.render(size: state.viewport).lines
        state.apply(.journalChanged(Self.demo, problems: []))
        let after = state.render(size: state.viewport).lines
        #expect(after != before)
        // The same range and cursor, with the numbers of the journal as it is now.
        #expect(after == Self.opened(Self.demo, .character("t"), .character("r"), .left).render(size: state.viewport).lines)
    }

    @Test func aScreenUnderTheOneOnShowIsRefreshedToo() throws {
        var state = Self.opened(Self.older, .character("h"), .enter)
        #expect(state.shownWeek != nil)
        state.apply(.journalChanged(Self.demo, problems: []))
        press(&state, .escape)
        #expect(BrowseFixtures.text(state).contains("History · 103 weeks"))
        press(&state, .escape)
        #expect(state.screen == .home && state.backStack.isEmpty)
    }

    @Test func escWalksBackDownTheStackToHome() throws {
        var state = Self.opened(Self.demo, .character("h"), .down, .enter, .character("p"), .character("/"))
        #expect(state.backStack.count == 3)
        press(&state, .escape)
        #expect(state.shownWeek != nil)
        press(&state, .escape)
        // The history cursor follows the week the view moved to.
        #expect(state.history?.selectedWeek == state.history?.weeks[2])
        press(&state, .escape)
        #expect(state.screen == .home && state.backStack.isEmpty)
    }
}
