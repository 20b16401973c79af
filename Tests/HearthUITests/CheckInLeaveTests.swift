import HearthDomain
import HearthUI
import Testing

/// Taking turns: leaving before the reveal would show the first partner's saved answers at home, so it asks first.
struct CheckInLeaveTests {
    static func screen(_ state: AppState) -> String { CheckInWizardTests.screen(state) }

    /// Both taking turns, Zoë's check-in saved with an Emotional 1; the handover screen is up.
    static func handover() throws -> AppState {
        var state = CheckInWizardTests.open(choice: 2)
        press(&state, .character("1"))
        for _ in 0..<10 { press(&state, .pageDown) }
        let saved = try #require(CheckInWizardTests.savedCheckIn(press(&state, .enter)))
        state.apply(.checkInSaved(saved, path: "/j/checkins/2026/2026-W47-zoe.md"))
        return state
    }

    @Test func ctrlXAtTheHandoverAsksBeforeGoingHome() throws {
        var state = try Self.handover()
        #expect(Self.screen(state).contains("Now it is 美咲's turn"))
        press(&state, .control("x"))
        var screen = Self.screen(state)
        #expect(screen.contains("Now it is 美咲's turn"), "still in the wizard")
        #expect(screen.contains("Leave now? Zoë's saved answers would show on the home screen before 美咲 has answered."))
        // Enter hands over as usual and the question goes away.
        press(&state, .enter)
        screen = Self.screen(state)
        #expect(screen.contains("Check-in · 美咲 · 2026-W47"))
        #expect(!screen.contains("Leave now?"))
        // During 美咲's turn, any other key stays; a second Ctrl-X leaves and keeps her draft.
        press(&state, .control("x"), .character("4"))
        screen = Self.screen(state)
        #expect(!screen.contains("Leave now?"))
        #expect(screen.contains("Emotional    4"))
        press(&state, .control("x"))
        #expect(Self.screen(state).contains("Leave now?"))
        press(&state, .control("x"))
        screen = Self.screen(state)
        #expect(screen.contains("Latest ratings"))
        #expect(screen.contains("kept as a draft"))
    }

    @Test func aPartnerAloneOrTheFirstInTurnLeavesAtOnce() {
        var alone = CheckInWizardTests.open(choice: 0)
        press(&alone, .control("x"))
        #expect(Self.screen(alone).contains("Latest ratings"))
        var first = CheckInWizardTests.open(choice: 2)
        press(&first, .escape)
        #expect(Self.screen(first).contains("Latest ratings"))
    }
}
