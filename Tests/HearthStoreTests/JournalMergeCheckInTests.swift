import HearthDomain
import Testing
@testable import HearthStore

/// One check-in file changed on two machines (a partner checking in on both, or a ritual marked for them).
@Suite(.scratchFolders)
struct JournalMergeCheckInTests {
    let path = "checkins/2026/2026-W47-alex.md"
    let base = CheckIn(week: Fixtures.week, partner: "alex", ratings: ["emotional": .score(3), "physical": .score(4)],
                       appreciations: ["Coffee"], howWeAreDoing: "Fine", rituals: [RitualMark(ritual: "date-night", status: .kept)],
                       intention: "Walk", notes: "")

    func merge(_ ours: CheckIn, _ theirs: CheckIn) -> JournalMergeResult {
        MergeFixtures.merge(path, CheckInFile.encode(base), CheckInFile.encode(ours), CheckInFile.encode(theirs))
    }

    @Test func ratingsAndSectionsChangedOnDifferentSidesAllLand() throws {
        var ours = base, theirs = base
        ours.ratings["emotional"] = .score(5)
        ours.howWeAreDoing = "Closer"
        theirs.ratings["physical"] = .skipped
        theirs.ratings["intellectual"] = .score(2)
        theirs.notes = "Long week"
        let result = merge(ours, theirs)
        #expect(result.isClean)
        var expected = base
        expected.ratings = ["emotional": .score(5), "physical": .skipped, "intellectual": .score(2)]
        expected.howWeAreDoing = "Closer"
        expected.notes = "Long week"
        #expect(try MergeFixtures.checkIn(result.merged) == expected)
    }

    @Test func oneSectionWrittenTwoWaysKeepsBothTextsAndStillReads() throws {
        var ours = base, theirs = base
        ours.intention = "Walk on Sunday"
        theirs.intention = "Cook on Thursday\nand wash up together"
        let result = merge(ours, theirs)
        #expect(result.conflicts == [JournalMergeConflict(path: path, record: "check-in", field: "Intention",
                                                          kept: "Walk on Sunday", other: "Cook on Thursday\nand wash up together")])
        #expect(try MergeFixtures.checkIn(result.merged).intention == "Walk on Sunday")
        #expect(try Store.parseCheckIn(result.merged, path: path).intention == "Walk on Sunday")
        let problems = try MergeFixtures.doctor(result.merged, path: path)
        #expect(problems.map(\.description) == [
            "\(path):12:5: unresolved merge conflict: check-in Intention is \"Walk on Sunday\" here, \"Cook on Thursday ...\" on the other machine "
                + "(hint: keep one value: `m` on the home screen, or `hearth resolve --keep kept|other \(path):12`)",
        ])
        let other = try JournalMerge.resolve(try #require(result.conflicts.first), keeping: .other, in: result.merged, relativePath: path)
        #expect(try MergeFixtures.checkIn(other) == theirs)
        #expect(other == CheckInFile.encode(theirs))
    }

    @Test func theStoreFindsAConflictLeftInACheckInAndTheCheckInStillLoads() throws {
        var ours = base, theirs = base
        ours.ratings["emotional"] = .score(5)
        theirs.ratings["emotional"] = .score(1)
        let store = try Fixtures.initializedStore()
        var earlier = base
        earlier.week = Fixtures.week.previous
        try Fixtures.write(CheckInFile.encode(earlier), to: "checkins/2026/2026-W46-alex.md", in: store)
        #expect(store.mergeConflictProblems().isEmpty)
        try Fixtures.write(merge(ours, theirs).merged, to: path, in: store)
        #expect(store.mergeConflictProblems().map(\.description) == [
            "\(path):12:5: unresolved merge conflict: check-in ratings.emotional is \"5\" here, \"1\" on the other machine "
                + "(hint: keep one value: `m` on the home screen, or `hearth resolve --keep kept|other \(path):12`)",
        ])
        let loaded = store.load()
        #expect(loaded.problems.isEmpty)
        #expect(loaded.journal?.checkIn(partner: "alex", week: Fixtures.week)?.ratings["emotional"] == .score(5))
    }

    @Test func aRatingChangedTwoWaysAndOneRemovedAgainstAChangeAreConflicts() throws {
        var ours = base, theirs = base
        ours.ratings["emotional"] = .score(5)
        theirs.ratings["emotional"] = .score(1)
        ours.ratings["physical"] = nil
        theirs.ratings["physical"] = .score(2)
        let result = merge(ours, theirs)
        #expect(result.conflicts.map { [$0.field, $0.kept ?? "~", $0.other ?? "~"] } == [
            ["ratings.emotional", "5", "1"], ["ratings.physical", "2", "~"],
        ])
        // The change beats the removal: the value stays in place.
        #expect(try MergeFixtures.checkIn(result.merged).ratings == ["emotional": .score(5), "physical": .score(2)])
    }

    @Test func appreciationsAndSignsAddedOnBothSidesAreAllKeptAndARemovalHolds() throws {
        var ours = base, theirs = base
        ours.appreciations = ["Coffee", "The letter"]
        ours.warningSigns = [.lessAffection]
        theirs.appreciations = ["Dinner"]
        theirs.warningSigns = [.lessAffection, .aloneTogether]
        let result = merge(ours, theirs)
        #expect(result.isClean)
        let merged = try MergeFixtures.checkIn(result.merged)
        #expect(merged.appreciations == ["Dinner", "The letter"])
        #expect(merged.warningSigns == [.lessAffection, .aloneTogether])
    }

    @Test func aRitualMarkedForThisPartnerElsewhereMergesWithTheirOwnAnswers() throws {
        var ours = base, theirs = base
        ours.howWeAreDoing = "Tired but close"
        theirs.rituals.append(RitualMark(ritual: "sunday-walk", status: .skipped, reason: "Rain"))
        theirs.rituals[0].status = .skipped
        let result = merge(ours, theirs)
        #expect(result.isClean)
        let merged = try MergeFixtures.checkIn(result.merged)
        #expect(merged.howWeAreDoing == "Tired but close")
        #expect(merged.rituals == [RitualMark(ritual: "date-night", status: .skipped), RitualMark(ritual: "sunday-walk", status: .skipped, reason: "Rain")])
    }

    @Test func momentsAreMatchedByIdSoAnEditAndAnAdditionBothLand() throws {
        let walk = Moment(from: "alex", to: "sam", language: .time, text: "A walk")
        var base = self.base
        base.moments = [walk]
        var ours = base, theirs = base
        ours.moments[0].text = "A long walk"
        theirs.moments.append(Moment(from: "sam", to: "alex", language: .words, text: "A note"))
        let result = MergeFixtures.merge(path, CheckInFile.encode(base), CheckInFile.encode(ours), CheckInFile.encode(theirs))
        #expect(result.isClean)
        #expect(try MergeFixtures.checkIn(result.merged).moments.map(\.text) == ["A long walk", "A note"])
    }

    @Test func aSideThatDoesNotParseIsNotGuessedAtAndBothAreKept() throws {
        var ours = base
        ours.notes = "Ours"
        let broken = Array("---\nhearth: 1\nweek: 2026-W47\npartner: alex\nratings:\n  emotional: nine\n---\n".utf8)
        let result = MergeFixtures.merge(path, CheckInFile.encode(base), CheckInFile.encode(ours), broken)
        #expect(result.merged == CheckInFile.encode(ours))
        #expect(result.unmerged?.theirs == broken)
        #expect(result.unmerged?.reason.hasPrefix("their version does not read (\(path):6:14: a rating is a number from 1 to 5") == true)
        let swapped = MergeFixtures.merge(path, CheckInFile.encode(base), broken, CheckInFile.encode(ours))
        #expect(swapped.merged == broken)
        #expect(swapped.unmerged?.reason.hasPrefix("our version does not read") == true)
    }

    @Test func oneSidedOrIdenticalChangesReturnThatSideByteForByte() {
        var ours = base
        ours.notes = "Changed"
        let bytes = CheckInFile.encode(ours)
        let handWritten = Array((String(decoding: bytes, as: UTF8.self) + "\n# a hand-written comment line\n").utf8)
        #expect(MergeFixtures.merge(path, CheckInFile.encode(base), handWritten, CheckInFile.encode(base)).merged == handWritten)
        #expect(MergeFixtures.merge(path, CheckInFile.encode(base), CheckInFile.encode(base), handWritten).merged == handWritten)
        #expect(MergeFixtures.merge(path, CheckInFile.encode(base), handWritten, handWritten).merged == handWritten)
    }

    @Test func filesHearthDoesNotMergeAreHandedBackUntouched() {
        for other in ["drafts/2026-W47-alex.md", ".hearth.lock", "checkins/2026/2026-W47-alex.sync-conflict-20261120-1234.md", "notes.txt"] {
            #expect(!JournalMerge.mergesByMeaning(relativePath: other))
            let result = MergeFixtures.merge(other, [1], [2], [3])
            #expect(result.merged == [2])
            #expect(result.unmerged == JournalUnmerged(reason: "\(other) is not a file Hearth merges by meaning", theirs: [3]))
        }
    }

    @Test func theJournalsOwnFilesAreMergedByMeaning() {
        for path in ["profile.md", "agenda.md", "rituals.md", path, "moments/2026/2026-W47-alex.md"] {
            #expect(JournalMerge.mergesByMeaning(relativePath: path))
        }
    }

    @Test func aCheckInAddedOnBothMachinesMergesFieldByFieldWithNoBase() throws {
        var ours = base, theirs = base
        ours.notes = "Ours"
        theirs.lessOf = "Phones"
        let result = MergeFixtures.merge(path, nil, CheckInFile.encode(ours), CheckInFile.encode(theirs))
        #expect(result.conflicts.map(\.field) == ["Notes", "Less of"].sorted())
        // With no base, the two sides' values for each field are all that is known: both kept, ours in place.
        #expect(try MergeFixtures.checkIn(result.merged).notes == "Ours")
    }
}
