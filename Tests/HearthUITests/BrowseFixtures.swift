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

extension ScreenBuffer {
    /// The style of the first cell of `text` where it first appears on screen (from row `first`), or nil when it is not shown.
    func style(of text: String, fromRow first: Int = 0) -> Style? {
        for y in first..<size.height {
            var characters: [Character] = [], columns: [Int] = []
            for x in 0..<size.width where self[x, y].width > 0 {
                characters.append(self[x, y].character)
                columns.append(x)
            }
            let line = String(characters)
            guard let range = line.range(of: text) else { continue }
            return self[columns[line.distance(from: line.startIndex, to: range.lowerBound)], y].style
        }
        return nil
    }
}

extension AppState {
    /// The week on show, when a week view is open.
    var shownWeek: Week? {
        if case .week(let view) = screen { return view.week }
        return nil
    }

    var history: HistoryState? {
        if case .history(let history) = screen { return history }
        return nil
    }

    var search: SearchState? {
        if case .search(let search) = screen { return search }
        return nil
    }
}
