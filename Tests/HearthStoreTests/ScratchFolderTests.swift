import Foundation
import Testing

@Suite("Store tests leave no folders behind")
struct ScratchFolderTests {
    @Test func aTestsScratchFolderIsRemovedWithEverythingInItWhenTheTestEnds() async throws {
        let test = try #require(Test.current)
        nonisolated(unsafe) var made: String?
        try await ScratchFolders().provideScope(for: test, testCase: Test.Case.current) {
            let folder = Fixtures.temporaryFolder()
            try FileManager.default.createDirectory(atPath: folder + "/journal/checkins/2026", withIntermediateDirectories: true)
            try Data("words".utf8).write(to: URL(fileURLWithPath: folder + "/journal/checkins/2026/2026-W47-alex.md"))
            made = folder
        }
        let folder = try #require(made)
        #expect(folder.hasPrefix(ScratchFolders.base + "/"))
        #expect(!FileManager.default.fileExists(atPath: folder))
        #expect(!FileManager.default.fileExists(atPath: (folder as NSString).deletingLastPathComponent))
    }
}
