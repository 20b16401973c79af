import HearthDomain
import HearthUI
import Testing

/// History, week view and search as text at 80x24 and 40x12, each reached by a keystroke script from home.
struct BrowseScreenTests {
    /// A key, or text typed one grapheme at a time.
    enum Step {
        case key(Key)
        case text(String)
    }

    /// The newest week in which Zoë wrote a private reflection, and the reflection's first words.
    static let reflective = BrowseFixtures.demo.checkIns.last { !$0.reflection.isEmpty && $0.partner == "zoe" }
    static let reflectiveWeek = reflective.map(\.week.description) ?? "none"

    static let scripts: [(name: String, steps: [Step])] = [
        ("history", [.key(.character("h"))]),
        ("history-help", [.key(.character("h")), .key(.character("?"))]),
        ("history-filter-panel", [.key(.character("h")), .key(.character("f")), .key(.right), .key(.down), .key(.right)]),
        ("history-filtered", [.key(.character("h")), .key(.character("f")), .key(.down), .key(.right), .key(.enter)]),
        ("history-go-to", [.key(.character("h")), .key(.character("g")), .text("2025-W")]),
        ("week", [.key(.character("h")), .key(.down), .key(.down), .key(.enter)]),
        ("week-private-hidden", [.key(.character("h")), .key(.character("g")), .text(reflectiveWeek), .key(.enter), .key(.end)]),
        ("week-private-shown", [.key(.character("h")), .key(.character("g")), .text(reflectiveWeek), .key(.enter),
                                .key(.character("r")), .key(.character("y")), .key(.end)]),
        ("week-empty", [.key(.character("h")), .key(.character("y")), .key(.character("y"))]),
        ("search-empty", [.key(.character("/"))]),
        ("search-cafe", [.key(.character("/")), .text("cafe")]),
        ("search-japanese", [.key(.character("/")), .text("ありがとう")]),
        ("search-nothing", [.key(.character("/")), .text("walks phones")]),
        ("week-at-match", [.key(.character("/")), .text("cafe"), .key(.down), .key(.enter)]),
    ]

    static func state(_ name: String, size: Size) throws -> AppState {
        let script = try #require(scripts.first { $0.name == name })
        var state = BrowseFixtures.home(size)
        for step in script.steps {
            switch step {
            case .key(let key): press(&state, key)
            case .text(let text): type(&state, text)
            }
        }
        return state
    }

    @Test(arguments: scripts.map(\.name), ScreenTests.sizes)
    func screen(_ name: String, _ size: Size) throws {
        try Golden.check(try Self.state(name, size: size).render(size: size), named: "\(name)-\(size)")
    }

    @Test(arguments: [Size(width: 30, height: 8), Size(width: 20, height: 5), Size(width: 200, height: 60)])
    func everySizeStaysInside(_ size: Size) throws {
        for script in Self.scripts {
            let buffer = try Self.state(script.name, size: size).render(size: size)
            #expect(buffer.lines.count == size.height)
            for line in buffer.lines { #expect(line.terminalWidth <= size.width, "\(script.name) at \(size): \(line)") }
        }
    }

    @Test func helpOpensOnEveryBrowsingScreenWithItsKeys() throws {
        for (name, title) in [("history", "History"), ("week", "Week"), ("search-cafe", "Search"),
                              ("history-go-to", "Go to week"), ("history-filter-panel", "Filter")] {
            var state = try Self.state(name, size: Size(width: 100, height: 50))
            press(&state, .function(1))
            let text = state.render(size: Size(width: 100, height: 50)).text
            #expect(text.contains("Keys: \(title)"), "\(name)")
            for binding in state.screenKeymap.bindings { #expect(text.contains(binding.summary), "\(name): \(binding.summary)") }
            press(&state, .escape)
            #expect(!state.showingHelp)
        }
    }
}
