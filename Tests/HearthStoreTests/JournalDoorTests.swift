import Foundation
import HearthDomain
import HearthTestSupport
import Testing
@testable import HearthStore

@Suite("One door for journal bytes: one reader and one writer", .scratchFolders)
struct JournalDoorTests {
    /// The file-system calls that read, write or remove a file's bytes.
    static let byteCalls = ["readFile", "withContents", "withContentsAndIdentity", "withStart", "withRange", "withOwnedContents", "createFile", "syncFile", "rename", "removeFile", "removeTree"]

    /// Files of the seam itself: the protocol, its defaults and the real implementation.
    static let seamFiles: Set = ["FileSystem.swift", "FileSystem+RemoveTree.swift", "ReadRules.swift", "RealFileSystem.swift",
                                 "RealFileSystem+Paths.swift", "RealFileSystem+Reading.swift"]

    /// Every call of `byteCalls` in HearthStore outside the seam, as `file: call` with a count.
    static func byteCallSites() throws -> [String: Int] {
        let sources = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Sources/HearthStore")
        let pattern = try NSRegularExpression(pattern: "\\.(" + byteCalls.joined(separator: "|") + ")\\(")
        var sites: [String: Int] = [:]
        let files = FileManager.default.enumerator(atPath: sources.path)?.compactMap { $0 as? String } ?? []
        #expect(files.count > 20, "the sources were not found at \(sources.path)")
        for file in files where file.hasSuffix(".swift") && !seamFiles.contains((file as NSString).lastPathComponent) {
            let text = try String(contentsOf: sources.appendingPathComponent(file), encoding: .utf8)
            for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
                // Comments may name the calls; only code counts.
                let code = String(line.components(separatedBy: "//")[0])
                for match in pattern.matches(in: code, range: NSRange(code.startIndex..., in: code)) {
                    guard let range = Range(match.range(at: 1), in: code) else { continue }
                    sites["\(file): \(code[range])", default: 0] += 1
                }
            }
        }
        return sites
    }

    @Test func onlyTheDoorAsksTheFileSystemForAFilesBytes() throws {
        // One read (and reading the start of the index), one write path (create, from one buffer or from runs
        // for the index, flush, rename, and removing its temporary when it fails), one removal, the sweep of stale temporaries and removing a demo journal
        // whole: nothing else, nowhere else.
        #expect(try Self.byteCallSites() == [
            "Store/JournalFiles.swift: withContentsAndIdentity": 1,
            "Store/JournalFiles.swift: withStart": 1,
            "Store/JournalFiles.swift: withRange": 1,
            "Store/JournalFiles.swift: withOwnedContents": 1,
            "Store/JournalFiles.swift: createFile": 2,
            "Store/JournalFiles.swift: syncFile": 1,
            "Store/JournalFiles.swift: rename": 1,
            "Store/JournalFiles.swift: removeFile": 3,
            "Store/JournalFiles.swift: removeTree": 1,
        ])
    }

    @Test func everyFileTheStoreTouchesIsOneItKnowsByName() throws {
        let recorder = RecordingFileSystem()
        let store = try Fixtures.initializedStore(fileSystem: recorder)
        let profile = Fixtures.profile
        try store.save(Fixtures.fullCheckIn, profile: profile, expected: nil)
        try store.saveMoments([Moment(date: CivilDate(year: 2026, month: 11, day: 17), from: "alex", to: "sam", language: .gifts, text: "Tea")],
                              week: Fixtures.week, partner: "alex", profile: profile, expected: nil)
        try store.saveDraft(CheckInDraft(checkIn: CheckIn(week: Fixtures.week, partner: "sam"), step: 2, session: ["sam"]))
        _ = store.load()
        _ = store.loadDrafts()
        try store.deleteDraft(week: Fixtures.week, partner: "sam")

        var touched = Set<String>()
        for operation in [RecordingFileSystem.Operation.read, .create, .rename, .remove] {
            for path in recorder.paths(operation, under: store.root) {
                // A write's temporary is named after its file: `.NAME.tmp-PID-N` beside it.
                let name = (path as NSString).lastPathComponent
                let folder = (path as NSString).deletingLastPathComponent
                let original = name.dropFirst().components(separatedBy: ".tmp-").dropLast().joined(separator: ".tmp-")
                let file = Store.temporaryOwner(of: name) == nil ? path : (folder.isEmpty ? "" : folder + "/") + original
                #expect(JournalFileKind(path: file) != nil, "\(operation) \(path)")
                touched.insert(file)
            }
        }
        #expect(touched.isSuperset(of: ["profile.md", "agenda.md", "rituals.md", ".gitignore", ".stignore",
                                        "checkins/2026/2026-W47-alex.md", "moments/2026/2026-W47-alex.md", "drafts/2026-W47-sam.md"]))
    }

    @Test func aSaveReadsItsFileOnceAndWritesItOnce() throws {
        let recorder = RecordingFileSystem()
        let store = try Fixtures.initializedStore(fileSystem: recorder)
        let path = try store.save(Fixtures.fullCheckIn, profile: Fixtures.profile, expected: nil)
        let revision = try #require(store.load().revision(ofPath: path))
        var changed = Fixtures.fullCheckIn
        changed.notes = "Changed."
        recorder.log.clear()
        try store.save(changed, profile: Fixtures.profile, expected: revision)
        #expect(recorder.paths(.read, under: store.root) == [path])
        #expect(recorder.paths(.create, under: store.root).map { ($0 as NSString).deletingLastPathComponent } == ["checkins/2026"])
        #expect(recorder.paths(.rename, under: store.root) == [path])
        #expect(recorder.paths(.remove, under: store.root).isEmpty)
    }

    @Test func savingADraftOverAnEarlierOneReadsItOnce() throws {
        let recorder = RecordingFileSystem()
        let store = try Fixtures.initializedStore(fileSystem: recorder)
        let draft = CheckInDraft(checkIn: CheckIn(week: Fixtures.week, partner: "alex", notes: "first"), step: 1, session: ["alex"])
        let path = try store.saveDraft(draft)
        recorder.log.clear()
        var again = draft
        again.checkIn.notes = "second"
        try store.saveDraft(again)
        #expect(recorder.paths(.read, under: store.root) == [path])
        #expect(store.loadDrafts().drafts.map(\.checkIn.notes) == ["second"])
    }

    @Test func loadingReadsEachJournalFileOnceAndWritesNothing() throws {
        let recorder = RecordingFileSystem()
        let store = try Fixtures.initializedStore(fileSystem: recorder)
        var files = ["agenda.md", "profile.md", "rituals.md"]
        for number in 40...47 {
            var checkIn = Fixtures.fullCheckIn
            checkIn.week = try #require(Week(year: 2026, number: number))
            files.append(try store.save(checkIn, profile: Fixtures.profile, expected: nil))
        }
        recorder.log.clear()
        let loaded = store.load()
        #expect(loaded.journal?.checkIns.count == 8)
        #expect(recorder.paths(.read, under: store.root).sorted() == files.sorted())
        #expect(recorder.log.requests.allSatisfy { $0.operation == .read })
    }

    @Test func aReopenedStoreKeepsItsFileSystem() throws {
        let recorder = RecordingFileSystem()
        let first = try Fixtures.initializedStore(fileSystem: recorder)
        let other = first.reopened(at: Fixtures.temporaryFolder() + "/other")
        try other.initialize(profile: Fixtures.profile, agenda: .standard, rituals: [])
        #expect(recorder.paths(.rename, under: other.root).contains("profile.md"))
    }

    @Test(arguments: [
        ("profile.md", JournalFileKind.profile, true), ("agenda.md", .agenda, true), ("rituals.md", .rituals, true),
        ("checkins/2026/2026-W47-alex.md", .checkIn, true), ("moments/2026/2026-W47-alex.md", .moments, true),
        ("drafts/2026-W47-alex.md", .draft, true),
        (".gitignore", .ignoreFile, false), (".stignore", .ignoreFile, false), (".hearth.lock", .lock, false),
    ] as [(String, JournalFileKind, Bool)])
    func kindsAreToldApartByName(_ path: String, _ kind: JournalFileKind, _ isData: Bool) {
        #expect(JournalFileKind(path: path) == kind)
        #expect(JournalFileKind(path: path)?.isJournalData == isData)
    }

    @Test(arguments: ["notes.md", "checkins/2026-W47-alex.md", "checkins/26/2026-W47-alex.md", "checkins/2026/.2026-W47-alex.md.tmp-1-2",
                      "drafts/.2026-W47-alex.md.tmp-1-2", "moments/2026/2026-W47-alex.txt", "drafts/old/2026-W47-alex.md"])
    func whatIsNotHearthsHasNoKind(_ path: String) {
        #expect(JournalFileKind(path: path) == nil)
    }
}
