import Foundation
import HearthDomain
import Testing
@testable import HearthStore

/// Issue 11, defects 6-8: writes stay inside the journal, set their modes, and clear what interrupted saves left.
@Suite("Writes: inside the journal, private modes, no leftovers", .scratchFolders)
struct WriteContainmentTests {
    private let alexPath = "checkins/2026/2026-W47-alex.md"
    private let files = FileManager.default

    /// A folder outside the journal, with a file in it that nothing may touch.
    private func outsideFolder() throws -> String {
        let outside = Fixtures.temporaryFolder() + "/outside"
        try files.createDirectory(atPath: outside, withIntermediateDirectories: true)
        try Data("theirs\n".utf8).write(to: URL(fileURLWithPath: outside + "/keep.txt"))
        return outside
    }

    private func mode(_ path: String) throws -> Int {
        try #require(try files.attributesOfItem(atPath: path)[.posixPermissions] as? Int)
    }

    @Test(arguments: ["checkins/2026", "checkins", "moments", "drafts"])
    func aFolderThatLinksOutIsNeverWrittenThrough(_ linked: String) throws {
        let store = try Fixtures.initializedStore()
        let outside = try outsideFolder()
        try? files.removeItem(atPath: store.root + "/" + linked)
        try files.createDirectory(atPath: store.root + "/" + Store.parent(of: linked), withIntermediateDirectories: true)
        try files.createSymbolicLink(atPath: store.root + "/" + linked, withDestinationPath: outside)
        let moment = Moment(date: CivilDate(year: 2026, month: 11, day: 18), from: "alex", to: "sam", language: .gifts, text: "Tea")
        #expect(throws: StoreError.self) {
            switch linked {
            case "moments": try store.saveMoments([moment], week: Fixtures.week, partner: "alex", profile: Fixtures.profile, expected: nil)
            case "drafts": try store.saveDraft(CheckInDraft(checkIn: Fixtures.fullCheckIn, step: 1, session: ["alex"]))
            default: try store.save(Fixtures.fullCheckIn, profile: Fixtures.profile, expected: nil)
            }
        }
        do {
            try store.save(Fixtures.fullCheckIn, profile: Fixtures.profile, expected: nil)
            try store.saveMoments([moment], week: Fixtures.week, partner: "alex", profile: Fixtures.profile, expected: nil)
            try store.saveDraft(CheckInDraft(checkIn: Fixtures.fullCheckIn, step: 1, session: ["alex"]))
            try store.deleteDraft(week: Fixtures.week, partner: "alex")
        } catch {
            #expect("\(error)".contains("outside the journal"), "the refusal says why: \(error)")
        }
        #expect(try files.contentsOfDirectory(atPath: outside).sorted() == ["keep.txt"], "nothing was written outside")
        #expect(store.hygieneProblems().contains { $0.path == linked && $0.message.contains("outside the journal") },
                "doctor names the link: \(store.hygieneProblems())")
    }

    @Test func aFileOrLockThatLinksOutIsRefusedAndTheOutsideFileIsUntouched() throws {
        let store = try Fixtures.initializedStore()
        let outside = try outsideFolder()
        let loaded = store.load()
        try files.removeItem(atPath: store.root + "/rituals.md")
        try files.createSymbolicLink(atPath: store.root + "/rituals.md", withDestinationPath: outside + "/keep.txt")
        #expect {
            try store.saveRituals(Fixtures.rituals, expected: loaded.revision(ofPath: "rituals.md"))
        } throws: { "\($0)".contains("rituals.md") && "\($0)".contains("outside the journal") }
        #expect(try String(contentsOfFile: outside + "/keep.txt", encoding: .utf8) == "theirs\n")
        // Its reader names it (doctor lists load problems too), so the hygiene walk does not say it twice.
        #expect(store.load().problems.contains { "\($0)".contains("rituals.md") && "\($0)".contains("outside the journal") },
                "\(store.load().problems)")
        #expect(!store.hygieneProblems().contains { $0.path == "rituals.md" })

        try files.removeItem(atPath: store.root + "/.hearth.lock")
        try files.createSymbolicLink(atPath: store.root + "/.hearth.lock", withDestinationPath: outside + "/lock")
        #expect { try store.save(Fixtures.fullCheckIn, profile: Fixtures.profile, expected: nil) } throws: {
            "\($0)".contains(".hearth.lock") && "\($0)".contains("outside the journal")
        }
        #expect(!files.fileExists(atPath: outside + "/lock"), "the lock was not created out there")
    }

    @Test func initAndADemoIntoAFolderWhoseCheckinsLinkOutWriteNothingThere() throws {
        let outside = try outsideFolder()
        for demo in [false, true] {
            let root = Fixtures.temporaryFolder() + "/journal"
            try files.createDirectory(atPath: root, withIntermediateDirectories: true)
            try files.createSymbolicLink(atPath: root + "/checkins", withDestinationPath: outside)
            let store = Store(root: root)
            #expect {
                if demo {
                    try store.importJournal(DemoJournal.make(weeks: 3, endingAt: Fixtures.week, seed: 1))
                } else {
                    try store.initialize(profile: Fixtures.profile, agenda: .standard, rituals: [])
                }
            } throws: { "\($0)".contains("cannot write checkins: it leads through a symbolic link") }
            #expect(try files.contentsOfDirectory(atPath: outside).sorted() == ["keep.txt"])
        }
    }

    @Test func aLinkThatStaysInsideTheJournalIsWrittenThroughAndStaysALink() throws {
        let store = try Fixtures.initializedStore()
        try files.createDirectory(atPath: store.root + "/archive/2026", withIntermediateDirectories: true)
        try files.createDirectory(atPath: store.root + "/checkins", withIntermediateDirectories: true)
        try files.createSymbolicLink(atPath: store.root + "/checkins/2026", withDestinationPath: store.root + "/archive/2026")
        try store.save(Fixtures.fullCheckIn, profile: Fixtures.profile, expected: nil)
        #expect(files.fileExists(atPath: store.root + "/archive/2026/2026-W47-alex.md"))
        #expect(try files.destinationOfSymbolicLink(atPath: store.root + "/checkins/2026") == store.root + "/archive/2026")
    }

    @Test func modesAreSetWhateverWasThere() throws {
        let root = Fixtures.temporaryFolder() + "/journal"
        try files.createDirectory(atPath: root + "/checkins/2026", withIntermediateDirectories: true)
        for folder in [root, root + "/checkins", root + "/checkins/2026"] {
            try files.setAttributes([.posixPermissions: folder == root ? 0o777 : 0o755], ofItemAtPath: folder)
        }
        try Data().write(to: URL(fileURLWithPath: root + "/.hearth.lock"))
        try files.setAttributes([.posixPermissions: 0o644], ofItemAtPath: root + "/.hearth.lock")
        let store = Store(root: root)
        try store.initialize(profile: Fixtures.profile, agenda: .standard, rituals: [])
        try store.save(Fixtures.fullCheckIn, profile: Fixtures.profile, expected: nil)
        #expect(try mode(root) == 0o700, "init into an existing 0777 folder")
        #expect(try mode(root + "/checkins") == 0o700 && mode(root + "/checkins/2026") == 0o700, "existing 0755 folders")
        #expect(try mode(root + "/.hearth.lock") == 0o600, "an old 0644 lock")
        #expect(try mode(root + "/" + alexPath) == 0o600)
    }

    @Test func doctorReportsLooseModesAndFixChangesOnlyThem() throws {
        let store = try Fixtures.initializedStore()
        try store.save(Fixtures.fullCheckIn, profile: Fixtures.profile, expected: nil)
        try files.setAttributes([.posixPermissions: 0o755], ofItemAtPath: store.root + "/checkins/2026")
        try files.setAttributes([.posixPermissions: 0o644], ofItemAtPath: store.root + "/" + alexPath)
        let before = try Fixtures.read(alexPath, in: store)
        let problems = store.hygieneProblems()
        #expect(problems.map(\.path).sorted() == ["checkins/2026", alexPath], "\(problems)")
        #expect(problems.allSatisfy { $0.hint.contains("hearth doctor --fix") })
        let fixed = store.tightenModes()
        #expect(fixed.changed.sorted() == ["checkins/2026 0755 -> 0700", "\(alexPath) 0644 -> 0600"])
        #expect(fixed.failed.isEmpty && store.hygieneProblems().isEmpty)
        #expect(try Fixtures.read(alexPath, in: store) == before)
    }

    @Test func staleTemporariesAreReportedThenRemovedByTheNextSaveAnywhereInTheJournal() throws {
        let store = try Fixtures.initializedStore()
        try store.save(Fixtures.fullCheckIn, profile: Fixtures.profile, expected: nil)
        let dead = try Fixtures.endedProcessID()
        let stale = [".profile.md.tmp-\(dead)-1", "checkins/2026/.2026-W47-alex.md.tmp-\(dead)-2", "checkins/2026/.x.md.tmp-\(dead)-3",
                     ".hearth/.index.tmp-\(dead)-4"]
        try files.createDirectory(atPath: store.root + "/.hearth", withIntermediateDirectories: false)
        let live = "checkins/2026/.2026-W47-sam.md.tmp-\(getpid())-4"
        for path in stale + [live] { try Data("private".utf8).write(to: URL(fileURLWithPath: store.root + "/" + path)) }
        // As a save killed between writing its temporary and the rename leaves the lock: marked.
        try Data([0]).write(to: URL(fileURLWithPath: store.root + "/.hearth.lock"))
        #expect(Set(store.hygieneProblems().map(\.path)) == Set(stale), "doctor names the stale ones only")

        // A new store (a new command) saving in another folder clears them all, under the lock.
        let next = Store(root: store.root)
        try next.saveRituals([], expected: next.load().revision(ofPath: "rituals.md"))
        for path in stale { #expect(!files.fileExists(atPath: store.root + "/" + path), "\(path)") }
        #expect(files.fileExists(atPath: store.root + "/" + live), "a live process's save may still be in flight")
        #expect(try files.attributesOfItem(atPath: store.root + "/.hearth.lock")[.size] as? Int == 0, "the mark is cleared")
    }

    @Test func ignoreFilesExcludeTemporariesAndOldOnesGetTheLineKeepingTheirOwn() throws {
        let store = try Fixtures.initializedStore()
        #expect(try Fixtures.read(".gitignore", in: store).split(separator: "\n").contains(".*.tmp-*"))
        #expect(try Fixtures.read(".stignore", in: store).split(separator: "\n").contains(".*.tmp-*"))
        try Fixtures.write("# ours\n*.bak\n.hearth.lock", to: ".gitignore", in: store)
        let next = Store(root: store.root)
        try next.save(Fixtures.fullCheckIn, profile: Fixtures.profile, expected: nil)
        let text = try Fixtures.read(".gitignore", in: store)
        #expect(text.hasPrefix("# ours\n*.bak\n.hearth.lock\n#"), "\(text)")
        #expect(text.hasSuffix("\n.*.tmp-*\n"))
        try Store(root: store.root).saveRituals([], expected: store.load().revision(ofPath: "rituals.md"))
        #expect(try Fixtures.read(".gitignore", in: store) == text, "added once")
    }
}
