import HearthDomain
import HearthUI
import Testing

/// The home screen over the generated demo journal, as users first meet Hearth.
struct DemoScreenTests {
    static let demo = DemoJournal.make(years: 2, endingAt: Fixtures.thisWeek, seed: 1)

    @Test(arguments: ScreenTests.sizes)
    func demoHome(_ size: Size) throws {
        var state = Fixtures.state(Self.demo)
        state.apply(.opened(Self.demo, problems: [], location: "/tmp/hearth-demo-x"))
        try Golden.check(state.render(size: size), named: "demo-home-\(size)")
    }

    @Test func theCouplesOwnDimensionIsRatedToo() {
        let text = Fixtures.state(Self.demo).render(size: Size(width: 100, height: 40)).text
        #expect(text.contains("Sexual"))
    }
}
