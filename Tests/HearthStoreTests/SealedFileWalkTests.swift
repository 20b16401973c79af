import Foundation
import HearthDomain
import HearthTestSupport
import Testing
@testable import HearthStore

@Suite("The key commands' walk over sealed files: found, rewritten whole, keys and hidden folders left", .scratchFolders)
struct SealedFileWalkTests {
    static func plant(_ files: [String], in store: Store) throws {
        for path in files {
            let url = URL(fileURLWithPath: store.root + "/" + path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(path.utf8).write(to: url)
        }
    }

    @Test func everySealedFileOutsideKeysAndHiddenFoldersIsFound() throws {
        let store = try Fixtures.initializedStore()
        try Self.plant(["profile.md.age", "checkins/2026/2026-W47-alex.md.age", "moments/2026/2026-W47-sam.md.age",
                        "drafts/2026-W47-alex.md.age", "keys/alex.age", ".git/objects/x.age", "checkins/2026/notes.md"], in: store)
        #expect(store.sealedFiles() == ["checkins/2026/2026-W47-alex.md.age", "drafts/2026-W47-alex.md.age",
                                        "moments/2026/2026-W47-sam.md.age", "profile.md.age"])
    }

    @Test func aRewriteReplacesWhatTheTransformReturnsAndLeavesTheRest() throws {
        let store = try Fixtures.initializedStore()
        try Self.plant(["profile.md.age", "checkins/2026/2026-W47-alex.md.age"], in: store)
        let rewritten = try store.rewriteSealedFiles { path, bytes in
            path.hasPrefix("checkins/") ? bytes + Array(" rewrapped".utf8) : nil
        }
        #expect(rewritten == ["checkins/2026/2026-W47-alex.md.age"])
        #expect(try String(contentsOfFile: store.root + "/checkins/2026/2026-W47-alex.md.age", encoding: .utf8)
                == "checkins/2026/2026-W47-alex.md.age rewrapped")
        #expect(try String(contentsOfFile: store.root + "/profile.md.age", encoding: .utf8) == "profile.md.age")
        let mode = try FileManager.default.attributesOfItem(atPath: store.root + "/checkins/2026/2026-W47-alex.md.age")[.posixPermissions] as? Int
        #expect(mode == 0o600)
    }

    @Test func aPendingRotationKeyIsAKeyFileAndCanBeRemoved() throws {
        let store = try Fixtures.initializedStore()
        try store.writeKeyFiles([(path: "keys/alex.next.age", bytes: [1, 2])])
        #expect(store.loadKeyFiles().files.keys.sorted() == ["alex.next.age"])
        try store.removeKeyFile("keys/alex.next.age")
        try store.removeKeyFile("keys/alex.next.age")
        #expect(store.loadKeyFiles().files.isEmpty)
    }
}
