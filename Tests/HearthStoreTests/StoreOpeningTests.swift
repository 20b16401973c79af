import HearthDomain
import HearthTestSupport
import Testing
@testable import HearthStore

/// The one way stores are made: every folder opened from a store reads and writes the way it does.
@Suite("Store opening", .scratchFolders)
struct StoreOpeningTests {
    @Test func aReopenedStoreKeepsItsFileSystemAndPatience() throws {
        let fileSystem = RecordingFileSystem()
        var first = Store(root: Fixtures.temporaryFolder(), fileSystem: fileSystem)
        first.lockPatience = 25
        let other = first.reopened(at: Fixtures.temporaryFolder() + "/other/")
        #expect(other.root.hasSuffix("/other") && other.lockPatience == 25)
        try other.initialize(profile: Fixtures.profile, agenda: .standard, rituals: Fixtures.rituals)
        #expect(other.load().journal?.profile == Fixtures.profile)
        #expect(fileSystem.log.reads(under: other.root) >= 3, "profile, agenda and rituals read through the file system given")
    }

    @Test func openResolvesTheFolderAndUsesTheFileSystem() throws {
        let fileSystem = RecordingFileSystem()
        let home = Fixtures.temporaryFolder()
        let store = try Store.open(dir: nil, environment: ["HOME": home], fileSystem: fileSystem)
        #expect(store.root == home + "/.local/share/hearth")
        _ = store.load()
        #expect(fileSystem.log.reads == [store.root + "/profile.md"])
        #expect(throws: StoreError.self) { try Store.open(dir: nil, environment: [:]) }
    }
}
