import Foundation
import HearthDomain
import HearthSeal
import Testing
@testable import HearthStore

@Suite("A sealed journal: every journal file an age file, read back in memory", .scratchFolders)
struct SealedStoreTests {
    @Test func everyJournalFileIsWrittenSealedAndReadsBackTheSame() throws {
        let store = try SealedFixtures.initializedStore()
        let profile = Fixtures.profile
        try store.save(Fixtures.fullCheckIn, profile: profile, expected: nil)
        try store.saveMoments([Moment(date: CivilDate(year: 2026, month: 11, day: 17), from: "alex", to: "sam", language: .gifts, text: "Tea")],
                              week: Fixtures.week, partner: "alex", profile: profile, expected: nil)
        try store.saveDraft(CheckInDraft(checkIn: CheckIn(week: Fixtures.week, partner: "sam", notes: "half"), step: 2, session: ["sam"]))

        let files = SealedFixtures.allFiles(in: store)
        for data in ["profile.md", "agenda.md", "rituals.md", "checkins/2026/2026-W47-alex.md", "moments/2026/2026-W47-alex.md",
                     "drafts/2026-W47-sam.md", "checkins/2026/2026-W47-alex.private.md"] {
            #expect(files.contains(data + ".age"), "\(data).age in \(files)")
            #expect(!files.contains(data), "\(data) is on disk in plain text")
            #expect(SealedFixtures.onDisk(data + ".age", in: store)?.starts(with: Array("age-encryption.org/v1\n".utf8)) == true)
        }

        let loaded = store.load()
        #expect(loaded.problems == [])
        #expect(loaded.journal?.profile == profile)
        #expect(loaded.journal?.rituals == Fixtures.rituals)
        #expect(loaded.journal?.checkIns == [Fixtures.fullCheckIn])
        #expect(loaded.journal?.moments.map(\.text) == ["Tea"])
        #expect(store.loadDrafts().drafts.map(\.checkIn.notes) == ["half"])
        #expect(store.load(week: Fixtures.week, partner: "alex").journal?.checkIns == [Fixtures.fullCheckIn])
    }

    @Test func aSealedJournalIsToldByItsPublicKeys() throws {
        let plain = try Fixtures.initializedStore()
        #expect(!plain.isSealed)
        try Fixtures.write("not a key", to: "keys/notes.txt", in: plain)
        #expect(!plain.isSealed)
        let sealed = try SealedFixtures.initializedStore()
        #expect(sealed.isSealed)
        #expect(sealed.with(keyring: nil).isSealed)
    }

    @Test func aPlainStoreNamesTheSealedFilesItCannotOpen() throws {
        let sealed = try SealedFixtures.initializedStore()
        try sealed.save(Fixtures.fullCheckIn, profile: Fixtures.profile, expected: nil)
        let loaded = sealed.with(keyring: nil).load()
        #expect(loaded.journal == nil)
        #expect(loaded.problems.map(\.path) == ["profile.md.age"])
        #expect(loaded.problems.first?.message.contains("encrypted") == true)
    }

    @Test func noPlainTextOfASealedJournalReachesTheDiskNotEvenInATemporary() throws {
        let planted = "a sentence planted to be looked for"
        let disk = DyingFileSystem(steps: .max)
        let store = try SealedFixtures.initializedStore(fileSystem: disk)
        var checkIn = Fixtures.fullCheckIn
        checkIn.reflection = planted
        checkIn.notes = planted
        let first = try store.write(checkIn, profile: Fixtures.profile, expected: nil)
        checkIn.howWeAreDoing = planted
        try store.save(checkIn, profile: Fixtures.profile, expected: first.revision)
        try store.saveDraft(CheckInDraft(checkIn: checkIn, step: 1, session: ["alex"]))
        try store.saveMoments([Moment(date: CivilDate(year: 2026, month: 11, day: 17), from: "alex", to: "sam", language: .gifts, text: planted)],
                              week: Fixtures.week, partner: "alex", profile: Fixtures.profile, expected: nil)
        let imported = Store(root: Fixtures.temporaryFolder() + "/imported", fileSystem: disk, keyring: SealedFixtures.keyring())
        try imported.importJournal(Journal(profile: Fixtures.profile, checkIns: [checkIn]))
        #expect(SealedFixtures.onDisk("checkins/2026/2026-W47-alex.private.md.age", in: imported) != nil)
        #expect(imported.load().journal?.checkIns == [checkIn])
        #expect(disk.record.createdFiles.count > 10)
        for bytes in disk.record.createdFiles {
            #expect(!String(decoding: bytes, as: UTF8.self).contains(planted))
        }
        #expect(store.load().journal?.checkIns == [checkIn])
    }
}
