import Foundation
import HearthDomain
import Testing
@testable import HearthStore

@Suite("Saving: atomic, locked, never over someone else's change", .scratchFolders)
struct SaveTests {
    private let alexPath = "checkins/2026/2026-W47-alex.md"

    @Test func unknownKeysAndSectionsSurviveASave() throws {
        let store = try Fixtures.initializedStore()
        try Fixtures.write("""
            ---
            hearth: 1
            mood: cheerful   # from a newer Hearth
            week: 2026-W47
            partner: alex
            location:
              city: "Lisbon"
              tags: [sun, sea]
            ratings:
              emotional: 4
            ---

            ## Notes

            Old note.

            ## Gratitude

            - For the sea
            """, to: alexPath, in: store)
        let loaded = store.load()
        var checkIn = try #require(loaded.journal?.checkIns.first)
        checkIn.notes = "New note."
        try store.save(checkIn, profile: Fixtures.profile, expected: loaded.revision(ofPath: alexPath))

        let text = try Fixtures.read(alexPath, in: store)
        #expect(text.contains("mood: cheerful   # from a newer Hearth\n"))
        #expect(text.contains("location:\n  city: \"Lisbon\"\n  tags: [sun, sea]\n"))
        #expect(text.contains("## Gratitude\n\n- For the sea\n"))
        #expect(text.contains("## Notes\n\nNew note.\n"))
        #expect(store.load().journal?.checkIns.first == checkIn)
    }

    @Test func unknownKeysInsideARitualSurviveASave() throws {
        let store = try Fixtures.initializedStore()
        try Fixtures.write("""
            ---
            hearth: 1
            colour: "warm"
            rituals:
              - id: date-night
                name: "Date night"
                cadence: weekly friday
                budget: 40
            ---

            ## Ideas

            Picnic.
            """, to: "rituals.md", in: store)
        let loaded = store.load()
        var rituals = try #require(loaded.journal?.rituals)
        rituals[0].name = "Date night!"
        try store.saveRituals(rituals, expected: loaded.revision(ofPath: "rituals.md"))
        let text = try Fixtures.read("rituals.md", in: store)
        #expect(text.contains("    budget: 40\n"))
        #expect(text.contains("colour: \"warm\"\n"))
        #expect(text.contains("## Ideas\n\nPicnic.\n"))
        #expect(store.load().journal?.rituals == rituals)
    }

    @Test func aFileChangedBehindOurBackIsNotOverwritten() throws {
        let store = try Fixtures.initializedStore()
        try store.save(Fixtures.fullCheckIn, profile: Fixtures.profile, expected: nil)
        let loaded = store.load()
        let revision = try #require(loaded.revision(ofPath: alexPath))
        // Someone edits the file in an editor: same length, so only the content tells.
        var text = try Fixtures.read(alexPath, in: store)
        text = text.replacingOccurrences(of: "emotional: 4", with: "emotional: 5")
        try Fixtures.write(text, to: alexPath, in: store)

        var mine = Fixtures.fullCheckIn
        mine.notes = "mine"
        #expect(throws: StoreError.changedOnDisk(alexPath)) {
            try store.save(mine, profile: Fixtures.profile, expected: revision)
        }
        #expect(try Fixtures.read(alexPath, in: store) == text)
    }

    @Test func aDeletedFileCountsAsChanged() throws {
        let store = try Fixtures.initializedStore()
        try store.save(Fixtures.fullCheckIn, profile: Fixtures.profile, expected: nil)
        let revision = try #require(store.load().revision(ofPath: alexPath))
        try FileManager.default.removeItem(atPath: store.root + "/" + alexPath)
        #expect(throws: StoreError.changedOnDisk(alexPath)) {
            try store.save(Fixtures.fullCheckIn, profile: Fixtures.profile, expected: revision)
        }
    }

    @Test func aNewCheckInNeverReplacesAnExistingOne() throws {
        let store = try Fixtures.initializedStore()
        try store.save(Fixtures.fullCheckIn, profile: Fixtures.profile, expected: nil)
        #expect(throws: StoreError.alreadyExists(alexPath)) {
            try store.save(CheckIn(week: Fixtures.week, partner: "alex"), profile: Fixtures.profile, expected: nil)
        }
        #expect(store.load().journal?.checkIns == [Fixtures.fullCheckIn])
    }

    @Test func savingTwiceWithTheReturnedRevisionWorks() throws {
        let store = try Fixtures.initializedStore()
        var checkIn = Fixtures.fullCheckIn
        let first = try store.write(checkIn, profile: Fixtures.profile, expected: nil)
        checkIn.notes = "second draft"
        let second = try store.write(checkIn, profile: Fixtures.profile, expected: first.revision)
        #expect(second.revision == store.load().revision(ofPath: alexPath))
        #expect(store.load().journal?.checkIns == [checkIn])
    }

    @Test func theLockRefusesASecondWriter() throws {
        var store = try Fixtures.initializedStore()
        store.lockPatience = 0
        let other = try #require(try RealFileSystem().lock(at: store.root + "/.hearth.lock"))
        defer { RealFileSystem().unlock(other) }
        #expect(throws: StoreError.locked(store.root + "/.hearth.lock")) {
            try store.save(Fixtures.fullCheckIn, profile: Fixtures.profile, expected: nil)
        }
        #expect(store.load().journal?.checkIns == [])
    }

    @Test func invalidCheckInsAreRefusedBeforeAnythingIsWritten() throws {
        let store = try Fixtures.initializedStore()
        let bad = CheckIn(week: Fixtures.week, partner: "alex", ratings: ["emotional": .score(9)])
        #expect(throws: StoreError.invalid(alexPath, [ValidationProblem(field: "ratings.emotional", message: "9 is outside 1-5")])) {
            try store.save(bad, profile: Fixtures.profile, expected: nil)
        }
        #expect(!FileManager.default.fileExists(atPath: store.root + "/" + alexPath))
    }

    @Test func savingWithoutAJournalSaysHowToStartOne() throws {
        let store = Store(root: Fixtures.temporaryFolder() + "/empty")
        #expect(throws: StoreError.notInitialized(store.root)) {
            try store.save(Fixtures.fullCheckIn, profile: Fixtures.profile, expected: nil)
        }
    }

    @Test func initializingTwiceIsRefused() throws {
        let store = try Fixtures.initializedStore()
        #expect(throws: StoreError.alreadyInitialized(store.root)) {
            try store.initialize(profile: Fixtures.profile, agenda: .standard, rituals: [])
        }
    }

    @Test func foldersAre0700AndFiles0600() throws {
        let store = try Fixtures.initializedStore()
        try store.save(Fixtures.fullCheckIn, profile: Fixtures.profile, expected: nil)
        let fileSystem = RealFileSystem()
        for folder in ["", "/checkins", "/checkins/2026", "/moments"] {
            #expect(try fileSystem.status(at: store.root + folder)?.mode == 0o700, "\(folder)")
        }
        for file in ["profile.md", "agenda.md", "rituals.md", alexPath] {
            #expect(try fileSystem.status(at: store.root + "/" + file)?.mode == 0o600, "\(file)")
        }
    }

    @Test func readingNeverWrites() throws {
        let store = try Fixtures.initializedStore()
        try store.save(Fixtures.fullCheckIn, profile: Fixtures.profile, expected: nil)
        try Fixtures.write("broken", to: "checkins/2026/2026-W48-alex.md", in: store)
        let before = try snapshot(store.root)
        _ = store.load()
        _ = store.load()
        #expect(try snapshot(store.root) == before)
    }

    @Test func eachPartnerWritesOnlyTheirOwnFile() throws {
        let store = try Fixtures.initializedStore()
        try store.save(CheckIn(week: Fixtures.week, partner: "sam"), profile: Fixtures.profile, expected: nil)
        let samBefore = try Fixtures.read("checkins/2026/2026-W47-sam.md", in: store)
        let before = try snapshot(store.root, foldersToo: false)
        try store.save(Fixtures.fullCheckIn, profile: Fixtures.profile, expected: nil)
        let after = try snapshot(store.root, foldersToo: false)
        let changed = Set(after.keys).symmetricDifference(before.keys).union(before.keys.filter { before[$0] != after[$0] })
        #expect(changed == [alexPath])
        #expect(try Fixtures.read("checkins/2026/2026-W47-sam.md", in: store) == samBefore)
    }

    @Test("root resolution", arguments: [
        ("/my/dir", ["HEARTH_DIR": "/env", "HOME": "/home/a"], "/my/dir"),
        (nil, ["HEARTH_DIR": "/env/", "HOME": "/home/a"], "/env"),
        (nil, ["XDG_DATA_HOME": "/xdg", "HOME": "/home/a"], "/xdg/hearth"),
        (nil, ["XDG_DATA_HOME": "relative", "HOME": "/home/a"], "/home/a/.local/share/hearth"),
        (nil, ["HOME": "/home/a"], "/home/a/.local/share/hearth"),
        ("~/journal", ["HOME": "/home/a"], "/home/a/journal"),
        ("", ["HEARTH_DIR": "", "HOME": "/home/a"], "/home/a/.local/share/hearth"),
    ] as [(String?, [String: String], String)])
    func rootResolution(_ dir: String?, _ environment: [String: String], _ expected: String) throws {
        #expect(try Store.resolveRoot(dir: dir, environment: environment) == expected)
    }

    @Test func noRootWithoutHome() {
        #expect(throws: StoreError.noRoot("neither HOME nor XDG_DATA_HOME is set")) {
            try Store.resolveRoot(dir: nil, environment: [:])
        }
    }

    /// Every entry under `root` with its size, modification time and content.
    private func snapshot(_ root: String, foldersToo: Bool = true) throws -> [String: String] {
        var result: [String: String] = [:]
        let enumerator = FileManager.default.enumerator(atPath: root)
        while let path = enumerator?.nextObject() as? String {
            let attributes = try FileManager.default.attributesOfItem(atPath: root + "/" + path)
            if !foldersToo, attributes[.type] as? FileAttributeType == .typeDirectory { continue }
            let content = (try? String(contentsOfFile: root + "/" + path, encoding: .utf8)) ?? ""
            result[path] = "\(attributes[.size] ?? 0) \(attributes[.modificationDate] ?? 0) \(content.hashValue)"
        }
        return result
    }
}
