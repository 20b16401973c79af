import HearthDomain
import Testing
@testable import HearthStore

/// The edits the CLI and the UI make (rituals, marks, moments, love languages), applied in process.
@Suite("Journal editor", .scratchFolders)
struct JournalEditorTests {
    static let picnic = Ritual(id: "picnic", name: "Picnic", cadence: .weekly(on: .saturday))
    static let mark = RitualMark(ritual: "date-night", status: .kept)
    static let moment = Moment(date: CivilDate(year: 2026, month: 11, day: 18), from: "alex", to: "sam", language: .gifts,
                               text: "Brought tulips")

    @Test func aMarkMakesACheckInHoldingOnlyIt() throws {
        let store = try Fixtures.initializedStore()
        let path = try JournalEditor(store: store).apply(.markRitual(Self.mark, week: Fixtures.week, partner: "sam"), to: store.load())
        #expect(path == "checkins/2026/2026-W47-sam.md")
        let checkIn = try #require(store.load().journal?.checkIn(partner: "sam", week: Fixtures.week))
        #expect(checkIn.rituals == [Self.mark] && checkIn.ratings.isEmpty)
    }

    @Test func ritualsAreAddedOrReplacedByID() throws {
        let store = try Fixtures.initializedStore()
        let editor = JournalEditor(store: store)
        #expect(try editor.apply(.saveRitual(Self.picnic), to: store.load()) == "rituals.md")
        var paused = Fixtures.rituals[0]
        paused.status = .paused
        try editor.apply(.saveRitual(paused), to: store.load())
        #expect(store.load().journal?.rituals == [paused] + Fixtures.rituals.dropFirst() + [Self.picnic])
    }

    @Test func aMomentIsAppendedToThatWeeksFile() throws {
        let store = try Fixtures.initializedStore()
        let editor = JournalEditor(store: store)
        var second = Self.moment
        second.text = "Made soup"
        try editor.apply(.addMoment(Self.moment), to: store.load())
        #expect(try editor.apply(.addMoment(second), to: store.load()) == "moments/2026/2026-W47-alex.md")
        #expect(store.load().journal?.moments == [Self.moment, second])
    }

    @Test func loveLanguagesDropASecondThatRepeatsTheFirst() throws {
        let store = try Fixtures.initializedStore()
        try JournalEditor(store: store).apply(.setLoveLanguages(partner: "mi", primary: .time, secondary: .time), to: store.load())
        let misaki = try #require(store.load().journal?.profile.partner(id: "mi"))
        #expect(misaki.primaryLanguage == .time && misaki.secondaryLanguage == nil)
    }

    @Test func refusalsSayWhatAndWhatToDo() throws {
        let store = try Fixtures.initializedStore()
        let editor = JournalEditor(store: store)
        var undated = Self.moment
        undated.date = nil
        let failures: [(JournalEdit, String, String)] = [
            (.addMoment(undated), "needs a date", "--date"),
            (.setLoveLanguages(partner: "kim", primary: .words, secondary: nil), "'kim' is not a partner", ""),
        ]
        for (edit, message, hint) in failures {
            let failure = #expect(throws: EditFailure.self) { try editor.apply(edit, to: store.load()) }
            // An empty hint when none is expected (Foundation's `contains("")` is false).
            #expect(failure?.message.contains(message) == true && (hint.isEmpty ? failure?.hint.isEmpty : failure?.hint.contains(hint)) == true,
                    "\(edit)")
        }
        let empty = Store(root: Fixtures.temporaryFolder())
        let none = #expect(throws: EditFailure.self) { try JournalEditor(store: empty).apply(.saveRitual(Self.picnic), to: empty.load()) }
        #expect(none?.hint.contains("hearth init") == true)
    }

    @Test func aFileChangedSinceItWasReadIsNotOverwritten() throws {
        let store = try Fixtures.initializedStore()
        let editor = JournalEditor(store: store)
        let before = store.load()
        try editor.apply(.saveRitual(Self.picnic), to: before)
        var walk = Fixtures.rituals[1]
        walk.name = "Long Sunday walk"
        let failure = #expect(throws: EditFailure.self) { try editor.apply(.saveRitual(walk), to: before) }
        #expect(failure?.message.contains("changed on disk") == true)
        #expect(store.load().journal?.rituals.map(\.name) == Fixtures.rituals.map(\.name) + ["Picnic"])
    }

    @Test func anUnreadableFileIsLeftAlone() throws {
        let store = try Fixtures.initializedStore()
        try Fixtures.write("---\nrituals: [\n", to: "rituals.md", in: store)
        let failure = #expect(throws: EditFailure.self) {
            try JournalEditor(store: store).apply(.saveRitual(Self.picnic), to: store.load())
        }
        #expect(failure?.message.hasPrefix("rituals.md cannot be read") == true && failure?.hint.contains("hearth doctor") == true)
        #expect(try Fixtures.read("rituals.md", in: store) == "---\nrituals: [\n")
    }

    @Test("a fresh read holds what the edit changes and names, and no other week", arguments: [
        JournalEdit.markRitual(mark, week: Fixtures.week, partner: "alex"),
        .saveRitual(picnic),
        .addMoment(moment),
        .setLoveLanguages(partner: "sam", primary: .words, secondary: .touch),
    ])
    func freshReadIsEnoughForTheEdit(_ edit: JournalEdit) throws {
        let store = try Fixtures.initializedStore()
        try store.save(Fixtures.fullCheckIn, profile: Fixtures.profile, expected: nil)
        var earlier = Fixtures.fullCheckIn
        earlier.week = Fixtures.week.adding(weeks: -1)
        try store.save(earlier, profile: Fixtures.profile, expected: nil)
        try store.saveMoments([Self.moment], week: Fixtures.week, partner: "alex", profile: Fixtures.profile, expected: nil)
        let editor = JournalEditor(store: store)
        let fresh = editor.loadFresh(for: edit), full = store.load()
        let journal = try #require(fresh.journal)
        #expect(journal.checkIns.allSatisfy { $0.week == Fixtures.week } && journal.checkIns.count <= 1)
        #expect(edit.summary(in: journal) == edit.summary(in: try #require(full.journal)))
        // Applied to the fresh read, the edit leaves the files as it would have applied to the whole journal.
        try editor.apply(edit, to: fresh)
        let after = try #require(store.load().journal)
        let expected = try #require(full.journal)
        #expect(after.checkIns.count == expected.checkIns.count + (expected.checkIn(partner: "alex", week: Fixtures.week) == nil ? 1 : 0))
        if case .addMoment = edit { #expect(after.moments == [Self.moment, Self.moment]) }
        if case .markRitual = edit {
            #expect(after.checkIn(partner: "alex", week: Fixtures.week)?.rituals.first { $0.ritual == "date-night" } == Self.mark)
            #expect(after.checkIn(partner: "alex", week: Fixtures.week)?.appreciations == Fixtures.fullCheckIn.appreciations)
        }
    }
}
