import Foundation
import HearthDomain
import HearthSeal
import Testing
@testable import HearthStore

@Suite("A damaged sealed file is named and skipped; the rest loads", .scratchFolders)
struct SealedDamageTests {
    static let damaged = "checkins/2026/2026-W47-sam.md.age"

    /// A sealed journal with Alex's check-in and Sam's long one (more than two 64 KiB chunks sealed).
    static func journal() throws -> Store {
        let store = try SealedFixtures.initializedStore()
        try store.save(Fixtures.fullCheckIn, profile: Fixtures.profile, expected: nil)
        try store.save(CheckIn(week: Fixtures.week, partner: "sam", notes: String(repeating: "a long week ", count: 12_000)),
                       profile: Fixtures.profile, expected: nil)
        return store
    }

    /// Loads, expecting exactly the damaged file named, with `failure` in its message, and Alex's check-in whole.
    static func expectContained(_ store: Store, _ failure: String, _ comment: Comment) {
        let loaded = store.load()
        #expect(loaded.problems.map(\.path) == [damaged], comment)
        #expect(loaded.problems.first?.message.contains(failure) == true, "\(loaded.problems) \(comment)")
        #expect(loaded.journal?.checkIns == [Fixtures.fullCheckIn], comment)
    }

    @Test func oneFlippedByteInTheHeaderBodyOrLastChunkIsNamed() throws {
        let store = try Self.journal()
        let original = try #require(SealedFixtures.onDisk(Self.damaged, in: store))
        #expect(original.count > 2 * 65_536)
        let headerEnd = try #require(original.indices.first { original[$0...].starts(with: Array("\n--- ".utf8)) })
        // The payload starts after the MAC line; its first 16 bytes are the nonce. (A byte inside the MAC's
        // base64 would read as a malformed header or a wrong MAC, depending on the random key: not this case.)
        let payload = try #require(original[(headerEnd + 1)...].firstIndex(of: 0x0A)) + 1
        for (offset, failure) in [(3, "not a valid age file"), (30, "the header's MAC does not match"), (payload + 5, "authentication failed"),
                                  (headerEnd + 200, "authentication failed in chunk 1"), (original.count - 3, "authentication failed in chunk 3")] {
            var bytes = original
            bytes[offset] ^= 0x01
            try Fixtures.write(bytes, to: Self.damaged, in: store)
            Self.expectContained(store, failure, "byte \(offset) of \(original.count)")
        }
    }

    @Test func aFileCutAtEvery4KiBIsNamed() throws {
        let store = try Self.journal()
        let original = try #require(SealedFixtures.onDisk(Self.damaged, in: store))
        for length in stride(from: 0, to: original.count, by: 4_096) {
            try Fixtures.write(Array(original.prefix(length)), to: Self.damaged, in: store)
            let loaded = store.load()
            #expect(loaded.problems.map(\.path) == [Self.damaged], "cut at \(length)")
            #expect(loaded.journal?.checkIns == [Fixtures.fullCheckIn], "cut at \(length)")
        }
    }

    @Test func aFileThatIsNotAgeIsNamed() throws {
        let store = try Self.journal()
        try Fixtures.write("---\nhearth: 1\n---\n", to: Self.damaged, in: store)
        Self.expectContained(store, "not a valid age file", "plain text under an .age name")
    }

    @Test func doctorNamesAFileLeftInBothFormsAndPlainTextInAnEncryptedJournal() throws {
        let store = try Self.journal()
        try Fixtures.write(CheckInFile.encode(Fixtures.fullCheckIn), to: "checkins/2026/2026-W47-alex.md", in: store)
        try Fixtures.write(CheckInFile.encode(CheckIn(week: Fixtures.week, partner: "mi")), to: "checkins/2026/2026-W47-mi.md", in: store)
        let problems = store.sealingProblems()
        #expect(problems.map(\.path) == ["checkins/2026/2026-W47-alex.md", "checkins/2026/2026-W47-mi.md"])
        #expect(problems.first?.message.contains("both in plain text and encrypted") == true)
        #expect(problems.first?.hint.contains("hearth encrypt") == true)
        #expect(problems.last?.message == "is plain text in an encrypted journal")
        #expect(store.hygieneProblems().map(\.path).contains("checkins/2026/2026-W47-alex.md"))
        // Both forms read as one check-in (the sealed one), and the plain one beside it still loads.
        #expect(store.load().journal?.checkIns.map(\.partner) == ["alex", "sam", "mi"])
    }

    @Test func doctorNamesADamagedPrivateReflectionOnlyForItsWriter() throws {
        let store = try Self.journal()
        let path = "checkins/2026/2026-W47-alex.private.md.age"
        var bytes = try #require(SealedFixtures.onDisk(path, in: store))
        bytes[bytes.count - 2] ^= 0x01
        try Fixtures.write(bytes, to: path, in: store)
        #expect(store.sealingProblems().map(\.path) == [path])
        #expect(store.sealingProblems().first?.message.contains("authentication failed") == true)
        #expect(store.with(keyring: SealedFixtures.keyring(unlocked: ["sam"])).sealingProblems() == [])
        // The check-in itself still loads, without the reflection that does not open.
        #expect(store.load().journal?.checkIns.first?.reflection == "")
    }
}
