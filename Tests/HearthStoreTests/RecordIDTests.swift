import HearthDomain
import Testing
@testable import HearthStore

/// Every record a merge matches has a stable id in its file; files from before ids read with the same ids everywhere.
@Suite(.scratchFolders)
struct RecordIDTests {
    @Test func theStandardAgendaHasAUniqueNonEmptyIdForEveryStep() {
        let ids = Agenda.standard.steps.map(\.id)
        #expect(ids == AgendaStep.Kind.allCases.filter { $0 != .notes && $0 != .question }.map(\.rawValue))
        #expect(Set(ids).count == ids.count)
    }

    @Test func anAgendaWithoutIdsReadsWithIdsFromKindAndOrderAndWritesThemDown() throws {
        let store = try Fixtures.initializedStore()
        try Fixtures.write("""
            ---
            hearth: 1
            steps:
              - kind: notes
                title: "First notes"
                prompt: "Anything?"
              - kind: question
                id: notes-2
                title: "Taken"
                prompt: "An id a built-in step would have made"
              - kind: ratings
                title: "Closeness"
                prompt: "Rate each."
              - kind: notes
                title: "More notes"
                prompt: "Anything else?"
            ---

            """, to: "agenda.md", in: store)
        let loaded = store.load()
        let agenda = try #require(loaded.journal?.agenda)
        #expect(agenda.steps.map(\.id) == ["notes", "notes-2", "ratings", "notes-3"])
        try store.saveAgenda(agenda, expected: loaded.revision(ofPath: "agenda.md"))
        let text = try Fixtures.read("agenda.md", in: store)
        #expect(text.contains("  - kind: notes\n    id: notes-3\n    title: \"More notes\""))
        #expect(store.load().journal?.agenda == agenda)
    }

    @Test func twoStepsGivenOneIdAreRejected() throws {
        let store = try Fixtures.initializedStore()
        try Fixtures.write("---\nhearth: 1\nsteps:\n  - kind: notes\n    id: talk\n  - kind: intention\n    id: talk\n---\n",
                           to: "agenda.md", in: store)
        let problem = try #require(store.load().problems.first { $0.path == "agenda.md" })
        #expect(problem.message == "the step id `talk` is used twice (first on line 5)")
    }

    @Test func aMomentIdIsMadeFromWhatItSaysTheSameEverywhere() {
        let note = Moment(date: CivilDate(year: 2026, month: 11, day: 20), from: "misaki", to: "alex", language: .gifts,
                          text: "Left a note in his bag")
        // The value is fixed by the format (docs/store-format.md shows it): a different one would give old files new ids.
        #expect(note.id == "m-66bf0c4e")
        var edited = note
        edited.text = "Left two notes in his bag"
        edited.landed = "Found them at lunch"
        #expect(edited.id == note.id)
        #expect(Moment(from: "misaki", to: "alex", language: .gifts, text: "Left a note in his bag").id != note.id)
    }

    @Test func momentsWithoutIdsReadWithTheirDerivedIdsAndAreWrittenWithThem() throws {
        let store = try Fixtures.initializedStore()
        try Fixtures.write("""
            ---
            hearth: 1
            week: 2026-W47
            partner: mi
            moments:
              - date: 2026-11-18
                from: mi
                to: alex
                language: gifts
                text: "Flowers"
            ---

            """, to: "moments/2026/2026-W47-mi.md", in: store)
        let loaded = store.load()
        let moment = try #require(loaded.journal?.moments.first)
        #expect(moment == Moment(date: CivilDate(year: 2026, month: 11, day: 18), from: "mi", to: "alex", language: .gifts, text: "Flowers"))
        var edited = moment
        edited.text = "Flowers, and a card"
        try store.saveMoments([edited], week: Fixtures.week, partner: "mi", profile: Fixtures.profile,
                              expected: loaded.revision(ofPath: "moments/2026/2026-W47-mi.md"))
        #expect(try Fixtures.read("moments/2026/2026-W47-mi.md", in: store).contains("  - id: \(moment.id)\n    date: 2026-11-18\n"))
        #expect(store.load().journal?.moments == [edited])
    }

    @Test func theOnePassReaderReadsMomentIdsAndLeavesFilesWithoutThemToTheFullParser() throws {
        let moment = Moment(id: "m-12345678", date: CivilDate(year: 2026, month: 11, day: 18), from: "mi", to: "alex",
                            language: .gifts, text: "Flowers")
        let contents = MomentsFile.Contents(week: Fixtures.week, partner: "mi", moments: [moment], preserved: PreservedContent())
        let bytes = MomentsFile.encode(contents)
        #expect(bytes.withUnsafeBufferPointer { MomentsFile.decodeCanonical($0) }?.moments == [moment])
        let old = Array(String(decoding: bytes, as: UTF8.self).replacingOccurrences(of: "  - id: m-12345678\n    date", with: "  - date").utf8)
        #expect(old.withUnsafeBufferPointer { MomentsFile.decodeCanonical($0) } == nil)
        let full = try old.withUnsafeBufferPointer { try MomentsFile.decode(try Document($0)) }
        #expect(full.moments.map(\.id) == [Moment.derivedID(date: moment.date, from: "mi", to: "alex", language: .gifts, text: "Flowers")])
    }

    @Test func aDraftKeepsItsStepIdAndAnOldDraftWithAPositionStillLoads() throws {
        let store = try Fixtures.initializedStore()
        let draft = CheckInDraft(checkIn: Fixtures.fullCheckIn, step: 4, stepID: "how-we-are-doing", session: ["alex", "sam"])
        try store.saveDraft(draft)
        #expect(try Fixtures.read("drafts/2026-W47-alex.md", in: store).contains("draft_step: 4\ndraft_step_id: \"how-we-are-doing\"\n"))
        #expect(store.loadDrafts().drafts == [draft])
        try Fixtures.write("---\nhearth: 1\nweek: 2026-W47\npartner: sam\ndraft_step: 3\ndraft_session: [sam]\n---\n",
                           to: "drafts/2026-W47-sam.md", in: store)
        let old = try #require(store.loadDrafts().drafts.first { $0.checkIn.partner == "sam" })
        #expect(old.step == 3)
        #expect(old.stepID == nil)
        var agenda = Agenda.standard
        agenda.steps.swapAt(1, 3)
        #expect(old.page(in: agenda) == 3)
        #expect(draft.page(in: agenda) == 1)
    }
}
