import HearthDomain
import Testing
@testable import HearthStore

/// rituals.md edited on two laptops, merged ritual by ritual and field by field.
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
