import HearthDomain
import Testing
@testable import HearthStore

/// profile.md, agenda.md and a moments file changed on two machines.
@Suite(.scratchFolders)
struct JournalMergeSharedFilesTests {
    let profile = Fixtures.profile

    func merge(_ base: Profile, _ ours: Profile, _ theirs: Profile) -> JournalMergeResult {
        MergeFixtures.merge("profile.md", ProfileFile.encode(base), ProfileFile.encode(ours), ProfileFile.encode(theirs))
    }

    func profile(_ bytes: [UInt8]) throws -> Profile {
        var profile = try MergeFixtures.decode(bytes, ProfileFile.decode)
        profile.preserved.frontMatter.removeAll { $0.key == "conflicts" }
        return profile
    }

    @Test func bothPartnersSetTheirLoveLanguagesAtOnce() throws {
        var ours = profile, theirs = profile
        ours.partners[2].primaryLanguage = .gifts
        theirs.partners[1].secondaryLanguage = .words
        let result = merge(profile, ours, theirs)
        #expect(result.isClean)
        var expected = profile
        expected.partners[2].primaryLanguage = .gifts
        expected.partners[1].secondaryLanguage = .words
        #expect(try self.profile(result.merged) == expected)
    }

    @Test func onePartnersNameChangedTwoWaysIsAConflictOnThatFieldAlone() throws {
        var ours = profile, theirs = profile
        ours.partners[0].name = "Alexandra"
        theirs.partners[0].name = "Ali"
        theirs.partners[0].primaryLanguage = .touch
        let result = merge(profile, ours, theirs)
        #expect(result.conflicts == [JournalMergeConflict(path: "profile.md", record: "partner:alex", field: "name", kept: "Alexandra", other: "Ali")])
        let merged = try self.profile(result.merged)
        #expect(merged.partners[0].name == "Alexandra")
        #expect(merged.partners[0].primaryLanguage == .touch)
    }

    @Test func typesAddedOnBothSidesAreKeptAndTheSameTypeAddedTwiceIsOne() throws {
        var ours = profile, theirs = profile
        let play = IntimacyType(id: "play", name: "Play")
        ours.extraTypes += [play, IntimacyType(id: "money", name: "Money")]
        theirs.extraTypes += [play]
        let result = merge(profile, ours, theirs)
        #expect(result.isClean)
        #expect(try self.profile(result.merged).extraTypes.map(\.id) == ["sexual", "play", "money"])
    }

    @Test func theAgendaReorderedOnOneSideAndRetitledOnTheOtherGetsBoth() throws {
        let base = Agenda.standard
        var ours = base, theirs = base
        ours.steps[0].title = "Closeness"
        theirs.steps.swapAt(0, 1)
        theirs.steps.append(AgendaStep(kind: .question, title: "Money", prompt: "Money on your mind?", id: "money-talk"))
        let result = MergeFixtures.merge("agenda.md", AgendaFile.encode(base), AgendaFile.encode(ours), AgendaFile.encode(theirs))
        #expect(result.isClean)
        let merged = try MergeFixtures.decode(result.merged, AgendaFile.decode)
        #expect(merged.steps.map(\.id) == theirs.steps.map(\.id))
        #expect(merged.steps[1].title == "Closeness")
    }

    @Test func questionsAddedOnBothSidesAreKeptAndAStepTitledTwoWaysAsks() throws {
        let base = Agenda.standard
        var ours = base, theirs = base
        ours.steps.append(AgendaStep(kind: .question, title: "Money", prompt: "?", id: "money"))
        theirs.steps.insert(AgendaStep(kind: .question, title: "Sleep", prompt: "?", id: "sleep"), at: 0)
        ours.steps[1].title = "Our intention"
        theirs.steps[2].title = "Last week"
        let result = MergeFixtures.merge("agenda.md", AgendaFile.encode(base), AgendaFile.encode(ours), AgendaFile.encode(theirs))
        let merged = try MergeFixtures.decode(result.merged, AgendaFile.decode)
        #expect(merged.steps.first?.id == "sleep")
        #expect(merged.steps.last?.id == "money")
        #expect(result.conflicts.map { "\($0.record) \($0.field)" } == ["step:intention-review title"])
    }

    @Test func momentsLoggedOnBothLaptopsAreAllKeptAndTheSameMomentOnce() throws {
        let day = CivilDate(year: 2026, month: 11, day: 18)
        let flowers = Moment(date: day, from: "alex", to: "sam", language: .gifts, text: "Flowers")
        let tea = Moment(date: day, from: "alex", to: "sam", language: .service, text: "Tea")
        let note = Moment(date: day, from: "alex", to: "mi", language: .words, text: "A note")
        let path = "moments/2026/2026-W47-alex.md"
        let result = MergeFixtures.merge(path, MergeFixtures.moments([flowers]), MergeFixtures.moments([flowers, tea, note]),
                                         MergeFixtures.moments([note, flowers]))
        #expect(result.isClean)
        let merged = try MergeFixtures.decode(result.merged, MomentsFile.decode)
        #expect(merged.moments == [flowers, tea, note])
    }

    @Test func aMomentsLandedWordsAddedOnOneSideAndItsTextOnTheOtherBothLand() throws {
        let flowers = Moment(from: "alex", to: "sam", language: .gifts, text: "Flowers")
        var ours = flowers, theirs = flowers
        ours.landed = "Made my day"
        theirs.text = "Tulips"
        let path = "moments/2026/2026-W47-alex.md"
        let result = MergeFixtures.merge(path, MergeFixtures.moments([flowers]), MergeFixtures.moments([ours]), MergeFixtures.moments([theirs]))
        #expect(result.isClean)
        #expect(try MergeFixtures.decode(result.merged, MomentsFile.decode).moments.map { [$0.text, $0.landed] } == [["Tulips", "Made my day"]])
    }
}
