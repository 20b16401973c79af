import HearthDomain
@testable import HearthUI
import Testing

/// A sealed journal opens on a screen of its own: whose journal it is and a masked passphrase field. Enter
/// sends one unlock effect, the passphrase is gone from the state at once, and the result comes back as a
/// journal (home) or one line saying why not (try again).
struct LockedJournalTests {
    static func locked() -> AppState {
        var state = AppState(today: Fixtures.today, locked: LockedJournal(partners: ["Zoë", "美咲"]), folder: "/home/z/hearth")
        _ = state.update(.resize(Size(width: 60, height: 16)))
        return state
    }

    static func text(_ state: AppState) -> String { state.render(size: state.viewport).text }

    static func form(_ state: AppState) -> UnlockForm? {
        if case .locked(let form) = state.screen { form } else { nil }
    }

    @Test func aLockedJournalIsNotTheWelcomeScreen() {
        let state = Self.locked()
        let text = Self.text(state)
        #expect(text.contains("Hearth is locked"))
        #expect(text.contains("It belongs to Zoë and 美咲."))
        #expect(!text.contains("Welcome to Hearth") && !text.contains("Set up our journal"))
        #expect(state.journal == nil)
        #expect(text.contains("Enter unlock"))
    }

    @Test func thePassphraseShowsAsBulletsAndEveryKeyTypes() {
        var state = Self.locked()
        type(&state, "q? horse")
        let text = Self.text(state)
        #expect(text.contains("Passphrase  ••••••••"))
        #expect(!text.contains("horse") && !text.contains("q?"))
        #expect(!state.showingHelp)
        press(&state, .backspace)
        #expect(Self.text(state).contains("Passphrase  •••••••") && !Self.text(state).contains("••••••••"))
    }

    @Test func enterSendsOneUnlockAndKeepsNothingWhileItRuns() throws {
        var state = Self.locked()
        type(&state, "correct horse")
        #expect(press(&state, .enter) == [.unlock(Passphrase("correct horse"))])
        #expect(Self.form(state)?.holdsPassphrase == false)
        let first = Self.text(state)
        #expect(first.contains("⠋ Unlocking…"))
        // The spinner moves between frames; keys wait for the result.
        state.tick()
        #expect(Self.text(state).contains("⠙ Unlocking…"))
        #expect(press(&state, .character("x"), .enter).isEmpty)
        #expect(Self.form(state)?.holdsPassphrase == false)
    }

    @Test func aFailedUnlockSaysWhyInOneLineAndTakesAnotherTry() throws {
        var state = Self.locked()
        type(&state, "wrong")
        press(&state, .enter)
        state.apply(.failed("That passphrase does not open this journal; try again."))
        #expect(!state.isWorking)
        let text = Self.text(state)
        #expect(text.contains("That passphrase does not open this journal; try again."))
        #expect(!text.contains("Unlocking") && !text.contains("•"))
        type(&state, "right")
        #expect(press(&state, .enter) == [.unlock(Passphrase("right"))])
    }

    @Test func aSuccessfulUnlockOpensTheJournalAtHome() throws {
        var state = Self.locked()
        type(&state, "right")
        press(&state, .enter)
        state.apply(.opened(Fixtures.journal(), problems: [], location: nil))
        #expect(state.screen == .home && state.journal != nil && !state.isWorking)
        #expect(!Self.text(state).contains("Hearth is locked"))
    }

    @Test func quittingForgetsWhatWasTyped() {
        var state = Self.locked()
        type(&state, "secret")
        #expect(press(&state, .escape) == [.quit(status: 0)])
        #expect(Self.form(state)?.holdsPassphrase == false)
        var signalled = Self.locked()
        type(&signalled, "secret")
        #expect(signalled.update(.terminate(signal: 2)) == [.quit(status: 130)])
        #expect(Self.form(signalled)?.holdsPassphrase == false)
    }

    @Test func enterWithNothingTypedAsksForThePassphrase() {
        var state = Self.locked()
        #expect(press(&state, .enter).isEmpty)
        #expect(Self.text(state).contains("Type the passphrase first"))
    }

    @Test func aPastedPassphraseLosesItsLineBreak() {
        var state = Self.locked()
        press(&state, .paste("s3cret\n"))
        #expect(press(&state, .enter) == [.unlock(Passphrase("s3cret"))])
    }

    @Test func aPassphraseNeverPrints() {
        let secret = Passphrase("s3cret-words")
        for shown in ["\(secret)", String(reflecting: secret), "\(Effect.unlock(secret))", String(reflecting: Effect.unlock(secret))] {
            #expect(!shown.contains("s3cret"), "\(shown)")
        }
    }
}
