import HearthDomain
import HearthUI
import Testing

/// Moments logged on their own (love-languages screen, `hearth moment add`) show in the week they are dated in.
struct WeekMomentsTests {
    static let tuesday = Fixtures.thisWeek.date(on: .tuesday)
    static let gift = Moment(date: tuesday, from: "misaki", to: "zoe", language: .gifts,
                             text: "Left a tangerine on the keyboard", landed: "Made the morning")

    @Test func aWeekWithOnlyALoggedMomentShowsIt() {
        let journal = Journal(profile: Fixtures.profile, moments: [Self.gift])
        var state = BrowseFixtures.home(journal: journal)
        state.openWeek(Fixtures.thisWeek)
        let text = BrowseFixtures.text(state)
        #expect(text.contains("No check-ins this week."))
        #expect(text.contains("Love-language moments"))
        #expect(text.contains("→ Zoë, receiving gifts · Tue 17 Nov"), "\(text)")
        #expect(text.contains("Left a tangerine on the keyboard"))
        #expect(text.contains("landed: Made the morning"))
    }

    @Test func aLoggedMomentJoinsItsGiversColumnBesideTheCheckIns() throws {
        let checkIn = CheckIn(week: Fixtures.thisWeek, partner: "zoe", ratings: Fixtures.ratings([4, 4, 4, 4, 4, 4]),
                              moments: [Moment(from: "zoe", to: "misaki", language: .time, text: "A long walk")])
        let journal = Journal(profile: Fixtures.profile, checkIns: [checkIn], moments: [Self.gift])
        var state = BrowseFixtures.home(Size(width: 80, height: 60), journal: journal)
        state.openWeek(Fixtures.thisWeek)
        let lines = state.render(size: state.viewport).lines
        let heading = try #require(lines.firstIndex { $0.contains("Love-language moments") })
        #expect(lines[heading + 1].contains("→ 美咲, quality time") && lines[heading + 1].contains("→ Zoë, receiving gifts"),
                "Zoë's moment from her check-in and 美咲's logged one side by side: \(lines[heading + 1])")
        #expect(lines[heading + 2].contains("A long walk") && lines[heading + 2].contains("Left a tangerine"))
    }

    @Test func enterOnASearchHitForALoggedMomentOpensItsWeekAtTheMatch() throws {
        let journal = Journal(profile: Fixtures.profile, moments: [Self.gift])
        var state = BrowseFixtures.home(journal: journal)
        press(&state, .character("/"))
        type(&state, "tangerine")
        #expect(state.search?.hits.count == 1)
        press(&state, .enter)
        #expect(state.shownWeek == Fixtures.thisWeek)
        let buffer = state.render(size: state.viewport)
        #expect(buffer.style(of: "tangerine") == .selected, "\(buffer.text)")
    }
}
