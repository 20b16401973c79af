import Foundation
@testable import hearth
import HearthDomain
import HearthStore
import HearthTestSupport
import Testing

/// The UI's store access keeps the file system it was given in every folder it moves to.
@Suite("Store access")
struct StoreAccessTests {
    @Test func aReopenedFolderIsReadThroughTheSameFileSystem() throws {
        let fileSystem = RecordingFileSystem()
        let first = try FuzzFolders.make("reopen-a"), second = try FuzzFolders.make("reopen-b")
        defer { for folder in [first, second] { try? FileManager.default.removeItem(atPath: folder) } }
        try Store(root: second).importJournal(DemoJournal.make(weeks: 2, endingAt: Week(containing: KeystrokeFuzzTests.today), seed: 1))
        let access = StoreAccess(store: Store(root: first, fileSystem: fileSystem)).reopened(at: second)
        #expect(access.load().journal != nil)
        #expect(fileSystem.log.reads(under: second) > 0, "\(fileSystem.log.reads)")
    }

    @Test func theDemoIsWrittenAndReadThroughTheSameFileSystem() throws {
        let fileSystem = RecordingFileSystem()
        let folder = try FuzzFolders.make("demo-home")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let access = StoreAccess(store: Store(root: folder, fileSystem: fileSystem))
        let demo = try access.makeDemo(endingAt: Week(containing: KeystrokeFuzzTests.today))
        defer { try? access.reopened(at: demo.folder).deleteDemoFolder() }
        #expect(!demo.journal.checkIns.isEmpty)
        #expect(fileSystem.log.reads(under: demo.folder) > 0)
    }

    /// The UI's start reads the journal and counts the merge conflicts for home: each check-in is read once,
    /// by the load; the count reads again only files that hold a `conflicts:` entry (here none).
    @Test func homesConflictCountReadsNoCheckInASecondTime() throws {
        let fileSystem = RecordingFileSystem()
        let folder = try FuzzFolders.make("conflict-count")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let journal = DemoJournal.make(weeks: 8, endingAt: Week(containing: KeystrokeFuzzTests.today), seed: 1)
        try Store(root: folder).importJournal(journal)
        let access = StoreAccess(store: Store(root: folder, fileSystem: fileSystem))
        #expect(access.load().journal?.checkIns.count == journal.checkIns.count)
        #expect(access.conflicts().isEmpty)
        #expect(fileSystem.log.reads(under: folder + "/checkins") == journal.checkIns.count, "\(fileSystem.log.reads)")
    }
}
