import HearthDomain
import HearthUI
import Testing

/// The Trends screen inside the app: reached from home with `t`, driven by keys, drawn with the status bar.
struct TrendsScreenUpdateTests {
    static func state() -> AppState {
        var state = AppState(today: TrendsScreenTests.today, journal: TrendsScreenTests.journal, folder: "/home/z/.local/share/hearth")
        press(&state, .character("t"))
        return state
    }

    static func view(_ state: AppState) -> TrendsView? {
        if case .trends(let view) = state.screen { view } else { nil }
    }

    @Test(arguments: [Size(width: 120, height: 40), Size(width: 60, height: 20)])
    func reachedFromHomeWithT(size: Size) throws {
        let state = Self.state()
        #expect(Self.view(state)?.span == .sixMonths)
        try Golden.check(state.render(size: size), named: "app-trends-\(size)")
    }

    @Test func enterOpensTheWeekViewAndEscComesBackToTheSameChart() throws {
        var state = Self.state()
        press(&state, .character("r"), .character("t"), .character("t"), .character("p"), .left, .character("h"))
        let before = try #require(Self.view(state))
        press(&state, .enter)
        guard case .week(let week) = state.screen else { Issue.record("Enter did not open the week view"); return }
        #expect(week.week == before.cursorWeek)
        #expect(state.render(size: Size(width: 80, height: 24)).lines[0].contains(before.cursorWeek.description))
        press(&state, .escape)
        #expect(Self.view(state) == before, "back on the chart with range, type, partner and cursor kept")
    }

    @Test func keysChooseRangeTypeAndPartnerAndSpacePeeksAtTheWeek() throws {
        var state = Self.state()
        press(&state, .character("r"), .character("t"), .character("t"), .character("p"), .left, .character("h"), .character(" "))
        let view = try #require(Self.view(state))
        #expect(view.span == .year)
        #expect(view.selection.types.map(\.type.id) == ["physical"])
        #expect(view.selection.partners.map(\.id) == ["zoe"])
        #expect(view.openWeek == view.selection.report.range.last.adding(weeks: -2))
        try Golden.check(state.render(size: Size(width: 60, height: 20)), named: "app-trends-week-60x20")
        // The open week follows the cursor; Esc closes it, a second Esc goes home.
        press(&state, .right)
        #expect(Self.view(state)?.openWeek == view.selection.report.range.last.adding(weeks: -1))
        press(&state, .escape)
        #expect(Self.view(state)?.openWeek == nil)
        press(&state, .escape)
        #expect(state.screen == .home)
    }

    @Test func helpListsTheTrendsKeys() {
        var state = Self.state()
        press(&state, .character("?"))
        let text = state.render(size: Size(width: 100, height: 40)).text
        #expect(text.contains("Keys: Trends"))
        for binding in Keymap.trends.bindings {
            #expect(text.contains(binding.summary), "\(binding.summary)")
        }
    }

    @Test func statusBarOffersTheTrendsKeys() {
        let lines = Self.state().render(size: Size(width: 120, height: 40)).lines
        #expect(lines.last?.hasPrefix("? help  r range  t type  p who  Enter week  Esc back  q quit") == true)
        #expect(Keymap.home.action(for: .character("t")) == .openTrends)
    }
}
