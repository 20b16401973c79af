import Foundation
import HearthDomain
import HearthTestSupport
import Testing
@testable import HearthStore

@Suite("The keys/ folder: partners' key files, read and written through the one door", .scratchFolders)
struct KeyFileTests {
    @Test func keyFilesAreWrittenPrivatelyAndReadBackByName() throws {
        let store = try Fixtures.initializedStore()
        #expect(store.loadKeyFiles().files.isEmpty)
        try store.writeKeyFiles([(path: "keys/alex.age", bytes: Array("sealed".utf8)),
                                 (path: "keys/alex.pub", bytes: Array("age1public\n".utf8))])
        let loaded = store.loadKeyFiles()
        #expect(loaded.problems.isEmpty)
        #expect(loaded.files == ["alex.age": Array("sealed".utf8), "alex.pub": Array("age1public\n".utf8)])
        #expect(try store.readKeyFile("keys/alex.age") == Array("sealed".utf8))
        #expect(try store.readKeyFile("keys/sam.age") == nil)
        let mode = try FileManager.default.attributesOfItem(atPath: store.root + "/keys/alex.age")[.posixPermissions] as? Int
        #expect(mode == 0o600)
        let folderMode = try FileManager.default.attributesOfItem(atPath: store.root + "/keys")[.posixPermissions] as? Int
        #expect(folderMode == 0o700)
    }

    @Test func writingReplacesTheFileWhole() throws {
        let store = try Fixtures.initializedStore()
        try store.writeKeyFiles([(path: "keys/sam.age", bytes: Array(repeating: 0x41, count: 500))])
        try store.writeKeyFiles([(path: "keys/sam.age", bytes: Array("short".utf8))])
        #expect(try store.readKeyFile("keys/sam.age") == Array("short".utf8))
        // No temporary is left beside it.
        #expect(try FileManager.default.contentsOfDirectory(atPath: store.root + "/keys") == ["sam.age"])
    }

    @Test func onlyKeyFilesAreWrittenOrRead() throws {
        let store = try Fixtures.initializedStore()
        for path in ["keys/../profile.md", "keys/Alex.age", "keys/alex.txt", "profile.md", "keys/a/b.age"] {
            #expect(throws: StoreError.self) { try store.writeKeyFiles([(path: path, bytes: [1])]) }
        }
        #expect(throws: StoreError.self) { try store.readKeyFile("profile.md") }
        // Other files in the folder (a note, a backup) are passed over, not read as keys.
        try FileManager.default.createDirectory(atPath: store.root + "/keys", withIntermediateDirectories: true)
        try Data("notes".utf8).write(to: URL(fileURLWithPath: store.root + "/keys/README"))
        #expect(store.loadKeyFiles().files.isEmpty)
        #expect(store.loadKeyFiles().problems.isEmpty)
    }

    @Test func aKeysFolderLinkedOutOfTheJournalIsAProblemNotRead() throws {
        let store = try Fixtures.initializedStore()
        let outside = Fixtures.temporaryFolder()
        try Data("age1x\n".utf8).write(to: URL(fileURLWithPath: outside + "/alex.pub"))
        try FileManager.default.createSymbolicLink(atPath: store.root + "/keys", withDestinationPath: outside)
        let loaded = store.loadKeyFiles()
        #expect(loaded.files.isEmpty)
        #expect(loaded.problems.map(\.path) == ["keys"])
        #expect(throws: StoreError.self) { try store.writeKeyFiles([(path: "keys/alex.pub", bytes: [1])]) }
        #expect(try String(contentsOfFile: outside + "/alex.pub", encoding: .utf8) == "age1x\n")
    }
}

@Suite("Doctor's hygiene covers the keys/ folder", .scratchFolders)
struct KeyFolderHygieneTests {
    @Test func aKeyFileOthersCanReadIsReportedAndTightened() throws {
        let store = try Fixtures.initializedStore()
        try store.writeKeyFiles([(path: "keys/alex.age", bytes: Array("sealed".utf8))])
        try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: store.root + "/keys/alex.age")
        #expect(store.hygieneProblems().map(\.path) == ["keys/alex.age"])
        #expect(store.tightenModes().changed == ["keys/alex.age 0644 -> 0600"])
        #expect(store.hygieneProblems().isEmpty)
    }
}
