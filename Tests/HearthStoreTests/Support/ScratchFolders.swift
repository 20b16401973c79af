import Foundation
import Testing

/// Gives each test of a suite a scratch folder of its own (`Fixtures.temporaryFolder()` makes folders in it)
/// and removes it, with whatever the test left there, when the test ends, passed or failed.
struct ScratchFolders: SuiteTrait, TestTrait, TestScoping {
    /// Where every test's scratch folder goes, under the system temporary folder.
    static let base = FileManager.default.temporaryDirectory.path + "/hearth-store-tests"

    /// The scratch folder of the running test; nil outside a suite marked `.scratchFolders`.
    @TaskLocal static var current: String?

    var isRecursive: Bool { true }

    /// Eight random hex digits: short, since a socket's whole path must fit in 108 bytes.
    static func shortName() -> String {
        String(UUID().uuidString.prefix(8))
    }

    func scopeProvider(for test: Test, testCase: Test.Case?) -> ScratchFolders? {
        // One folder per test case; a suite as a whole needs none.
        testCase == nil ? nil : self
    }

    func provideScope(for test: Test, testCase: Test.Case?, performing function: @Sendable () async throws -> Void) async throws {
        let folder = Self.base + "/" + Self.shortName()
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try await Self.$current.withValue(folder) { try await function() }
    }
}

extension Trait where Self == ScratchFolders {
    /// Each test gets a scratch folder, removed when it ends.
    static var scratchFolders: ScratchFolders { ScratchFolders() }
}
