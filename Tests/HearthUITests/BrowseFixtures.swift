import HearthDomain
import HearthUI
import Testing

/// The 2-year demo journal opened on home, for driving history, week and search screens with keys.
enum BrowseFixtures {
    static let demo = DemoJournal.make(years: 2, endingAt: Fixtures.thisWeek, seed: 1)

    /// Home over the demo journal in a terminal of `size`.
    static func home(_ size: Size = Size(width: 80, height: 24), journal: Journal = demo) -> AppState {
        var state = Fixtures.state(journal)
        _ = state.update(.resize(size))
        return state
    }

    /// The screen as text, at the size update knows about.
    static func text(_ state: AppState) -> String { state.render(size: state.viewport).text }
}

/// Types text and then a named key.
func typeThen(_ state: inout AppState, _ text: String, _ key: Key) {
    type(&state, text)
    press(&state, key)
}
