import Foundation
import Testing

/// A journal file holding a merge conflict: it still reads everywhere, and `hearth doctor` says what to settle.
@Suite(.endToEnd)
struct MergeConflictCLITests {
    /// rituals.md with one field kept both ways by a merge (cadence: weekly here, daily on the other machine).
    static let conflictedRituals = """
        ---
        hearth: 1
        rituals:
          - id: sunday-walk
            name: "Sunday walk"
            cadence: weekly saturday
            status: active
        conflicts:
          - record: "ritual:sunday-walk"
            field: "cadence"
            kept: "weekly saturday"
            other: "daily"
        ---

        """

    @Test func doctorListsAConflictAndTheRitualStillShows() throws {
        let cli = try HearthCLI()
        defer { cli.cleanUp() }
        try cli.initCouple()
        let rituals = Self.conflictedRituals
        let path = cli.journal.appendingPathComponent("rituals.md").path
        try Data(rituals.utf8).write(to: URL(fileURLWithPath: path))
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: path)

        let doctor = try cli.run(["doctor"])
        #expect(doctor.status == 1)
        #expect(doctor.stdout.contains("rituals.md:9:5: unresolved merge conflict: ritual:sunday-walk cadence is \"weekly saturday\" here, "
                                       + "\"daily\" on the other machine (hint: keep one value: `m` on the home screen, or `hearth resolve --keep kept|other rituals.md:9`)"))
        #expect(doctor.stdout.contains("1 problem in 1 file"))
        let list = try cli.run(["ritual", "list"])
        #expect(list.status == 0)
        #expect(list.stdout.contains("Sunday walk"))
        // Reading never writes: the entry is still there for the couple to settle.
        #expect(try cli.file("rituals.md") == rituals)
    }

    @Test func resolveListsTheConflictAndKeepsTheOtherValue() throws {
        let cli = try HearthCLI()
        defer { cli.cleanUp() }
        try cli.initCouple()
        let path = cli.journal.appendingPathComponent("rituals.md").path
        try Data(Self.conflictedRituals.utf8).write(to: URL(fileURLWithPath: path))
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: path)

        let list = try cli.run(["resolve", "--list-conflicts"])
        #expect(list.status == 0)
        #expect(list.stdout == """
            rituals.md:9: ritual:sunday-walk cadence: kept "weekly saturday", other "daily"
            1 field kept both ways: keep one value with `hearth resolve --keep kept|other FILE:LINE`.

            """, "\(list.stdout)")
        #expect(try cli.file("rituals.md") == Self.conflictedRituals, "listing changes nothing")

        let wrong = try cli.run(["resolve", "--keep", "other", "rituals.md:8"])
        #expect(wrong.status != 0 && wrong.stderr.contains("no merge conflict at rituals.md:8"), "\(wrong.stderr)")
        #expect(try cli.run(["resolve", "--keep", "other"]).status != 0, "--keep needs FILE:LINE")

        let kept = try cli.run(["resolve", "--keep", "other", "rituals.md:9"])
        #expect(kept.status == 0, "\(kept.stderr)")
        #expect(kept.stdout == "Kept the other machine's value of ritual:sunday-walk cadence in rituals.md: \"daily\".\n")
        let rituals = try cli.file("rituals.md")
        #expect(rituals.contains("cadence: daily") && !rituals.contains("conflicts:"), "\(rituals)")
        #expect(try cli.run(["doctor"]).status == 0)
        #expect(try cli.run(["resolve", "--list-conflicts"]).stdout.hasPrefix("No merge conflicts in "))
    }
}
