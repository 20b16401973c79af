import Foundation
import HearthDomain
import Testing
@testable import HearthStore

@Suite("A failed save never damages what was there", .scratchFolders)
struct FaultInjectionTests {
    enum Outcome: Sendable { case old, new }

    @Test(arguments: [
        (FaultyFileSystem.Fault.shortWrite, Outcome.old),
        (.noSpace, .old),
        (.ioError(.create), .old),
        (.ioError(.syncFile), .old),
        (.ioError(.rename), .old),
        (.ioError(.syncDirectory), .new),
        (.crash(after: .create), .old),
        (.crash(after: .syncFile), .old),
        (.crash(after: .rename), .new),
        (.crash(after: .syncDirectory), .new),
    ] as [(FaultyFileSystem.Fault, Outcome)])
    func failedSaveLeavesACompleteFile(_ fault: FaultyFileSystem.Fault, _ expected: Outcome) throws {
        let root = Fixtures.temporaryFolder() + "/journal"
        let real = Store(root: root)
        try real.initialize(profile: Fixtures.profile, agenda: .standard, rituals: [])
        let path = try real.save(Fixtures.fullCheckIn, profile: Fixtures.profile, expected: nil)
        let oldBytes = try Data(contentsOf: URL(fileURLWithPath: root + "/" + path))
        let revision = try #require(real.load().revision(ofPath: path))

        var changed = Fixtures.fullCheckIn
        changed.notes = "A much longer note than before, so that a half-written file would show."
        let faulty = Store(root: root, fileSystem: FaultyFileSystem(fault: fault))
        #expect(throws: StoreError.self) {
            try faulty.save(changed, profile: Fixtures.profile, expected: revision)
        }

        let after = real.load()
        #expect(after.problems.isEmpty)
        // A wrapper that implements only the path-based calls reads the same journal.
        #expect(faulty.load().journal == after.journal)
        switch expected {
        case .old:
            #expect(try Data(contentsOf: URL(fileURLWithPath: root + "/" + path)) == oldBytes)
            #expect(after.journal?.checkIns == [Fixtures.fullCheckIn])
        case .new:
            #expect(after.journal?.checkIns == [changed])
        }
        // Only a crash may leave its hidden temporary file behind; the loader ignores it.
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: root + "/checkins/2026").filter { $0.hasPrefix(".") }
        if case .crash = fault {} else { #expect(leftovers.isEmpty) }
        // The journal can still be saved to afterwards.
        let current = try #require(after.revision(ofPath: path))
        try real.save(changed, profile: Fixtures.profile, expected: current)
    }

    @Test func errorMessagesSayWhatWhereAndWhatToDo() throws {
        let root = Fixtures.temporaryFolder() + "/journal"
        try Store(root: root).initialize(profile: Fixtures.profile, agenda: .standard, rituals: [])
        let faulty = Store(root: root, fileSystem: FaultyFileSystem(fault: .noSpace))
        do {
            try faulty.save(Fixtures.fullCheckIn, profile: Fixtures.profile, expected: nil)
            Issue.record("the save should have failed")
        } catch {
            #expect(error.description.hasPrefix("cannot write checkins/2026/2026-W47-alex.md: No space left on device (the previous version is untouched);"))
        }
    }
}
