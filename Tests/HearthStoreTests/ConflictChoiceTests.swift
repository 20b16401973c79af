import HearthDomain
import HearthTestSupport
import Testing
@testable import HearthStore

/// Listing the fields merges kept both ways and settling one by keeping a side, on real files.
@Suite(.scratchFolders)
struct ConflictChoiceTests {
    /// rituals.md after both machines changed Sunday walk's cadence: weekly Monday here, weekly Tuesday there.
    static func conflictedRituals() -> [UInt8] {
        var ours = Fixtures.rituals, theirs = Fixtures.rituals
        ours[1].cadence = .weekly(on: .monday)
        theirs[1].cadence = .weekly(on: .tuesday)
        let result = MergeFixtures.merge(Store.ritualsPath, MergeFixtures.rituals(Fixtures.rituals),
                                         MergeFixtures.rituals(ours), MergeFixtures.rituals(theirs))
        return result.merged
    }

    /// A check-in whose emotional rating was changed two ways: 5 here, 1 there.
    static func conflictedCheckIn(partner: String = "alex") -> [UInt8] {
        let base = CheckIn(week: Fixtures.week, partner: partner, ratings: ["emotional": .score(3)], notes: "Fine")
        var ours = base, theirs = base
        ours.ratings["emotional"] = .score(5)
        theirs.ratings["emotional"] = .score(1)
        let path = Store.path(of: Fixtures.week, partner: partner)
        return MergeFixtures.merge(path, CheckInFile.encode(base), CheckInFile.encode(ours), CheckInFile.encode(theirs)).merged
    }

    static func store(fileSystem: any FileSystem = RealFileSystem()) throws -> Store {
        let store = try Fixtures.initializedStore(fileSystem: fileSystem)
        try Fixtures.write(conflictedRituals(), to: Store.ritualsPath, in: store)
        try Fixtures.write(conflictedCheckIn(), to: Store.path(of: Fixtures.week, partner: "alex"), in: store)
        var clean = CheckIn(week: Fixtures.week, partner: "sam", ratings: ["emotional": .score(4)])
        clean.notes = "no conflict here"
        try Fixtures.write(CheckInFile.encode(clean), to: Store.path(of: Fixtures.week, partner: "sam"), in: store)
        return store
    }

    @Test func theLoadNotesTheFilesAndTheListingGivesEachFieldWithItsLine() throws {
        let store = try Self.store()
        let loaded = store.load()
        #expect(loaded.problems.isEmpty)
        let listing = store.mergeConflicts(after: loaded)
        #expect(listing.problems.isEmpty)
        #expect(listing.conflicts.map { "\($0.path):\($0.line) \($0.conflict.record) \($0.conflict.field) \($0.conflict.kept ?? "~") \($0.conflict.other ?? "~")" } == [
            "rituals.md:\(try Self.line(of: "  - record:", in: Self.conflictedRituals())) ritual:sunday-walk cadence weekly monday weekly tuesday",
            "checkins/2026/2026-W47-alex.md:\(try Self.line(of: "  - record:", in: Self.conflictedCheckIn())) check-in ratings.emotional 5 1",
        ])
        // Doctor's lines come from the same listing.
        #expect(store.mergeConflictProblems(after: loaded).map(\.path) == ["rituals.md", "checkins/2026/2026-W47-alex.md"])
    }

    @Test func theProfileAndAMomentsFileAreNotedTooInJournalOrder() throws {
        let store = try Self.store()
        var ours = Fixtures.profile, theirs = Fixtures.profile
        ours.partners[0].name = "Alexandra"
        theirs.partners[0].name = "Lex"
        try Fixtures.write(MergeFixtures.merge(Store.profilePath, ProfileFile.encode(Fixtures.profile), ProfileFile.encode(ours),
                                               ProfileFile.encode(theirs)).merged, to: Store.profilePath, in: store)
        let walk = Moment(date: CivilDate(year: 2026, month: 11, day: 18), from: "alex", to: "sam", language: .time, text: "A walk")
        var long = walk, short = walk
        long.text = "A long walk"
        short.text = "A short walk"
        let moments = MergeFixtures.merge(Store.momentsPath(of: Fixtures.week, partner: "alex"), MergeFixtures.moments([walk]),
                                          MergeFixtures.moments([long]), MergeFixtures.moments([short]))
        try Fixtures.write(moments.merged, to: Store.momentsPath(of: Fixtures.week, partner: "alex"), in: store)
        let loaded = store.load()
        #expect(loaded.problems.isEmpty)
        let listing = store.mergeConflicts(after: loaded)
        #expect(listing.conflicts.map { "\($0.path) \($0.conflict.field) \($0.conflict.other ?? "~")" } == [
            "profile.md name Lex", "rituals.md cadence weekly tuesday", "checkins/2026/2026-W47-alex.md ratings.emotional 1",
            "moments/2026/2026-W47-alex.md text A short walk",
        ])
        // A load that reads no moments notes none of theirs.
        #expect(store.mergeConflicts(after: store.load(moments: false)).conflicts.count == 3)
    }

    @Test func listingAfterTheLoadReadsOnlyTheFilesHoldingConflicts() throws {
        let fileSystem = RecordingFileSystem()
        let store = try Self.store(fileSystem: fileSystem)
        let loaded = store.load()
        fileSystem.log.clear()
        #expect(store.mergeConflicts(after: loaded).conflicts.count == 2)
        #expect(fileSystem.log.reads.map { String($0.dropFirst(store.root.count + 1)) }.sorted()
                == ["checkins/2026/2026-W47-alex.md", "rituals.md"])
    }

    @Test func keepingTheOtherValueWritesItInPlaceAndRemovesTheEntry() throws {
        let store = try Self.store()
        let listed = try #require(store.mergeConflicts(after: store.load()).conflicts.first)
        try store.resolve(listed, keeping: .other)
        let text = try Fixtures.read(Store.ritualsPath, in: store)
        #expect(!text.contains("conflicts:"), "\(text)")
        let loaded = store.load()
        #expect(loaded.problems.isEmpty)
        #expect(loaded.journal?.rituals.first { $0.id == "sunday-walk" }?.cadence == .weekly(on: .tuesday))
        // The check-in's conflict is still there, and only it.
        #expect(store.mergeConflicts(after: loaded).conflicts.map(\.path) == ["checkins/2026/2026-W47-alex.md"])
    }

    @Test func keepingThisMachinesValueLeavesItAndRemovesTheEntry() throws {
        let store = try Self.store()
        let listed = try #require(store.mergeConflicts(after: store.load()).conflicts.last)
        try store.resolve(listed, keeping: .kept)
        let loaded = store.load()
        #expect(loaded.journal?.checkIn(partner: "alex", week: Fixtures.week)?.ratings["emotional"] == .score(5))
        #expect(!(try Fixtures.read(listed.path, in: store)).contains("conflicts:"))
        #expect(store.mergeConflictProblems(after: loaded).map(\.path) == ["rituals.md"])
    }

    @Test func aFileChangedSinceItWasListedIsRefusedAndLeftAsItIs() throws {
        let store = try Self.store()
        let listed = try #require(store.mergeConflicts(after: store.load()).conflicts.first)
        // Another device (or an editor) rewrites rituals.md after the list was made.
        let changed = String(decoding: Self.conflictedRituals(), as: UTF8.self).replacingOccurrences(of: "Date night", with: "Date evening")
        try Fixtures.write(changed, to: Store.ritualsPath, in: store)
        #expect(throws: StoreError.changedOnDisk(Store.ritualsPath)) { try store.resolve(listed, keeping: .other) }
        #expect(try Fixtures.read(Store.ritualsPath, in: store) == changed)
        #expect(StoreError.changedOnDisk(Store.ritualsPath).description.contains("nothing was overwritten"))
    }

    @Test func aConflictSettledAlreadyIsRefusedWithAReason() throws {
        let store = try Self.store()
        let loaded = store.load()
        let listed = try #require(store.mergeConflicts(after: loaded).conflicts.first)
        let revision = try store.resolve(listed, keeping: .kept)
        var again = listed
        again.revision = revision
        #expect {
            try store.resolve(again, keeping: .other)
        } throws: { error in
            guard case StoreError.unresolvable(let path, let reason) = error else { return false }
            return path == Store.ritualsPath && reason.contains("resolved already")
        }
    }

    @Test func aSessionSettlesAgainstWhatItLoadedAndListsWhatIsLeft() throws {
        let store = try Self.store()
        let session = JournalSession(store: store)
        _ = session.load()
        let conflicts = session.mergeConflicts().conflicts
        #expect(conflicts.count == 2)
        try session.resolve(conflicts[0].conflict, keeping: .other)
        _ = session.load()
        try session.resolve(conflicts[1].conflict, keeping: .other)
        _ = session.load()
        #expect(session.mergeConflicts().conflicts.isEmpty)
        #expect(store.mergeConflictProblems().isEmpty)
        #expect(store.load().journal?.checkIn(partner: "alex", week: Fixtures.week)?.ratings["emotional"] == .score(1))
    }

    @Test func aSessionRefusesAFileChangedSinceItsLoad() throws {
        let store = try Self.store()
        let session = JournalSession(store: store)
        _ = session.load()
        let conflict = try #require(session.mergeConflicts().conflicts.first).conflict
        let changed = String(decoding: Self.conflictedRituals(), as: UTF8.self).replacingOccurrences(of: "Date night", with: "Date evening")
        try Fixtures.write(changed, to: Store.ritualsPath, in: store)
        #expect(throws: StoreError.changedOnDisk(Store.ritualsPath)) { try session.resolve(conflict, keeping: .other) }
        #expect(try Fixtures.read(Store.ritualsPath, in: store) == changed)
    }

    /// The 1-based line of the first line starting with `prefix`.
    static func line(of prefix: String, in bytes: [UInt8]) throws -> Int {
        let lines = String(decoding: bytes, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        return try #require(lines.firstIndex { $0.hasPrefix(prefix) }) + 1
    }
}
