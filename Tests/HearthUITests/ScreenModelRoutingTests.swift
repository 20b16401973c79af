import HearthDomain
@testable import HearthUI
import Testing

/// Every screen is a model (README "Adding a screen"): AppState reaches each `Screen` case only through
/// `model(of:)` and stores it back through `screen(showing:)`, so a new screen cannot take a path of its own.
struct ScreenModelRoutingTests {
    /// One screen of each case, each naming the next and the last naming home again. The switch has no
    /// default: a new `Screen` case does not compile until it has its place in the ring.
    static func next(after screen: AppState.Screen) -> AppState.Screen {
        switch screen {
        case .home: .welcome(WelcomeScreen())
        case .welcome: .locked(UnlockForm(LockedJournal(partners: ["Zoë", "美咲"])))
        case .locked: .setup(SetupForm())
        case .setup: .checkIn(CheckInWizard(week: Fixtures.thisWeek))
        case .checkIn: .history(HistoryState(journal: BrowseFixtures.demo))
        case .history: .week(WeekViewState(week: Fixtures.thisWeek))
        case .week: .search(SearchState())
        case .search: .rituals(RitualsState())
        case .rituals: .loveLanguages(LoveLanguagesState())
        case .loveLanguages: .trends(TrendsView(journal: BrowseFixtures.demo, today: Fixtures.today, tier: .unicode))
        case .trends: .conflicts(ConflictChooser())
        case .conflicts: .home
        }
    }

    /// The ring from home, home first.
    static let everyScreen: [AppState.Screen] = {
        var all: [AppState.Screen] = [.home]
        while all.count < 100, case let next = next(after: all[all.count - 1]), next != .home { all.append(next) }
        return all
    }()

    /// The case of `screen`, without its payload.
    static func caseName(_ screen: AppState.Screen) -> String {
        String(String(describing: screen).prefix { $0 != "(" })
    }

    /// The screens by case name: the names, not the payloads, label the test cases.
    static let caseNames = everyScreen.map(caseName)

    static func screen(named name: String) throws -> AppState.Screen {
        try #require(everyScreen.first { caseName($0) == name })
    }

    @Test func theRingHasEveryCaseOnce() {
        #expect(Set(Self.caseNames).count == Self.caseNames.count)
        #expect(Self.caseNames.count == 12)
    }

    @Test(arguments: caseNames) func everyScreenIsShownByItsModel(_ name: String) throws {
        let screen = try Self.screen(named: name)
        let model = AppState.model(of: screen)
        #expect(AppState.screen(showing: model) == screen)
    }

    /// A model that left its drawing to AppState would draw nothing.
    @Test(arguments: caseNames) func everyModelDrawsItsScreen(_ name: String) throws {
        let screen = try Self.screen(named: name)
        let state = AppState(today: Fixtures.today, journal: BrowseFixtures.demo, folder: "/home/z/hearth")
        let model = AppState.model(of: screen)
        var drawn = ScreenBuffer(size: Size(width: 80, height: 24))
        _ = model.render(into: &drawn, in: Rect(Size(width: 80, height: 24)), context: state.screenContext)
        #expect(drawn.text.contains { !$0.isWhitespace }, "\(name) draws nothing")
    }

    /// The keys AppState lists (status bar, help) are the model's, on every screen.
    @Test(arguments: caseNames) func theKeysShownAreTheModels(_ name: String) throws {
        var state = AppState(today: Fixtures.today, journal: BrowseFixtures.demo, folder: "/home/z/hearth")
        state.screen = try Self.screen(named: name)
        #expect(state.screenKeymap == AppState.model(of: state.screen).keymap(in: state.screenContext))
    }
}
