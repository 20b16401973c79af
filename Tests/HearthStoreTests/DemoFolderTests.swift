import Foundation
import HearthDomain
import HearthStore
import Testing

@Suite("Demo folders: removed whole when the UI is done with them, and nothing else ever is", .scratchFolders)
struct DemoFolderTests {
    static func scratch(_ name: String) throws -> URL {
        let url = URL(fileURLWithPath: Fixtures.temporaryFolder()).appendingPathComponent("\(name)\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    @Test func aDemoFolderGoesWithEverythingInItButNotWhatItLinksTo() throws {
        let outside = try Self.scratch("hearth-outside-")
        defer { try? FileManager.default.removeItem(at: outside) }
        try "keep me".write(to: outside.appendingPathComponent("precious.md"), atomically: true, encoding: .utf8)
        let demo = try Self.scratch(Store.demoFolderPrefix)
        let store = Store(root: demo.path)
        try store.initialize(profile: Profile(partners: [Partner(id: "a", name: "A"), Partner(id: "b", name: "B")]),
                             agenda: .standard, rituals: [])
        try FileManager.default.createDirectory(at: demo.appendingPathComponent("checkins/2026"), withIntermediateDirectories: true)
        try "x".write(to: demo.appendingPathComponent("checkins/2026/2026-W47-a.md"), atomically: true, encoding: .utf8)
        try FileManager.default.createSymbolicLink(at: demo.appendingPathComponent("linked"), withDestinationURL: outside)

        try store.deleteDemoFolder()
        #expect(!FileManager.default.fileExists(atPath: demo.path))
        #expect(try String(contentsOf: outside.appendingPathComponent("precious.md"), encoding: .utf8) == "keep me")
    }

    @Test func aFolderNotNamedAsADemoIsRefusedAndLeftAlone() throws {
        let journal = try Self.scratch("hearth-journal-")
        defer { try? FileManager.default.removeItem(at: journal) }
        try "ours".write(to: journal.appendingPathComponent("profile.md"), atomically: true, encoding: .utf8)
        #expect(throws: StoreError.self) { try Store(root: journal.path).deleteDemoFolder() }
        #expect(FileManager.default.fileExists(atPath: journal.appendingPathComponent("profile.md").path))
    }
}
