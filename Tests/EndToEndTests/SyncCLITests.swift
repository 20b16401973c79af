import Foundation
import Testing

/// `hearth sync` with the real git: a bare remote and two laptops.
@Suite("hearth sync over git")
struct SyncCLITests {
    @Test func checkInsTravelBothWaysInEitherOrder() throws {
        let laptops = try TwoLaptops()
        defer { laptops.cleanUp() }
        try TwoLaptops.checkIn(laptops.zoe, as: "Zoë", ["--how", "Zoë's words"])
        try TwoLaptops.checkIn(laptops.misaki, as: "美咲", ["--how", "美咲の言葉"])
        let first = try laptops.sync(laptops.zoe)
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout.contains("Committed here: Zoë: check-in 2026-W47 (Zoë)"), "\(first.stdout)")
        let second = try laptops.sync(laptops.misaki)
        #expect(second.status == 0, "\(second.stderr)")
        #expect(second.stdout.contains("Took 1 changed file from origin: check-in 2026-W47 (Zoë)"), "\(second.stdout)")
        #expect(try laptops.sync(laptops.zoe).status == 0)
        #expect(try TwoLaptops.contents(of: laptops.zoe) == TwoLaptops.contents(of: laptops.misaki))
        #expect(try laptops.zoe.file("checkins/2026/2026-W47-partner-2.md").contains("美咲の言葉"))
        #expect(try laptops.misaki.file("checkins/2026/2026-W47-zoe.md").contains("Zoë's words"))
        // Commits carry the partner who synced, without any global git identity (HOME is empty here).
        let authors = try TwoLaptops.git(["log", "--format=%an|%s"], in: laptops.zoe.journal)
        #expect(authors.contains("美咲|美咲: check-in 2026-W47 (美咲)"), "\(authors)")
        #expect(try laptops.zoe.run(["doctor"]).status == 0)
        #expect(try laptops.misaki.run(["doctor"]).status == 0)

        // The other order: 美咲 first this time.
        try TwoLaptops.checkIn(laptops.zoe, as: "Zoë", week: "2026-W46")
        try TwoLaptops.checkIn(laptops.misaki, as: "美咲", week: "2026-W46")
        #expect(try laptops.sync(laptops.misaki).status == 0)
        #expect(try laptops.sync(laptops.zoe).status == 0)
        #expect(try laptops.sync(laptops.misaki).status == 0)
        #expect(try TwoLaptops.contents(of: laptops.zoe) == TwoLaptops.contents(of: laptops.misaki))
        #expect(try laptops.zoe.files(under: "checkins/2026").sorted() == [
            "2026-W46-partner-2.md", "2026-W46-zoe.md", "2026-W47-partner-2.md", "2026-W47-zoe.md"])
    }

    @Test func offlineSyncCommitsNowAndSendsNextTime() throws {
        let laptops = try TwoLaptops()
        defer { laptops.cleanUp() }
        let away = laptops.zoe.sandbox.appendingPathComponent("away.git")
        try FileManager.default.moveItem(at: laptops.remote, to: away)
        try TwoLaptops.checkIn(laptops.zoe, as: "Zoë")
        let offline = try laptops.sync(laptops.zoe)
        #expect(offline.status == 0, "\(offline.stderr)")
        #expect(offline.stdout.contains("Could not reach the remote"), "\(offline.stdout)")
        #expect(offline.stdout.contains("the next `hearth sync` sends them"))
        #expect(try TwoLaptops.git(["status", "--porcelain"], in: laptops.zoe.journal).isEmpty, "committed here")
        try FileManager.default.moveItem(at: away, to: laptops.remote)
        let online = try laptops.sync(laptops.zoe)
        #expect(online.stdout.contains("Pushed"), "\(online.stdout)")
        #expect(try laptops.sync(laptops.misaki).status == 0)
        #expect(laptops.misaki.exists("checkins/2026/2026-W47-zoe.md"))
    }

    @Test func refusesWhileAnotherHearthHoldsTheWriterLock() throws {
        let laptops = try TwoLaptops()
        defer { laptops.cleanUp() }
        try TwoLaptops.checkIn(laptops.zoe, as: "Zoë")
        let head = try TwoLaptops.git(["rev-parse", "HEAD"], in: laptops.zoe.journal)
        let descriptor = open(laptops.zoe.journal.appendingPathComponent(".hearth.lock").path, O_RDWR)
        #expect(descriptor >= 0 && flock(descriptor, LOCK_EX) == 0)
        let refused = try laptops.sync(laptops.zoe)
        close(descriptor)
        #expect(refused.status != 0)
        #expect(refused.stderr.contains("another Hearth is saving in this journal"), "\(refused.stderr)")
        #expect(try TwoLaptops.git(["rev-parse", "HEAD"], in: laptops.zoe.journal) == head, "nothing committed")
        #expect(try laptops.sync(laptops.zoe).status == 0, "once the lock is free, sync runs")
    }

    @Test func refusesOverABrokenFileAndChangesNothing() throws {
        let laptops = try TwoLaptops()
        defer { laptops.cleanUp() }
        try TwoLaptops.checkIn(laptops.zoe, as: "Zoë")
        try TwoLaptops.edit(laptops.zoe, "checkins/2026/2026-W47-zoe.md") { $0.replacingOccurrences(of: "emotional: 4", with: "emotional: 9") }
        let remoteBefore = try TwoLaptops.git(["rev-parse", "main"], in: laptops.remote)
        let refused = try laptops.sync(laptops.zoe)
        #expect(refused.status != 0)
        #expect(refused.stderr.contains("checkins/2026/2026-W47-zoe.md") && refused.stderr.contains("hearth doctor"), "\(refused.stderr)")
        #expect(try TwoLaptops.git(["status", "--porcelain", "--untracked-files=all"], in: laptops.zoe.journal).contains("2026-W47-zoe.md"), "not committed")
        #expect(try TwoLaptops.git(["rev-parse", "main"], in: laptops.remote) == remoteBefore)
    }

    @Test func aMergeThatCannotBeMadeLeavesBothSidesAsTheyWere() throws {
        let laptops = try TwoLaptops()
        defer { laptops.cleanUp() }
        // A file that is not the journal's (no record merge for it), changed two ways.
        try Data("Zoë's list\n".utf8).write(to: laptops.zoe.journal.appendingPathComponent("notes.txt"))
        try Data("美咲's list\n".utf8).write(to: laptops.misaki.journal.appendingPathComponent("notes.txt"))
        try TwoLaptops.checkIn(laptops.misaki, as: "美咲")
        #expect(try laptops.sync(laptops.zoe).status == 0)
        let remoteBefore = try TwoLaptops.git(["rev-parse", "main"], in: laptops.remote)
        let before = try TwoLaptops.contents(of: laptops.misaki)
        let failed = try laptops.sync(laptops.misaki)
        #expect(failed.status != 0)
        #expect(failed.stderr.contains("could not be merged in notes.txt"), "\(failed.stderr)")
        #expect(failed.stderr.contains("nothing in the journal or on the remote was changed"))
        #expect(try TwoLaptops.contents(of: laptops.misaki) == before)
        #expect(try TwoLaptops.git(["rev-parse", "main"], in: laptops.remote) == remoteBefore)
        #expect(!(try laptops.misaki.file("notes.txt")).contains("<<<<<<<"))
    }

    @Test func readsDuringASyncSeeOnlyWholeFiles() async throws {
        let laptops = try TwoLaptops()
        defer { laptops.cleanUp() }
        for week in 36...46 {
            try TwoLaptops.checkIn(laptops.zoe, as: "Zoë", week: "2026-W\(week)", ["--how", String(repeating: "many words ", count: 2_000)])
        }
        #expect(try laptops.sync(laptops.zoe).status == 0)
        // 美咲's laptop reads (doctor checks every file) again and again while its sync writes eleven check-ins.
        let reader = Task.detached { () -> [Int32] in
            var statuses: [Int32] = []
            // At least three, however busy the machine, so a slow start still reads something.
            repeat { statuses.append((try? laptops.misaki.run(["doctor"]).status) ?? -1) } while !Task.isCancelled || statuses.count < 3
            return statuses
        }
        let sync = try laptops.sync(laptops.misaki)
        reader.cancel()
        let statuses = await reader.value
        #expect(sync.status == 0, "\(sync.stderr)")
        #expect(sync.stdout.contains("Took 11 changed files"), "\(sync.stdout)")
        #expect(!statuses.isEmpty && statuses.allSatisfy { $0 == 0 }, "doctor runs during the sync: \(statuses)")
    }

    @Test func aSecondJournalSetUpWithTheSameRemoteIsRefused() throws {
        let laptops = try TwoLaptops()
        defer { laptops.cleanUp() }
        let other = try HearthCLI()
        defer { other.cleanUp() }
        try other.initCouple()
        let before = try TwoLaptops.git(["rev-parse", "main"], in: laptops.remote)
        let run = try other.run(["sync", "--setup", laptops.remote.path])
        #expect(run.status != 0)
        #expect(run.stderr.contains("already holds another journal") && run.stderr.contains("--dir NEW-FOLDER"), "\(run.stderr)")
        #expect(try TwoLaptops.git(["rev-parse", "main"], in: laptops.remote) == before, "the remote is unchanged")
    }

    @Test func setupSaysWhenGitIsMissing() throws {
        let cli = try HearthCLI()
        defer { cli.cleanUp() }
        try cli.initCouple()
        let run = try cli.run(["sync", "--setup", cli.sandbox.appendingPathComponent("r.git").path], environment: ["PATH": "/nonexistent"])
        #expect(run.status != 0)
        #expect(run.stderr.contains("sync needs git, and git is not installed"), "\(run.stderr)")
        #expect(!cli.exists(".git"))
    }

    @Test func syncBeforeSetupSaysHow() throws {
        let cli = try HearthCLI()
        defer { cli.cleanUp() }
        try cli.initCouple()
        let run = try cli.run(["sync"])
        #expect(run.status != 0)
        #expect(run.stderr.contains("is not set up for sync yet") && run.stderr.contains("hearth sync --setup"), "\(run.stderr)")
    }
}

/// `hearth resolve`: a syncer's conflict copy merged into its file, the copy removed only after the save.
@Suite("hearth resolve")
struct ResolveCLITests {
    @Test func aCopyInAGitJournalMergesAgainstTheLastCommit() throws {
        let laptops = try TwoLaptops()
        defer { laptops.cleanUp() }
        let cli = laptops.zoe
        // The copy holds the other laptop's change (a ritual added); the original is as last committed.
        #expect(try cli.run(["ritual", "add", "Sunday walk", "--weekly", "sunday"]).status == 0)
        let changed = try cli.file("rituals.md")
        try TwoLaptops.git(["checkout", "--", "rituals.md"], in: cli.journal)
        let copy = "rituals.sync-conflict-20261121-101500-ABCDEFG.md"
        try Data(changed.utf8).write(to: cli.journal.appendingPathComponent(copy))
        let doctor = try cli.run(["doctor"])
        #expect(doctor.status == 1 && doctor.stdout.contains("a copy Syncthing left when both laptops changed rituals.md"), "\(doctor.stdout)")
        let resolved = try cli.run(["resolve"])
        #expect(resolved.status == 0, "\(resolved.stdout)\(resolved.stderr)")
        #expect(resolved.stdout.contains("\(copy): merged into rituals.md and removed"), "\(resolved.stdout)")
        #expect(try cli.file("rituals.md") == changed)
        #expect(!cli.exists(copy))
        #expect(try cli.run(["doctor"]).status == 0)
    }

    @Test func withoutGitBothVersionsAreKeptRecordByRecord() throws {
        let cli = try HearthCLI()
        defer { cli.cleanUp() }
        try cli.initCouple()
        let original = try cli.file("rituals.md")
        // What the other laptop had: a ritual of its own and the shared one on another day.
        #expect(try cli.run(["ritual", "add", "Date night", "--weekly", "friday"]).status == 0)
        #expect(try cli.run(["ritual", "edit", "Weekly check-in", "--weekly", "monday"]).status == 0)
        let theirs = try cli.file("rituals.md")
        try Data(original.utf8).write(to: cli.journal.appendingPathComponent("rituals.md"))
        #expect(try cli.run(["ritual", "add", "Sunday walk", "--weekly", "sunday"]).status == 0)
        let copy = "rituals.sync-conflict-20261121-101500-ABCDEFG.md"
        try Data(theirs.utf8).write(to: cli.journal.appendingPathComponent(copy))
        let resolved = try cli.run(["resolve"])
        #expect(resolved.status == 0, "\(resolved.stdout)\(resolved.stderr)")
        #expect(resolved.stdout.contains("merged into rituals.md and removed") && resolved.stdout.contains("both values kept"),
                "\(resolved.stdout)")
        let merged = try cli.file("rituals.md")
        #expect(merged.contains("Date night") && merged.contains("Sunday walk"), "\(merged)")
        #expect(merged.contains("weekly sunday") && merged.contains("weekly monday"), "both days kept: \(merged)")
        #expect(!cli.exists(copy))
        #expect(try cli.run(["ritual", "list"]).status == 0, "the merged file reads")
    }

    @Test func aCopyThatCannotBeMergedIsKept() throws {
        let cli = try HearthCLI()
        defer { cli.cleanUp() }
        try cli.initCouple()
        let copy = "agenda.sync-conflict-20261121-101500-ABCDEFG.md"
        try Data("steps: [unclosed\n".utf8).write(to: cli.journal.appendingPathComponent(copy))
        let before = try cli.file("agenda.md")
        let resolved = try cli.run(["resolve"])
        #expect(resolved.status == 1)
        #expect(resolved.stdout.contains("\(copy): not merged, kept as it is"), "\(resolved.stdout)")
        #expect(cli.exists(copy))
        #expect(try cli.file("agenda.md") == before)
    }

    @Test func nothingToResolveIsSaid() throws {
        let cli = try HearthCLI()
        defer { cli.cleanUp() }
        try cli.initCouple()
        let run = try cli.run(["resolve"])
        #expect(run.status == 0 && run.stdout.contains("No sync conflict copies"), "\(run.stdout)")
    }
}
