import Foundation
import HearthDomain
import Testing
@testable import HearthStore

/// What can stand where a journal file should: each kind, and what the load must say about it.
enum SpecialEntry: String, CaseIterable, Sendable {
    case folder, fifo, socket, linkToDevice, linkOutside, danglingLink, linkLoop

    /// Puts this kind of entry at `path` (absolute).
    func make(at path: String) throws {
        let manager = FileManager.default
        try manager.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        switch self {
        case .folder: try manager.createDirectory(atPath: path, withIntermediateDirectories: false)
        case .fifo: #expect(mkfifo(path, 0o600) == 0)
        case .socket:
            let socket = Glibc.socket(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0)
            var address = sockaddr_un()
            address.sun_family = sa_family_t(AF_UNIX)
            withUnsafeMutableBytes(of: &address.sun_path) { raw in
                for (index, byte) in path.utf8.prefix(raw.count - 1).enumerated() { raw[index] = byte }
            }
            let bound = withUnsafePointer(to: &address) {
                $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(socket, $0, socklen_t(MemoryLayout<sockaddr_un>.size)) }
            }
            #expect(bound == 0, "bind \(path): \(errno)")
            close(socket)
        case .linkToDevice: try manager.createSymbolicLink(atPath: path, withDestinationPath: "/dev/zero")
        case .linkOutside:
            let outside = Fixtures.temporaryFolder() + "/outside.md"
            try Data("---\nhearth: 1\n---\n".utf8).write(to: URL(fileURLWithPath: outside))
            try manager.createSymbolicLink(atPath: path, withDestinationPath: outside)
        case .danglingLink: try manager.createSymbolicLink(atPath: path, withDestinationPath: "/nonexistent/hearth-file.md")
        case .linkLoop: try manager.createSymbolicLink(atPath: path, withDestinationPath: (path as NSString).lastPathComponent)
        }
    }

    /// The start of the message that says what is actually there.
    var message: String {
        switch self {
        case .folder: "is a folder, not a file"
        case .fifo: "is a FIFO (named pipe), not a file"
        case .socket: "is a socket, not a file"
        case .linkToDevice: "is a link to /dev/zero, outside the journal folder"
        case .linkOutside: "is a link to /"
        case .danglingLink: "is a link to /nonexistent/hearth-file.md, which does not exist"
        case .linkLoop: "is a link that leads back to itself"
        }
    }
}

@Suite("Folders, FIFOs, sockets, devices and links where a journal file should be", .scratchFolders)
struct SpecialFileTests {
    /// Every path a reader opens, and how the load reaches it.
    static let places = ["checkins/2026/2026-W47-alex.md", "moments/2026/2026-W47-sam.md", "agenda.md", "rituals.md"]

    @Test(arguments: SpecialEntry.allCases, places)
    func aSpecialEntryIsReportedForWhatItIsAndTheRestLoads(_ entry: SpecialEntry, _ place: String) throws {
        let store = try Fixtures.initializedStore()
        let kept = CheckIn(week: Fixtures.week.previous, partner: "alex", notes: "Last week")
        try store.save(kept, profile: Fixtures.profile, expected: nil)
        try? FileManager.default.removeItem(atPath: store.root + "/" + place)
        try entry.make(at: store.root + "/" + place)

        let result = store.load()

        #expect(result.journal?.checkIns == [kept])
        let problem = try #require(result.problems.first, "nothing reported for \(entry) at \(place)")
        #expect(result.problems.count == 1)
        #expect(problem.path == place)
        #expect(problem.message.hasPrefix(entry.message), "got: \(problem)")
        #expect(!problem.hint.contains("permissions"), "got: \(problem)")
    }

    @Test(arguments: SpecialEntry.allCases)
    func aSpecialProfileLeavesNoJournalAndSaysWhatItIs(_ entry: SpecialEntry) throws {
        let store = try Fixtures.initializedStore()
        try FileManager.default.removeItem(atPath: store.root + "/profile.md")
        try entry.make(at: store.root + "/profile.md")
        let result = store.load()
        #expect(result.journal == nil)
        #expect(result.problems.map(\.path) == ["profile.md"])
        #expect(result.problems.first?.message.hasPrefix(entry.message) == true, "got: \(result.problems)")
    }

    @Test(arguments: SpecialEntry.allCases)
    func aSpecialDraftIsReported(_ entry: SpecialEntry) throws {
        let store = try Fixtures.initializedStore()
        try entry.make(at: store.root + "/drafts/2026-W47-alex.md")
        let loaded = store.loadDrafts()
        #expect(loaded.drafts.isEmpty)
        #expect(loaded.problems.map(\.path) == ["drafts/2026-W47-alex.md"])
        #expect(loaded.problems.first?.message.hasPrefix(entry.message) == true, "got: \(loaded.problems)")
    }

    @Test func aLinkThatStaysInTheJournalIsFollowed() throws {
        let store = try Fixtures.initializedStore()
        let checkIn = CheckIn(week: Fixtures.week, partner: "alex", notes: "Linked")
        try store.save(checkIn, profile: Fixtures.profile, expected: nil)
        let path = store.root + "/checkins/2026/2026-W47-alex.md"
        try FileManager.default.moveItem(atPath: path, toPath: store.root + "/kept-aside.md")
        try FileManager.default.createSymbolicLink(atPath: path, withDestinationPath: "../../kept-aside.md")
        let result = store.load()
        #expect(result.problems == [])
        #expect(result.journal?.checkIns == [checkIn])
    }

    @Test func aYearFolderLinkedOutOfTheJournalIsNotRead() throws {
        let store = try Fixtures.initializedStore()
        let outside = Fixtures.temporaryFolder()
        try Fixtures.write("---\nhearth: 1\nweek: 2025-W10\npartner: alex\n---\n", to: "checkins/2025/2025-W10-alex.md", in: store)
        try FileManager.default.moveItem(atPath: store.root + "/checkins/2025", toPath: outside + "/2025")
        try FileManager.default.createSymbolicLink(atPath: store.root + "/checkins/2025", withDestinationPath: outside + "/2025")
        let result = store.load()
        #expect(result.journal?.checkIns == [])
        #expect(result.problems.map(\.path) == ["checkins/2025"])
        #expect(result.problems.first?.message.hasPrefix("is a link to \(outside)/2025, outside the journal folder") == true,
                "got: \(result.problems)")
    }

    @Test func aDraftsFolderLinkedOutOfTheJournalIsNotRead() throws {
        let store = try Fixtures.initializedStore()
        let outside = Fixtures.temporaryFolder()
        try FileManager.default.createSymbolicLink(atPath: store.root + "/drafts", withDestinationPath: outside)
        let loaded = store.loadDrafts()
        #expect(loaded.problems.map(\.path) == ["drafts"])
        #expect(loaded.problems.first?.message.contains("outside the journal folder") == true)
    }

    /// Sparse files: the size is refused from fstat, before a byte is read.
    @Test(arguments: [("checkins/2026/2026-W47-alex.md", 40 << 20, "is 40 MB, more than the 32 MB Hearth reads for a check-in"),
                      ("profile.md", 3 << 20, "is 3 MB, more than the 1 MB Hearth reads for the profile"),
                      ("moments/2026/2026-W47-alex.md", 9 << 20, "is 9 MB, more than the 8 MB Hearth reads for a moments file")])
    func aFileOverItsKindsLimitIsRefusedNamingTheLimit(_ place: String, _ size: Int, _ message: String) throws {
        let store = try Fixtures.initializedStore()
        try Fixtures.write("---\nhearth: 1\n---\n", to: place, in: store)
        #expect(truncate(store.root + "/" + place, off_t(size)) == 0)
        let problem = try #require(store.load().problems.first)
        #expect(problem.path == place)
        #expect(problem.message == message)
        #expect(problem.hint.contains("restore it from a backup"))
    }
}

@Suite("Refusals say what happened", .scratchFolders)
struct RefusalMessageTests {
    /// Two `moment add` racing to create a week's file: the loser is told the file appeared, not to edit a check-in.
    @Test func theLoserOfARaceToCreateAMomentsFileIsToldWhatHappened() throws {
        let store = try Fixtures.initializedStore()
        let tuesday = Fixtures.week.date(on: .tuesday)
        let first = Moment(date: tuesday, from: "alex", to: "sam", language: .gifts, text: "Flowers")
        let second = Moment(date: tuesday, from: "alex", to: "sam", language: .time, text: "A long walk")
        try store.saveMoments([first], week: Fixtures.week, partner: "alex", profile: Fixtures.profile, expected: nil)
        do {
            try store.saveMoments([second], week: Fixtures.week, partner: "alex", profile: Fixtures.profile, expected: nil)
            Issue.record("the second creation was not refused")
        } catch {
            #expect(error.description == "moments/2026/2026-W47-alex.md was created meanwhile, by another Hearth or device; "
                + "nothing was overwritten: run this again to add to it")
        }
        #expect(store.load().journal?.moments == [first])
    }
}
