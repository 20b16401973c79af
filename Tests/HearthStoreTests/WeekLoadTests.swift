import CThreads
import HearthDomain
import Testing
@testable import HearthStore

/// `load(week:partner:)`: what a one-week change reads, and that it is as safe to save over as a full load.
@Suite("Loading one partner's week", .scratchFolders)
struct WeekLoadTests {
    private let alexPath = "checkins/2026/2026-W47-alex.md"

    @Test func readsSettingsAndOnlyThatWeeksFile() throws {
        let store = try Fixtures.initializedStore()
        var checkIn = Fixtures.fullCheckIn
        checkIn.partner = "alex"
        try store.save(checkIn, profile: Fixtures.profile, expected: nil)
        var earlier = checkIn
        earlier.week = Fixtures.week.previous
        try store.save(earlier, profile: Fixtures.profile, expected: nil)
        // A broken file in another week is not this load's business.
        try Fixtures.write("---\nhearth: 1\nweek: 2026-W40\n", to: "checkins/2026/2026-W40-alex.md", in: store)

        let loaded = store.load(week: Fixtures.week, partner: "alex")
        let journal = try #require(loaded.journal)
        #expect(journal.profile == Fixtures.profile)
        #expect(journal.rituals.map(\.id) == store.load().journal?.rituals.map(\.id))
        #expect(journal.checkIns == [checkIn])
        #expect(loaded.problems.isEmpty)
        #expect(loaded.revision(ofPath: alexPath) == store.load().revision(ofPath: alexPath))
        #expect(store.load().problems.count == 1, "the full load still finds the broken file")

        let onto = store.load(week: Fixtures.week, partner: "alex", onto: store.loadSettings())
        #expect(onto.journal == journal, "settings read first give the same journal")
        #expect(onto.revision(ofPath: alexPath) == loaded.revision(ofPath: alexPath))
    }

    @Test func aLoadWithoutMomentsReadsEveryCheckInAcrossYearsButNoMomentsFile() throws {
        let store = try Fixtures.initializedStore()
        var checkIns: [CheckIn] = []
        // Several year folders, so that they are read side by side and must still come back in order.
        for year in [2019, 2021, 2024, 2026] {
            for partner in ["alex", "sam"] {
                let checkIn = CheckIn(week: Week(year: year, number: 1 + year % 50)!, partner: partner, ratings: ["emotional": .score(year % 5 + 1)])
                try store.save(checkIn, profile: Fixtures.profile, expected: nil)
                checkIns.append(checkIn)
            }
        }
        let moments = [Moment(date: CivilDate(year: 2026, month: 11, day: 20), from: "sam", to: "alex", language: .gifts, text: "Flowers")]
        try store.saveMoments(moments, week: Fixtures.week, partner: "sam", profile: Fixtures.profile, expected: nil)
        try Fixtures.write("---\nhearth: 1\nweek: 2026-W40\n", to: "moments/2026/2026-W40-alex.md", in: store)

        let full = store.load()
        #expect(full.journal?.checkIns == checkIns)
        #expect(full.journal?.moments == moments)
        #expect(full.problems.map(\.path) == ["moments/2026/2026-W40-alex.md"])
        let withoutMoments = store.load(moments: false)
        #expect(withoutMoments.journal?.checkIns == checkIns)
        #expect(withoutMoments.journal?.moments == [])
        #expect(withoutMoments.problems.isEmpty, "moments files are not read, so not judged either")
        #expect(withoutMoments.revision(ofPath: "checkins/2021/2021-W22-sam.md") == full.revision(ofPath: "checkins/2021/2021-W22-sam.md"))
        #expect(withoutMoments.revision(ofPath: "checkins/2021/2021-W22-sam.md") != nil)
    }

    @Test func aLoadWithoutProseKeepsEverythingElseAndReportsTheSameBrokenFiles() throws {
        let store = try Fixtures.initializedStore()
        try store.save(Fixtures.fullCheckIn, profile: Fixtures.profile, expected: nil)
        // Hand-edited (a comment), so it takes the full parser rather than the one-pass reader.
        try Fixtures.write("---\nhearth: 1 # edited\nweek: 2026-W40\npartner: sam\nratings:\n  emotional: 2\n---\n\n## Notes\n\nHi\n\n## Mood\n\nok\n",
                           to: "checkins/2026/2026-W40-sam.md", in: store)
        // A section given twice makes the file broken, with or without its prose.
        try Fixtures.write("---\nhearth: 1\nweek: 2026-W41\npartner: sam\n---\n\n## Notes\n\nOne\n\n## Notes\n\nTwo\n",
                           to: "checkins/2026/2026-W41-sam.md", in: store)
        let full = store.load()
        let ratingsOnly = store.load(prose: false)
        #expect(full.journal?.checkIns.count == 2)
        #expect(ratingsOnly.problems == full.problems)
        #expect(full.problems.map(\.path) == ["checkins/2026/2026-W41-sam.md"])
        let withoutProse = full.journal?.checkIns.map { checkIn in
            var stripped = checkIn
            (stripped.appreciations, stripped.howWeAreDoing, stripped.moreOf, stripped.lessOf) = ([], "", "", "")
            (stripped.intention, stripped.reflection, stripped.notes, stripped.preserved.sections) = ("", "", "", [])
            for index in stripped.moments.indices { (stripped.moments[index].text, stripped.moments[index].landed) = ("", "") }
            for id in stripped.answers.keys { stripped.answers[id] = "" }
            return stripped
        }
        #expect(ratingsOnly.journal?.checkIns == withoutProse)
        #expect(ratingsOnly.journal?.checkIns.last?.ratings == Fixtures.fullCheckIn.ratings)
        #expect(ratingsOnly.journal?.checkIns.last?.rituals == Fixtures.fullCheckIn.rituals, "skip reasons count for ritual strength")
        #expect(full.journal?.checkIns.first?.notes == "Hi", "the hand-edited file is read in full by a full load")
    }

    @Test func aLoadLeavesTheCallingThreadFreeToRunOnEveryCPU() throws {
        let store = try Fixtures.initializedStore()
        for year in 2019...2026 {
            try store.save(CheckIn(week: Week(year: year, number: 10)!, partner: "alex"), profile: Fixtures.profile, expected: nil)
        }
        var before = hearth_cpu_mask()
        var after = hearth_cpu_mask()
        #expect(sched_getaffinity(0, UInt(MemoryLayout<hearth_cpu_mask>.size), &before) == 0)
        #expect(store.load().journal?.checkIns.count == 8)
        #expect(sched_getaffinity(0, UInt(MemoryLayout<hearth_cpu_mask>.size), &after) == 0)
        // Threads are pinned to a CPU each only while they read (see CThreads), never left that way.
        #expect(withUnsafeBytes(of: before) { Array($0) } == withUnsafeBytes(of: after) { Array($0) })
    }

    @Test("files larger than the first read load whole", arguments: [8_191, 8_192, 8_193, 40_000])
    func filesLargerThanTheFirstReadLoadWhole(_ size: Int) throws {
        let store = try Fixtures.initializedStore()
        var checkIn = Fixtures.fullCheckIn
        checkIn.notes = ""
        let rest = size - Store.encode(checkIn).count - "\n## Notes\n\n\n".utf8.count
        checkIn.notes = String(repeating: "x", count: rest - 3) + "end"
        try store.save(checkIn, profile: Fixtures.profile, expected: nil)
        #expect(try Fixtures.read(Self.path(of: checkIn), in: store).utf8.count == size)
        let loaded = store.load()
        #expect(loaded.problems.isEmpty)
        #expect(loaded.journal?.checkIns == [checkIn])
        #expect(store.load(week: checkIn.week, partner: checkIn.partner).journal?.checkIns == [checkIn])
    }

    private static func path(of checkIn: CheckIn) -> String { Store.path(of: checkIn.week, partner: checkIn.partner) }

    @Test func anAbsentWeekHasNoCheckInAndNoRevision() throws {
        let store = try Fixtures.initializedStore()
        let loaded = store.load(week: Fixtures.week, partner: "alex")
        #expect(loaded.journal?.checkIns.isEmpty == true)
        #expect(loaded.revision(ofPath: alexPath) == nil)
    }

    @Test func aSaveOverItsRevisionIsRefusedWhenTheFileChangedMeanwhile() throws {
        let store = try Fixtures.initializedStore()
        var checkIn = Fixtures.fullCheckIn
        checkIn.partner = "alex"
        try store.save(checkIn, profile: Fixtures.profile, expected: nil)
        let loaded = store.load(week: Fixtures.week, partner: "alex")
        let edited = try Fixtures.read(alexPath, in: store).replacingOccurrences(of: "emotional: 4", with: "emotional: 5")
        try Fixtures.write(edited, to: alexPath, in: store)
        #expect(throws: StoreError.changedOnDisk(alexPath)) {
            try store.save(checkIn, profile: Fixtures.profile, expected: loaded.revision(ofPath: alexPath))
        }
        #expect(try Fixtures.read(alexPath, in: store) == edited)
    }

    @Test func aBrokenWeekFileIsReportedAndCannotBeOverwritten() throws {
        let store = try Fixtures.initializedStore()
        try Fixtures.write("---\nhearth: 1\nweek: 2026-W47\npartner: alex\nratings:\n  emotional: 9\n---\n", to: alexPath, in: store)
        let loaded = store.load(week: Fixtures.week, partner: "alex")
        #expect(loaded.problems.map(\.path) == [alexPath])
        #expect(loaded.problems.first?.line == 6)
        var checkIn = Fixtures.fullCheckIn
        checkIn.partner = "alex"
        #expect(throws: StoreError.alreadyExists(alexPath)) {
            try store.save(checkIn, profile: Fixtures.profile, expected: loaded.revision(ofPath: alexPath))
        }
    }
}
