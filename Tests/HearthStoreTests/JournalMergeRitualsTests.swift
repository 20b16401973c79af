import HearthDomain
import Testing
@testable import HearthStore

/// rituals.md edited on two laptops, merged ritual by ritual and field by field.
@Suite(.scratchFolders)
struct JournalMergeRitualsTests {
    static let path = "rituals.md"

    static func file(_ rituals: [Ritual]) -> [UInt8] {
        RitualsFile.encode(RitualsFile.Contents(rituals: rituals, preserved: PreservedContent()))
    }

    static func rituals(_ bytes: [UInt8]) throws -> [Ritual] {
        try bytes.withUnsafeBufferPointer { try RitualsFile.decode(try Document($0)).rituals }
    }

    static let walk = Ritual(id: "sunday-walk", name: "Sunday walk", cadence: .weekly(on: .sunday), feeds: ["emotional"])
    static let dates = Ritual(id: "date-night", name: "Date night", cadence: .weekly(on: .friday))

    func merge(_ base: [Ritual], _ ours: [Ritual], _ theirs: [Ritual]) -> JournalMergeResult {
        JournalMerge.merge(relativePath: Self.path, base: Self.file(base), ours: Self.file(ours), theirs: Self.file(theirs))
    }

    @Test func differentRitualsEditedOnEachSideBothLand() throws {
        var ours = [Self.walk, Self.dates], theirs = ours
        ours[0].name = "Long Sunday walk"
        theirs[1].cadence = .weekly(on: .saturday)
        let result = merge([Self.walk, Self.dates], ours, theirs)
        #expect(result.isClean)
        let merged = try Self.rituals(result.merged)
        #expect(merged.map(\.name) == ["Long Sunday walk", "Date night"])
        #expect(merged[1].cadence == .weekly(on: .saturday))
    }

    @Test func differentFieldsOfOneRitualBothLand() throws {
        var ours = [Self.walk], theirs = ours
        ours[0].name = "Long Sunday walk"
        theirs[0].status = .paused
        let result = merge([Self.walk], ours, theirs)
        #expect(result.isClean)
        #expect(try Self.rituals(result.merged) == [Ritual(id: "sunday-walk", name: "Long Sunday walk", cadence: .weekly(on: .sunday),
                                                            feeds: ["emotional"], status: .paused)])
    }

    @Test func theSameFieldChangedTwoWaysKeepsBothValuesInTheFile() throws {
        var ours = [Self.walk], theirs = ours
        ours[0].cadence = .weekly(on: .saturday)
        theirs[0].cadence = .daily
        let result = merge([Self.walk], ours, theirs)
        #expect(result.conflicts == [JournalMergeConflict(path: Self.path, record: "ritual:sunday-walk", field: "cadence",
                                                          kept: "weekly saturday", other: "daily")])
        #expect(try Self.rituals(result.merged).first?.cadence == .weekly(on: .saturday))
        #expect(try JournalMerge.conflicts(in: result.merged, relativePath: Self.path) == result.conflicts)
        #expect(String(decoding: result.merged, as: UTF8.self).contains("""
            conflicts:
              - record: "ritual:sunday-walk"
                field: "cadence"
                kept: "weekly saturday"
                other: "daily"
            """))
        #expect(!String(decoding: result.merged, as: UTF8.self).contains("<<<<<<<"))
    }

    @Test func pickingTheOtherValuePutsItInPlaceAndRemovesTheEntry() throws {
        var ours = [Self.walk], theirs = ours
        ours[0].cadence = .weekly(on: .saturday)
        theirs[0].cadence = .daily
        let result = merge([Self.walk], ours, theirs)
        let conflict = try #require(result.conflicts.first)
        let other = try JournalMerge.resolve(conflict, keeping: .other, in: result.merged, relativePath: Self.path)
        #expect(try Self.rituals(other) == [theirs[0]])
        #expect(try JournalMerge.conflicts(in: other, relativePath: Self.path).isEmpty)
        let kept = try JournalMerge.resolve(conflict, keeping: .kept, in: result.merged, relativePath: Self.path)
        #expect(kept == Self.file(ours))
        #expect(throws: JournalMergeError.self) {
            try JournalMerge.resolve(conflict, keeping: .kept, in: kept, relativePath: Self.path)
        }
    }
}

/// The ritual id policy and the other ways two laptops change rituals.md.
@Suite(.scratchFolders)
struct JournalMergeRitualIDTests {
    let path = "rituals.md"
    let walk = JournalMergeRitualsTests.walk

    @Test func dateNightAddedOnBothLaptopsIsOneRitual() throws {
        let name = "Date night"
        let ours = [walk, Ritual(id: Ritual.makeID(from: name, taken: [walk.id]), name: name, cadence: .weekly(on: .friday))]
        let theirs = [walk, Ritual(id: Ritual.makeID(from: name, taken: [walk.id]), name: name, cadence: .weekly(on: .friday))]
        let result = MergeFixtures.merge(path, MergeFixtures.rituals([walk]), MergeFixtures.rituals(ours), MergeFixtures.rituals(theirs))
        #expect(result.isClean)
        #expect(try MergeFixtures.rituals(result.merged).map(\.id) == ["sunday-walk", "date-night"])
    }

    @Test func dateNightSetUpDifferentlyOnEachLaptopIsOneRitualWithAQuestion() throws {
        let ours = [walk, Ritual(id: "date-night", name: "Date night", cadence: .weekly(on: .friday))]
        let theirs = [walk, Ritual(id: "date-night", name: "Date night", cadence: .weekly(on: .saturday), feeds: ["fun"])]
        let result = MergeFixtures.merge(path, MergeFixtures.rituals([walk]), MergeFixtures.rituals(ours), MergeFixtures.rituals(theirs))
        #expect(try MergeFixtures.rituals(result.merged).filter { $0.id == "date-night" }.count == 1)
        #expect(result.conflicts.map(\.field) == ["cadence", "feeds"])
        #expect(result.conflicts.first?.other == "weekly saturday")
    }

    @Test func ritualsAddedUnderDifferentNamesOnBothSidesAreAllKept() throws {
        let ours = [walk, Ritual(id: "date-night", name: "Date night", cadence: .weekly(on: .friday))]
        let theirs = [Ritual(id: "no-phones", name: "No phones", cadence: .daily), walk]
        let result = MergeFixtures.merge(path, MergeFixtures.rituals([walk]), MergeFixtures.rituals(ours), MergeFixtures.rituals(theirs))
        #expect(result.isClean)
        #expect(try MergeFixtures.rituals(result.merged).map(\.id) == ["no-phones", "sunday-walk", "date-night"])
    }

    @Test func aRitualRemovedOnOneSideAndUntouchedOnTheOtherIsGone() throws {
        let dates = JournalMergeRitualsTests.dates
        let result = MergeFixtures.merge(path, MergeFixtures.rituals([walk, dates]), MergeFixtures.rituals([walk]),
                                         MergeFixtures.rituals([walk, dates]))
        #expect(result.isClean)
        #expect(try MergeFixtures.rituals(result.merged) == [walk])
    }

    @Test func removedOnOneSideAndEditedOnTheOtherKeepsTheEditAsAConflict() throws {
        var edited = walk
        edited.name = "Long Sunday walk"
        for (ours, theirs) in [([JournalMergeRitualsTests.dates], [edited, JournalMergeRitualsTests.dates]),
                               ([edited, JournalMergeRitualsTests.dates], [JournalMergeRitualsTests.dates])] {
            let result = MergeFixtures.merge(path, MergeFixtures.rituals([walk, JournalMergeRitualsTests.dates]),
                                             MergeFixtures.rituals(ours), MergeFixtures.rituals(theirs))
            #expect(try MergeFixtures.rituals(result.merged).map(\.name) == ["Long Sunday walk", "Date night"])
            let conflict = try #require(result.conflicts.first)
            #expect(conflict == JournalMergeConflict(path: path, record: "ritual:sunday-walk", field: "(record)", kept: "edited", other: nil))
            #expect(try MergeFixtures.doctor(result.merged, path: path).map(\.message)
                    == ["unresolved merge conflict: ritual:sunday-walk was edited on one machine and removed on the other (the edit is kept)"])
            let removed = try JournalMerge.resolve(conflict, keeping: .other, in: result.merged, relativePath: path)
            #expect(try MergeFixtures.rituals(removed) == [JournalMergeRitualsTests.dates])
        }
    }

    @Test func unknownKeysInsideARitualMergeKeyByKey() throws {
        var base = walk
        base.preserved.frontMatter = [RawEntry(key: "colour", text: "colour: green")]
        var ours = base, theirs = base
        ours.preserved.frontMatter.append(RawEntry(key: "place", text: "place: \"the park\""))
        theirs.preserved.frontMatter = [RawEntry(key: "colour", text: "colour: blue")]
        let result = MergeFixtures.merge(path, MergeFixtures.rituals([base]), MergeFixtures.rituals([ours]), MergeFixtures.rituals([theirs]))
        #expect(result.isClean)
        #expect(try MergeFixtures.rituals(result.merged).first?.preserved.frontMatter
                == [RawEntry(key: "colour", text: "colour: blue"), RawEntry(key: "place", text: "place: \"the park\"")])
    }

    @Test func aConflictLeftInAFileSurvivesTheNextMergeUntilOneSideResolvesIt() throws {
        var ours = [walk], theirs = [walk]
        ours[0].cadence = .weekly(on: .saturday)
        theirs[0].cadence = .daily
        let first = MergeFixtures.merge(path, MergeFixtures.rituals([walk]), MergeFixtures.rituals(ours), MergeFixtures.rituals(theirs))
        // Both machines now hold the conflicted file; one renames the ritual, the other does nothing.
        var renamed = try MergeFixtures.rituals(first.merged)
        renamed[0].name = "Walk"
        let renamedBytes = try MergeFixtures.decode(first.merged, RitualsFile.decode).withRenamed(renamed)
        let second = MergeFixtures.merge(path, first.merged, renamedBytes, first.merged)
        #expect(try JournalMerge.conflicts(in: second.merged, relativePath: path).map(\.field) == ["cadence"])
        #expect(second.conflicts.isEmpty)
        // One machine settles it while the other renames: it stays settled.
        let conflict = try #require(first.conflicts.first)
        let settled = try JournalMerge.resolve(conflict, keeping: .other, in: first.merged, relativePath: path)
        let third = MergeFixtures.merge(path, first.merged, settled, renamedBytes)
        #expect(try JournalMerge.conflicts(in: third.merged, relativePath: path).isEmpty)
        let walked = try #require(try MergeFixtures.rituals(third.merged).first)
        #expect(walked.name == "Walk")
        #expect(walked.cadence == .daily)
    }
}

private extension RitualsFile.Contents {
    /// These contents (conflicts entry included) with other rituals, as bytes.
    func withRenamed(_ rituals: [Ritual]) -> [UInt8] {
        RitualsFile.encode(RitualsFile.Contents(rituals: rituals, preserved: preserved))
    }
}
