import HearthDomain
@testable import HearthUI
import Testing

/// An encrypted journal once open: home says whose keys are unlocked, `u` asks another partner's passphrase
/// (Esc comes back, a wrong one says so), the check-in's reflection step says who can open it, and setup can
/// start the journal encrypted with a passphrase per partner typed twice into masked fields.
struct SealedJournalScreenTests {
    /// The fixture journal opened on the locked screen by `partners`.
    static func unlocked(_ partners: [String] = ["zoe"]) -> AppState {
        var state = AppState(today: Fixtures.today, locked: LockedJournal(partners: ["Zoë", "美咲"]), folder: "/home/z/hearth")
        _ = state.update(.resize(Size(width: 80, height: 24)))
        type(&state, "right")
        press(&state, .enter)
        state.apply(.unlocked(Fixtures.journal(), problems: [], partners: partners))
        return state
    }

    static func text(_ state: AppState) -> String { state.render(size: state.viewport).text }

    static func setup(encrypting: Bool = true) -> AppState {
        var state = ScreenTests.setupFilledIn()
        _ = state.update(.resize(Size(width: 80, height: 24)))
        if encrypting { press(&state, .tab, .tab, .right) }
        return state
    }

    static let states: [(String, @Sendable () -> AppState)] = [
        ("sealed-locked", { LockedJournalTests.locked() }),
        ("sealed-home-one-unlocked", { unlocked() }),
        ("sealed-home-both-unlocked", { unlocked(["misaki", "zoe"]) }),
        ("sealed-unlock-another", {
            var state = unlocked()
            press(&state, .character("u"))
            type(&state, "abc")
            return state
        }),
        ("sealed-setup", {
            var state = setup()
            press(&state, .tab)
            type(&state, "horse")
            return state
        }),
        ("sealed-setup-last-passphrase", {
            var state = setup()
            press(&state, .tab, .tab, .tab, .tab)
            type(&state, "桜")
            return state
        }),
    ]

    @Test(arguments: states.map(\.0), ScreenTests.sizes)
    func screen(_ name: String, _ size: Size) throws {
        let state = try #require(Self.states.first { $0.0 == name }?.1())
        try Golden.check(state.render(size: size), named: "\(name)-\(size)")
    }

    @Test func homeSaysWhoseKeyIsUnlockedAndHowToUnlockTheOther() {
        let state = Self.unlocked()
        #expect(state.screen == .home && state.seal == JournalSeal(unlocked: ["zoe"]))
        #expect(Self.text(state).contains("Encrypted · unlocked: Zoë · u unlocks 美咲 too"))
        let plain = Fixtures.state(Fixtures.journal())
        #expect(!plain.render(size: Size(width: 80, height: 24)).text.contains("Encrypted"))
    }

    @Test func uAsksTheOtherPartnersPassphraseAndEscComesBack() {
        var state = Self.unlocked()
        #expect(press(&state, .character("u")).isEmpty)
        var text = Self.text(state)
        #expect(text.contains("Unlock another partner") && text.contains("Type 美咲's passphrase to unlock that key too"))
        type(&state, "q?x")
        text = Self.text(state)
        #expect(text.contains("Passphrase  •••") && !text.contains("q?x"))
        #expect(press(&state, .escape).isEmpty, "Esc goes back, it does not quit")
        #expect(state.screen == .home)
        press(&state, .character("u"))
        #expect(!Self.text(state).contains("•"), "nothing typed before is kept")
    }

    @Test func aSecondUnlockComesBackHomeWithBothKeys() {
        var state = Self.unlocked()
        press(&state, .character("u"))
        type(&state, "wrong")
        #expect(press(&state, .enter) == [.unlock(Passphrase("wrong"))])
        state.apply(.failed("Wrong passphrase: it opens no key still locked (美咲); try again"))
        #expect(Self.text(state).contains("Wrong passphrase: it opens no key still locked (美咲); try again"))
        type(&state, "sakura")
        #expect(press(&state, .enter) == [.unlock(Passphrase("sakura"))])
        state.apply(.unlocked(Fixtures.journal(), problems: [], partners: ["misaki", "zoe"]))
        #expect(state.screen == .home)
        let text = Self.text(state)
        #expect(text.contains("Unlocked 美咲 too, until you quit."))
        #expect(text.contains("Encrypted · unlocked: Zoë and 美咲") && !text.contains("u unlocks"))
        press(&state, .character("u"))
        #expect(state.screen == .home && Self.text(state).contains("Every partner's key is unlocked already."))
    }

    @Test func unlockingOffersTheDraftsAndConflictsTheKeyCanRead() {
        var state = AppState(today: Fixtures.today, locked: LockedJournal(partners: ["Zoë", "美咲"]), folder: "/home/z/hearth")
        _ = state.update(.resize(Size(width: 80, height: 24)))
        type(&state, "right")
        press(&state, .enter)
        let draft = CheckInDraft(checkIn: CheckIn(week: Week(containing: Fixtures.today), partner: "zoe", intention: "Tea"), step: 2)
        let conflicts = JournalConflicts(copies: 1)
        state.apply(.unlocked(Fixtures.journal(), problems: [], partners: ["zoe"], drafts: [draft], conflicts: conflicts))
        #expect(state.drafts == [draft] && state.conflicts == conflicts)
        #expect(Self.text(state).contains("An unfinished check-in is waiting"), "\(Self.text(state))")
    }

    @Test func uOnAPlainJournalSaysThereIsNothingToUnlock() {
        var state = Fixtures.state(Fixtures.journal())
        press(&state, .character("u"))
        #expect(state.screen == .home)
        #expect(state.message?.text == "This journal is not encrypted: there is no key to unlock (see `hearth encrypt --help`).")
    }

    @Test func theReflectionStepOfAnEncryptedJournalSaysOnlyItsWriterCanOpenIt() {
        let size = Size(width: 80, height: 24)
        var state = ReflectionWordingTests.atReflection(size)
        state.seal = JournalSeal(unlocked: ["zoe"])
        let flat = state.render(size: size).text.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
            .joined(separator: " ")
        #expect(flat.contains("Encrypted to your key alone: your partner's passphrase does not open it."), "\(flat)")
        #expect(!flat.contains("saved unencrypted"))
    }

    @Test func setupOffersEncryptionAndTakesEachPassphraseTwiceMasked() {
        var state = Self.setup(encrypting: false)
        #expect(Self.text(state).contains("Encrypt               no"))
        state = Self.setup()
        var text = Self.text(state)
        #expect(text.contains("‹ yes, a passphrase each ›") && text.contains("Zoë's passphrase") && text.contains("美咲's passphrase"))
        // Enter moves on through the passphrases; an empty one is asked for.
        press(&state, .tab)
        type(&state, "horse")
        press(&state, .enter)
        type(&state, "horse")
        press(&state, .enter, .enter, .enter)
        #expect(Self.text(state).contains("Type a passphrase for 美咲."))
        type(&state, "桜")
        press(&state, .tab)
        type(&state, "桜!")
        #expect(press(&state, .enter).isEmpty)
        text = Self.text(state)
        #expect(text.contains("The two passphrases for 美咲 differ; type it twice again."))
        #expect(!text.contains("horse") && !text.contains("桜"))
        type(&state, "桜")
        press(&state, .tab)
        type(&state, "桜")
        let effects = press(&state, .enter)
        guard case .createSealedJournal(let journal, let passphrases)? = effects.first, effects.count == 1 else {
            Issue.record("expected one createSealedJournal, got \(effects)")
            return
        }
        #expect(journal.profile.partners.map(\.name) == ["Zoë", "美咲"])
        #expect(passphrases == [Passphrase("horse"), Passphrase("桜")])
        #expect(state.isWorking && Self.text(state).contains("Making a key for each of you…"))
        if case .setup(let form) = state.screen {
            #expect(form.passphrases.allSatisfy(\.isEmpty) && form.confirmations.allSatisfy(\.isEmpty), "sent, then dropped")
        }
        state.apply(.unlocked(journal, problems: [], partners: journal.profile.partners.map(\.id)))
        #expect(state.screen == .home && Self.text(state).contains("Encrypted · unlocked: Zoë and 美咲"))
    }

    @Test func setupWithoutEncryptionStillSavesFromTheLastLoveLanguage() {
        var state = Self.setup(encrypting: false)
        // Name 2 has the focus: Enter to its language, Enter saves.
        press(&state, .enter)
        let effects = press(&state, .enter)
        guard case .createJournal? = effects.first else {
            Issue.record("expected createJournal, got \(effects)")
            return
        }
    }

    @Test func escOrASignalOnSetupDropsThePassphrases() {
        for leaving in [Event.key(.escape), .terminate(signal: 15)] {
            var state = Self.setup()
            press(&state, .tab)
            type(&state, "horse")
            _ = state.update(leaving)
            if case .setup(let form) = state.screen { #expect(form.passphrases.allSatisfy { $0.isEmpty }, "\(leaving)") }
            #expect(!"\(state.screen)".contains("horse"))
        }
    }

    @Test func turningEncryptionOffDropsThePassphrasesAndNoneEverPrints() {
        var state = Self.setup()
        press(&state, .tab)
        type(&state, "s3cret-words")
        guard case .setup(let form) = state.screen else {
            Issue.record("not on setup")
            return
        }
        for shown in ["\(form)", String(reflecting: form), "\(state)"] { #expect(!shown.contains("s3cret"), "\(shown)") }
        press(&state, .backTab, .left)
        if case .setup(let off) = state.screen { #expect(!off.encrypt && off.passphrases.allSatisfy(\.isEmpty)) }
        #expect(!Self.text(state).contains("passphrase"))
    }
}
