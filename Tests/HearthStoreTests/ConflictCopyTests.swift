import HearthStore
import Testing

/// The copies Syncthing and Dropbox leave when both laptops changed a file: named, found, reported.
@Suite("sync conflict copies", .scratchFolders)
struct ConflictCopyTests {
    @Test(arguments: [
        ("rituals.sync-conflict-20261121-101500-ABCDEFG.md", "rituals.md", "Syncthing"),
        ("checkins/2026/2026-W47-zoe.sync-conflict-20261121-101500-ABCDEFG.md", "checkins/2026/2026-W47-zoe.md", "Syncthing"),
        ("profile (Zoë's conflicted copy 2026-11-21).md", "profile.md", "Dropbox"),
        ("moments/2026/2026-W47-zoe (conflicted copy 2026-11-21 (1)).md", "moments/2026/2026-W47-zoe.md", "Dropbox"),
    ])
    func copiesNameTheirOriginal(path: String, original: String, syncer: String) throws {
        let copy = try #require(ConflictCopy(path: path))
        #expect(copy.original == original)
        #expect(copy.syncer == syncer)
    }

    @Test(arguments: ["rituals.md", "checkins/2026/2026-W47-zoe.md", ".sync-conflict-20261121-101500-ABCDEFG.md",
                      "notes.sync-conflict-20261121-101500-ABCDEFG.txt", "profile (copy).md", "(conflicted copy).md"])
    func otherNamesAreNotCopies(path: String) {
        #expect(ConflictCopy(path: path) == nil)
    }

    @Test func loadAndTheStoreFindCopiesAtTheTopAndInYearFolders() throws {
        let store = try Fixtures.initializedStore()
        try Fixtures.write("copy", to: "rituals.sync-conflict-20261121-101500-ABCDEFG.md", in: store)
        try Fixtures.write("copy", to: "checkins/2026/2026-W47-alex (Sam's conflicted copy 2026-11-21).md", in: store)
        let result = store.load()
        #expect(result.conflictCopies.map(\.original).sorted() == ["checkins/2026/2026-W47-alex.md", "rituals.md"])
        #expect(store.conflictCopies().map(\.path) == [
            "checkins/2026/2026-W47-alex (Sam's conflicted copy 2026-11-21).md",
            "rituals.sync-conflict-20261121-101500-ABCDEFG.md",
        ])
        let problem = try #require(result.problems.first { $0.path.hasPrefix("rituals.sync-conflict") })
        #expect(problem.description.contains("a copy Syncthing left when both laptops changed rituals.md"))
        #expect(problem.hint.contains("hearth resolve"))
    }

    /// The UI counts copies from its load (no second listing of every year folder); it must count what a fresh
    /// listing finds, wherever a copy lies and whether or not the index answered the load.
    @Test func copiesAfterALoadAreTheCopiesAListingFinds() throws {
        let store = try Fixtures.initializedStore()
        for path in ["rituals.sync-conflict-20261121-101500-ABCDEFG.md",
                     "checkins/2026/2026-W47-alex (Sam's conflicted copy 2026-11-21).md",
                     "checkins/2025/2025-W02-sam.sync-conflict-20250110-101500-ABCDEFG.md",
                     "moments/2026/2026-W47-sam.sync-conflict-20261121-101500-ABCDEFG.md",
                     "checkins/old/2019-W01-alex.sync-conflict-20190105-101500-ABCDEFG.md",
                     "checkins/2026-W46-alex.sync-conflict-20261121-101500-ABCDEFG.md"] {
            try Fixtures.write("copy", to: path, in: store)
        }
        _ = try store.write(Fixtures.fullCheckIn, profile: Fixtures.profile, expected: nil)
        let listed = store.conflictCopies()
        #expect(listed.count == 5)
        #expect(store.conflictCopies(after: store.load()) == listed)
        #expect(store.conflictCopies(after: store.load()) == listed)
    }
}
