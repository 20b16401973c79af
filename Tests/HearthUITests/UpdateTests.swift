import HearthDomain
import HearthUI
import Testing

/// Keystroke scripts driving `update`, checking what a user would notice on screen and what gets saved.
struct UpdateTests {
    @Test func qQuitsFromHomeWithStatusZero() {
        var state = Fixtures.state(Fixtures.journal())
        #expect(press(&state, .character("q")) == [.quit(status: 0)])
    }

    @Test(arguments: [(Int32(2), Int32(130)), (15, 143), (1, 129)])
    func stopSignalsQuitWith128PlusSignal(_ signal: Int32, _ status: Int32) {
        var state = Fixtures.state(Fixtures.journal())
        #expect(state.update(.terminate(signal: signal)) == [.quit(status: status)])
    }

    @Test func helpOpensOnEveryScreenAndListsThatScreensKeymap() {
        // Home, welcome, setup, the rituals and love-languages lists, and their forms: the ritual form, the
        // skip reason and the moment form.
        let screens: [AppState] = [Fixtures.state(Fixtures.journal()), Fixtures.state(nil), ScreenTests.setupFilledIn(),
                                   RitualFixtures.rituals(), RitualFixtures.loveLanguages()]
            + Self.typingScreens.map { $0.1() }
        let titles = screens.map(\.screenKeymap.title)
        #expect(Set(["Ritual", "Why skipped", "Moment"]).isSubset(of: titles), "\(titles)")
        for var state in screens {
            let keymap = state.screenKeymap
            press(&state, .function(1))  // F1 works everywhere, even in a text field
            #expect(state.showingHelp)
            let text = state.render(size: Size(width: 100, height: 40)).text
            #expect(text.contains("Keys: \(keymap.title)"))
            // Every binding of the screen's keymap appears, with its summary: help is the keymap itself.
            for binding in keymap.bindings {
                #expect(text.contains(binding.keyLabel), "\(binding.keyLabel)")
                #expect(text.contains(binding.summary), "\(binding.summary)")
            }
            press(&state, .escape)
            #expect(!state.showingHelp)
        }
    }

    @Test func helpKeysDoNotReachTheScreenBelow() {
        var state = Fixtures.state(Fixtures.journal())
        press(&state, .character("?"))
        // q closes help rather than quitting; a second q quits.
        #expect(press(&state, .character("q")) == [])
        #expect(!state.showingHelp)
        #expect(press(&state, .character("q")) == [.quit(status: 0)])
    }

    @Test func helpScrollsWhenTheWindowIsShort() {
        var state = ScreenTests.setupFilledIn()
        let size = Size(width: 40, height: 12)
        _ = state.update(.resize(size))
        press(&state, .function(1))
        #expect(state.render(size: size).text.contains("Ctrl-L"))
        // Eight of 23 rows fit (long summaries wrap rather than being cut), so fifteen presses reach the end.
        for _ in 0..<15 { press(&state, .down) }
        let scrolled = state.render(size: size).text
        #expect(!scrolled.contains("Ctrl-L"))
        #expect(scrolled.contains("Delete"))
        #expect(scrolled.contains("rows 16-23 of 23"))
    }

    @Test func helpScrollsBackOnTheFirstUpAfterOverscrolling() {
        var state = ScreenTests.setupFilledIn()
        let size = Size(width: 40, height: 12)
        _ = state.update(.resize(size))
        press(&state, .function(1))
        for _ in 0..<20 { press(&state, .down) }
        #expect(state.render(size: size).text.contains("rows 16-23 of 23"))
        press(&state, .up)
        #expect(state.render(size: size).text.contains("rows 15-22 of 23"))
    }

    @Test func helpScrollIsClampedWhenTheWindowGrows() {
        var state = ScreenTests.setupFilledIn()
        let small = Size(width: 40, height: 12)
        _ = state.update(.resize(small))
        press(&state, .function(1), .down, .down, .down, .down)
        // Everything fits in a tall window, so nothing stays scrolled away on the way back.
        _ = state.update(.resize(Size(width: 100, height: 40)))
        _ = state.update(.resize(small))
        #expect(state.render(size: small).text.contains("rows 1-8 of 23"))
    }

    static let typingScreens: [(String, @Sendable () -> AppState)] = [
        ("setup name", {
            var state = Fixtures.state(nil)
            press(&state, .character("s"))
            type(&state, "Zoë")
            return state
        }),
        ("ritual skip reason", {
            var state = RitualFixtures.rituals()
            press(&state, .down, .character("n"))
            type(&state, "Zoë")
            return state
        }),
        ("ritual name", {
            var state = RitualFixtures.rituals()
            press(&state, .character("a"))
            type(&state, "Zoë")
            return state
        }),
        ("moment text", {
            var state = RitualFixtures.loveLanguages()
            press(&state, .character("a"))
            type(&state, "Zoë")
            return state
        }),
    ]

    @Test(arguments: typingScreens.map(\.0))
    func aFocusedTextFieldTypesQuestionMarksAndOffersHelpOnF1(_ name: String) throws {
        var state = try #require(Self.typingScreens.first { $0.0 == name }?.1())
        let size = Size(width: 80, height: 24)
        let bar = state.render(size: size).lines.last ?? ""
        // `?` types here, so the bar must not promise it opens help.
        #expect(bar.contains("F1 help"), "\(bar)")
        #expect(!bar.contains("? help"), "\(bar)")
        press(&state, .character("?"))
        #expect(!state.showingHelp)
        #expect(state.render(size: size).text.contains("Zoë?"))
        press(&state, .function(1))
        #expect(state.showingHelp)
        press(&state, .function(1), .control("k"))
        #expect(state.message?.text == "Ctrl-K does nothing here; press F1 for this screen's keys")
    }

    @Test func unboundKeySaysHowToFindHelp() {
        var state = Fixtures.state(Fixtures.journal())
        press(&state, .character("x"))
        #expect(state.render(size: Size(width: 80, height: 24)).lines.last?.contains("x does nothing here; press ? for this screen's keys") == true)
        press(&state, .character("?"), .escape)
        #expect(state.message == nil)
    }

    @Test func firstRunSetupSavesTheProfile() {
        var state = Fixtures.state(nil)
        #expect(state.screen == .welcome(WelcomeScreen()))
        #expect(press(&state, .enter) == [])  // "Set up our journal" is selected first
        type(&state, "Zoe")
        press(&state, .character("\u{308}"))  // a combining diaeresis joins the e: Zoë, three graphemes
        press(&state, .tab, .right, .right, .right, .right)  // not sure → words → service → gifts → time
        press(&state, .tab)
        type(&state, "美咲x")
        press(&state, .backspace, .tab, .right)
        let effects = press(&state, .enter)
        let expected = Profile(partners: [
            Partner(id: "zoe", name: "Zoë", primaryLanguage: .time),
            Partner(id: "partner-2", name: "美咲", primaryLanguage: .words),
        ])
        // The same journal as `hearth init` makes: standard agenda and the weekly check-in ritual.
        let ritual = Ritual(id: "weekly-check-in", name: "Weekly check-in", cadence: .weekly(on: .sunday),
                            feeds: ["emotional"], since: Fixtures.thisWeek)
        #expect(effects == [.createJournal(Journal(profile: expected, rituals: [ritual]))])
        state.apply(.opened(Journal(profile: expected), problems: [], location: nil))
        #expect(state.screen == .home)
        #expect(state.render(size: Size(width: 80, height: 24)).lines[0].contains("Hearth · Zoë & 美咲"))
    }

    @Test func setupRefusesAnEmptyNameAndFocusesIt() {
        var state = Fixtures.state(nil)
        press(&state, .character("s"))
        type(&state, "Zoë")
        let effects = press(&state, .tab, .tab, .tab, .enter)
        #expect(effects.isEmpty)
        guard case .setup(let form) = state.screen else { Issue.record("left setup"); return }
        #expect(form.focus == .name(1))
        #expect(state.render(size: Size(width: 80, height: 24)).text.contains("Partner 2 needs a name."))
    }

    /// Names equal but for case or accents are refused, as `hearth init` refuses them (setup let `Zoe` pass).
    @Test(arguments: ["Zoë", "zoe", "ZOË", " Zoe "])
    func setupRefusesTheSameNameTwice(second: String) {
        var state = Fixtures.state(nil)
        press(&state, .character("s"))
        type(&state, "Zoë")
        press(&state, .tab, .tab)
        type(&state, second)
        let effects = press(&state, .tab, .enter)
        #expect(effects.isEmpty)
        guard case .setup(let form) = state.screen else { Issue.record("left setup"); return }
        #expect(form.focus == .name(1))
        #expect(state.render(size: Size(width: 80, height: 24)).text.contains("are the same name")
            || state.render(size: Size(width: 80, height: 24)).text.contains("is given twice"))
    }

    @Test func setupSaveFailureIsShownAndNothingIsLost() {
        var state = ScreenTests.setupFilledIn()
        press(&state, .tab)
        #expect(press(&state, .enter).count == 1)
        state.apply(.failed("cannot write /x/profile.md: permission denied"))
        #expect(state.render(size: Size(width: 80, height: 24)).text.contains("cannot write /x/profile.md: permission denied"))
        guard case .setup(let form) = state.screen else { Issue.record("left setup"); return }
        #expect(form.entries.map(\.name.text) == ["Zoë", "美咲"])
    }

    @Test func escLeavesSetupAndQuitsOnlyFromWelcome() {
        var state = Fixtures.state(nil)
        press(&state, .character("s"))
        type(&state, "q")  // typed into the name, not a quit
        #expect(state.screen != .welcome(WelcomeScreen()))
        press(&state, .escape)
        #expect(state.screen == .welcome(WelcomeScreen()))
        #expect(press(&state, .character("q")) == [.quit(status: 0)])
    }

    @Test func welcomeListChoosesTheDemo() {
        var state = Fixtures.state(nil)
        press(&state, .down)
        #expect(state.render(size: Size(width: 80, height: 24)).text.contains("› Open a demo journal"))
        #expect(press(&state, .enter) == [.openDemo])
        state.apply(.opened(Fixtures.journal(), problems: [], location: "/tmp/hearth-demo-1"))
        let bar = state.render(size: Size(width: 80, height: 24)).lines.last ?? ""
        #expect(bar.contains("demo journal in /tmp/hearth-demo-1"))
        #expect(state.screen == .home)
    }

    @Test func welcomeSelectionStopsAtTheEnds() {
        var state = Fixtures.state(nil)
        press(&state, .up, .down, .down, .down, .down)
        #expect(press(&state, .enter) == [.quit(status: 0)])
    }

    @Test func ctrlLAsksForARedraw() {
        var state = Fixtures.state(Fixtures.journal())
        #expect(press(&state, .control("l")) == [.redraw])
    }

    /// Problems are listed one per line, several for one file: the status bar counts the files.
    @Test func theStatusBarCountsUnreadableFilesNotProblems() {
        let problems = ["checkins/2026/2026-W47-zoe.md:6:3: `warmth`: unknown intimacy type (hint: …)",
                        "checkins/2026/2026-W47-zoe.md:7:3: `silliness`: unknown intimacy type (hint: …)"]
        let state = AppState(today: Fixtures.today, journal: Fixtures.journal(), folder: "/tmp/j", problems: problems)
        let bottom = state.render(size: Size(width: 80, height: 24)).lines.last ?? ""
        #expect(bottom.contains("1 file could not be read: hearth doctor"), "status bar: \(bottom)")
    }
}
