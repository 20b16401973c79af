import Foundation
import Testing

/// A journal file holding a merge conflict: it still reads everywhere, and `hearth doctor` says what to settle.
@Suite(.timeLimit(.minutes(1)))
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
                                       + "\"daily\" on the other machine (hint: keep one value (set it in place) and delete this entry under `conflicts:`)"))
        #expect(doctor.stdout.contains("1 problem in 1 file"))
        let list = try cli.run(["ritual", "list"])
        #expect(list.status == 0)
        #expect(list.stdout.contains("Sunday walk"))
        // Reading never writes: the entry is still there for the couple to settle.
        #expect(try cli.file("rituals.md") == rituals)
    }
}
