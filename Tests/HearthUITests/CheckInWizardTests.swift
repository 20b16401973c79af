import HearthDomain
import HearthUI
import Testing

/// The check-in wizard walked by keystroke script, the way a couple would type it.
struct CheckInWizardTests {
    static let size = Size(width: 100, height: 40)

    static func screen(_ state: AppState, _ size: Size = size) -> String { state.render(size: size).text }

    /// The draft written by the last answer among `effects`.
    static func lastDraft(_ effects: [Effect]) -> CheckInDraft? {
        effects.reversed().lazy.compactMap { if case .saveDraft(let draft) = $0 { draft } else { nil } }.first
    }

    static func savedCheckIn(_ effects: [Effect]) -> CheckIn? {
        effects.lazy.compactMap { if case .saveCheckIn(let checkIn) = $0 { checkIn } else { nil } }.first
    }

    /// Home, `c`, then a choice on the who screen (0 Zoë, 1 美咲, 2 both).
    static func open(choice: Int) -> AppState {
        var state = Fixtures.state(Fixtures.journal())
        press(&state, .character("c"))
        for _ in 0..<choice { press(&state, .down) }
        press(&state, .enter)
        return state
    }

    @Test func homeOffersCAndTheWizardAsksWhoFirst() {
        var state = Fixtures.state(Fixtures.journal())
        #expect(Self.screen(state).contains("c check in"))
        press(&state, .character("c"))
        let who = Self.screen(state)
        #expect(who.contains("Who is checking in?"))
        #expect(who.contains("2026-W47 · 16–22 Nov 2026 (this week"))
        #expect(who.contains("› Zoë alone"))
        #expect(who.contains("Zoë and 美咲, taking turns"))
        press(&state, .left)
        #expect(Self.screen(state).contains("2026-W46"))
        #expect(Self.screen(state).contains("Zoë alone (checked in: opens for editing)"))
        press(&state, .right, .right)
        // Not past this week.
        #expect(Self.screen(state).contains("2026-W47"))
        press(&state, .escape)
        #expect(Self.screen(state).contains("Latest ratings"))
    }

    @Test func onePartnerWalksTheWholeAgendaGoesBackEditsAndSaves() throws {
        var state = Self.open(choice: 0)
        var screen = Self.screen(state)
        #expect(screen.contains("Check-in · Zoë · 2026-W47"))
        #expect(screen.contains("1 of 10"))
        #expect(screen.contains("How close did we feel?"))
        #expect(screen.contains("1 guarded, unheard · 2 a little shut off · 3 some sharing · 4 open with each other · 5 fully seen"))
        var effects = press(&state, .character("4"), .character("3"), .character("5"), .character("s"), .character("2"))
        // Every answer is kept as a draft at once.
        #expect(effects.filter { if case .saveDraft = $0 { true } else { false } }.count == 5)
        let afterThird = try #require(Self.lastDraft(Array(effects.prefix(3))))
        #expect(afterThird.checkIn.ratings == ["emotional": .score(4), "physical": .score(3), "intellectual": .score(5)])
        screen = Self.screen(state)
        #expect(screen.contains("Emotional    4  open with each other"))
        #expect(screen.contains("Spiritual    skipped this week"))
        #expect(screen.contains("Experiential 2  little together"))

        press(&state, .tab)
        screen = Self.screen(state)
        #expect(screen.contains("2 of 10"))
        #expect(screen.contains("Zoë: Plan the Sunday walk together"))
        #expect(screen.contains("美咲: 毎晩スマホなしで話す"))
        press(&state, .down, .down)
        #expect(Self.screen(state).contains("(•) Partly"))

        press(&state, .tab)
        type(&state, "Tea in bed ☕️")
        press(&state, .enter)
        type(&state, "You listened 👩🏽‍💻")
        #expect(Self.screen(state).contains("You listened 👩🏽‍💻"))
        press(&state, .tab)
        type(&state, "Closer")
        press(&state, .tab)
        type(&state, "Walks")
        press(&state, .tab)
        type(&state, "Phones")
        press(&state, .tab)
        #expect(Self.screen(state).contains("5 of 10"))
        press(&state, .down, .character(" "))
        #expect(Self.screen(state).contains("[x] Less affection or touch than usual"))
        press(&state, .tab)
        press(&state, .character(" "), .down, .character(" "), .character(" "))
        screen = Self.screen(state)
        #expect(screen.contains("[kept]    Date night"))
        #expect(screen.contains("[skipped] Long walk"))
        #expect(!screen.contains("Letters"), "a paused ritual is not asked about")
        press(&state, .tab)
        #expect(Self.screen(state).contains("Why was Long walk skipped? (optional)"))
        type(&state, "Rain all week")
        press(&state, .tab)
        type(&state, "1h40")
        #expect(Self.screen(state).contains("Device-free time together this week: = 100 minutes"))
        press(&state, .tab)
        #expect(Self.screen(state).contains("7 of 10"))
        // The moments page opens on the text; ↑ reaches the language above it, ↓ comes back.
        press(&state, .up, .right, .down)
        type(&state, "Fixed the bike")
        press(&state, .tab, .tab)
        type(&state, "Made tea")
        press(&state, .tab)
        type(&state, "Cook on Thursday")
        press(&state, .tab)
        type(&state, "I was open.")
        press(&state, .tab)
        screen = Self.screen(state)
        #expect(screen.contains("10 of 10"))
        #expect(screen.contains("Review before saving"))
        #expect(screen.contains("Cook on Thursday"))

        // Back two steps, change the intention, forward again: every answer stays editable until saved.
        press(&state, .escape, .escape)
        #expect(Self.screen(state).contains("8 of 10"))
        press(&state, .control("u"))
        type(&state, "Cook together on Thursday")
        press(&state, .pageDown, .pageDown)
        #expect(Self.screen(state).contains("Cook together on Thursday"))
        effects = press(&state, .enter)
        let saved = try #require(Self.savedCheckIn(effects))
        #expect(saved == CheckIn(
            week: Fixtures.thisWeek, partner: "zoe",
            ratings: ["emotional": .score(4), "physical": .score(3), "intellectual": .score(5), "spiritual": .skipped,
                      "experiential": .score(2)],
            appreciations: ["Tea in bed ☕️", "You listened 👩🏽‍💻"], howWeAreDoing: "Closer", moreOf: "Walks", lessOf: "Phones",
            warningSigns: [.lessAffection],
            rituals: [RitualMark(ritual: "date-night", status: .kept), RitualMark(ritual: "long-walk", status: .skipped, reason: "Rain all week")],
            deviceFreeMinutes: 100,
            moments: [Moment(from: "zoe", to: "misaki", language: .service, text: "Fixed the bike"),
                      Moment(from: "misaki", to: "zoe", language: .words, text: "Made tea")],
            lastIntentionReview: .partly, intention: "Cook together on Thursday", reflection: "I was open."))

        state.apply(.checkInSaved(saved, path: "/j/checkins/2026/2026-W47-zoe.md"))
        screen = Self.screen(state)
        #expect(screen.contains("Saved Zoë's check-in for 2026-W47."))
        #expect(screen.contains("/j/checkins/2026/2026-W47-zoe.md"))
        press(&state, .enter)
        screen = Self.screen(state)
        #expect(screen.contains("✓ Zoë has checked in"))
    }

    /// Two partners at one keyboard: each one's answers stay hidden from the other until both have saved.
    @Test func twoPartnersTakeTurnsHiddenThenRevealedSideBySide() throws {
        var state = Self.open(choice: 2)
        press(&state, .character("4"), .character("4"), .character("2"), .character("3"), .character("5"))
        press(&state, .tab, .tab)
        type(&state, "Zoë's secret thanks")
        press(&state, .pageDown, .pageDown, .pageDown, .pageDown, .pageDown, .pageDown, .pageDown)
        #expect(Self.screen(state).contains("Review before saving"))
        let zoe = try #require(Self.savedCheckIn(press(&state, .enter)))
        state.apply(.checkInSaved(zoe, path: "/j/checkins/2026/2026-W47-zoe.md"))
        var screen = Self.screen(state)
        #expect(screen.contains("Zoë's check-in is saved."))
        #expect(screen.contains("Now it is 美咲's turn."))
        #expect(!screen.contains("secret"))

        press(&state, .enter)
        screen = Self.screen(state)
        #expect(screen.contains("Check-in · 美咲 · 2026-W47"))
        #expect(screen.contains("Emotional    –"), "美咲 starts with nothing of Zoë's")
        press(&state, .character("2"), .character("4"), .character("2"), .character("3"))
        // Back to fix a rating: Shift-Tab from the next step returns to the list.
        press(&state, .tab, .backTab, .down, .character("5"))
        press(&state, .tab, .tab)
        type(&state, "Zoë cooked for me")
        for _ in 0..<7 {
            #expect(!Self.screen(state).contains("secret"))
            press(&state, .pageDown)
        }
        let misaki = try #require(Self.savedCheckIn(press(&state, .enter)))
        #expect(misaki.ratings == ["emotional": .score(2), "physical": .score(5), "intellectual": .score(2), "spiritual": .score(3)])
        state.apply(.checkInSaved(misaki, path: "/j/checkins/2026/2026-W47-misaki.md"))
        screen = Self.screen(state)
        #expect(screen.contains("Side by side · 2026-W47"))
        let lines = screen.split(separator: "\n").map(String.init)
        #expect(lines.contains { $0.contains("Emotional") && $0.contains("4") && $0.contains("2") && $0.contains("◆ 2 apart") })
        #expect(lines.contains { $0.contains("Physical") && $0.contains("≠ 1 apart") })
        #expect(lines.contains { $0.contains("Intellectual") && $0.contains("= same") })
        #expect(lines.contains { $0.contains("Experiential") && $0.contains("5") && $0.contains("–") })
        #expect(screen.contains("Zoë to 美咲:"))
        #expect(screen.contains("- Zoë's secret thanks"))
        #expect(screen.contains("美咲 to Zoë:"))
        #expect(screen.contains("- Zoë cooked for me"))
        press(&state, .enter)
        #expect(Self.screen(state).contains("✓ 美咲 has checked in"))
    }

    @Test func aSavedWeekReopensForEditingWithItsAnswers() throws {
        var state = Fixtures.state(Fixtures.journal())
        press(&state, .character("c"), .left, .enter)
        let screen = Self.screen(state)
        #expect(screen.contains("Check-in · Zoë · 2026-W46"))
        #expect(screen.contains("Emotional    4  open with each other"))
        press(&state, .character("1"))
        for _ in 0..<9 { press(&state, .pageDown) }
        let saved = try #require(Self.savedCheckIn(press(&state, .enter)))
        #expect(saved.ratings["emotional"] == .score(1))
        #expect(saved.intention == "Plan the Sunday walk together")
    }

    @Test func ctrlEHandsTheAnswerToTheEditorAndTakesItBack() {
        var state = Self.open(choice: 0)
        press(&state, .tab, .tab)
        type(&state, "draft")
        let effects = press(&state, .control("e"))
        #expect(effects.last == .editInEditor("draft"))
        // What comes back is drafted at once, not when the couple moves on.
        let drafted = state.apply(.editorReturned("Written in vim,\nwith a second line\n"))
        #expect(Self.lastDraft(drafted)?.checkIn.appreciations == ["Written in vim,", "with a second line"])
        let screen = Self.screen(state)
        #expect(screen.contains("Written in vim,"))
        #expect(screen.contains("with a second line"))
        // A one-line answer written over two lines in the editor keeps its words apart.
        press(&state, .tab, .tab, .control("e"))
        #expect(Self.screen(state).contains("More of"))
        state.apply(.editorReturned("Walks\nafter dinner\n"))
        #expect(Self.screen(state).contains("Walks after dinner"))
        state.apply(.failed("the editor (false) exited with status 1; the answer is unchanged"))
        #expect(Self.screen(state).contains("the answer is unchanged"))
    }

    @Test func aCoupleCanAddTheirOwnQuestionAndDropSteps() throws {
        var journal = Fixtures.journal()
        journal.agenda = Agenda(steps: [
            AgendaStep(kind: .question, title: "Money", prompt: "Anything about money on your mind?", id: "money-talk"),
            AgendaStep(kind: .ratings, title: "Closeness", prompt: "Rate each."),
        ])
        var state = Fixtures.state(journal)
        press(&state, .character("c"), .enter)
        var screen = Self.screen(state)
        #expect(screen.contains("1 of 3"))
        #expect(screen.contains("Anything about money on your mind?"))
        type(&state, "Budget for the trip")
        press(&state, .tab)
        screen = Self.screen(state)
        #expect(screen.contains("Closeness"))
        press(&state, .tab)
        let saved = try #require(Self.savedCheckIn(press(&state, .enter)))
        #expect(saved.answers == ["money-talk": "Budget for the trip"])
    }

    @Test func helpOnEveryWizardScreenListsItsKeys() {
        var state = Self.open(choice: 0)
        for page in 0..<10 {
            let keymap = state.screenKeymap
            press(&state, .function(1))
            let text = Self.screen(state, Size(width: 100, height: 50))
            #expect(text.contains("Keys: \(keymap.title)"), "page \(page)")
            for binding in keymap.bindings { #expect(text.contains(binding.summary), "page \(page): \(binding.summary)") }
            press(&state, .escape)
            press(&state, .pageDown)
        }
    }

    @Test func everyWizardScreenFitsSmallTerminals() {
        for size in [Size(width: 20, height: 5), Size(width: 40, height: 12), Size(width: 200, height: 60)] {
            var state = Self.open(choice: 2)
            for _ in 0..<11 {
                let buffer = state.render(size: size)
                for line in buffer.lines { #expect(line.terminalWidth <= size.width) }
                press(&state, .pageDown)
            }
        }
    }

    @Test func onASmallTerminalTheFocusedAnswerStaysInView() {
        var state = Self.open(choice: 0)
        press(&state, .pageDown, .pageDown, .pageDown, .tab, .tab)
        type(&state, "Phones")
        let buffer = state.render(size: Size(width: 40, height: 12))
        #expect(buffer.text.contains("Less of"))
        #expect(buffer.text.contains("Phones"))
        #expect(buffer.cursor != nil)
    }

    @Test func spaceStepsThroughTheIntentionReviewAndTheRatingsHintSaysRate() {
        var state = Self.open(choice: 0)
        #expect(Self.screen(state).contains("1 rate"))
        press(&state, .tab, .character(" "))
        #expect(Self.screen(state).contains("(•) We did it"))
        press(&state, .character(" "), .character(" "), .character(" "))
        #expect(Self.screen(state).contains("(•) Not answered"))
    }
}
