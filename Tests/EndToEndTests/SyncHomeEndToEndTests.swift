import Foundation
import Testing

/// `s` on the home screen syncs with the real git against a local bare remote: the partner's check-in,
/// synced from the other laptop with the CLI, appears on home with the outcome line.
@Suite(.enabled(if: TmuxSession.tmux != nil, "tmux is not installed"), .endToEnd)
struct SyncHomeEndToEndTests {
    @Test func theSyncKeyBringsThePartnersCheckInHome() throws {
        let laptops = try TwoLaptops()
        defer { laptops.cleanUp() }
        try TwoLaptops.checkIn(laptops.zoe, as: "Zoë")
        let sent = try laptops.sync(laptops.zoe)
        #expect(sent.status == 0, "\(sent.stderr)")

        let session = try TmuxSession(arguments: ["--dir", laptops.misaki.journal.path])
        try session.waitFor("This week", "c check in  q quit")
        #expect(session.lastScreen.contains("Zoë not yet"))
        try session.press("s")
        let synced = try session.waitFor("Synced: Took 1 changed file from origin")
        #expect(synced.contains("Zoë has checked in"), "\(synced)")
        #expect(try TwoLaptops.git(["status", "--porcelain"], in: laptops.misaki.journal).isEmpty)
        try session.press("q")
        #expect(try session.waitForExit().status == 0)
    }

    @Test func theSyncKeyOnAJournalWithoutARemoteSaysHowToSetItUp() throws {
        let cli = try HearthCLI()
        defer { cli.cleanUp() }
        try cli.initCouple()
        let session = try TmuxSession(arguments: ["--dir", cli.journal.path])
        try session.waitFor("This week", "c check in  q quit")
        try session.press("s")
        try session.waitFor("hearth sync --setup URL")
        #expect(!cli.exists(".git"), "the key never sets up sync by itself")
        try session.press("q")
        #expect(try session.waitForExit().status == 0)
    }

    @Test func theSyncKeyOfflineSaysItWillSendNextTime() throws {
        let laptops = try TwoLaptops()
        defer { laptops.cleanUp() }
        try FileManager.default.moveItem(at: laptops.remote, to: laptops.zoe.sandbox.appendingPathComponent("away.git"))
        try TwoLaptops.checkIn(laptops.misaki, as: "美咲")
        let session = try TmuxSession(arguments: ["--dir", laptops.misaki.journal.path])
        try session.waitFor("This week", "c check in  q quit")
        try session.press("s")
        try session.waitFor("Offline: saved here, will send next time")
        #expect(try TwoLaptops.git(["status", "--porcelain"], in: laptops.misaki.journal).isEmpty, "committed here")
        try session.press("q")
        #expect(try session.waitForExit().status == 0)
    }

    @Test func homeCountsAConflictCopyAndAFieldKeptBothWays() throws {
        let cli = try HearthCLI()
        defer { cli.cleanUp() }
        try cli.initCouple()
        let rituals = MergeConflictCLITests.conflictedRituals
        for name in ["rituals.md", "agenda.sync-conflict-20261121-101500-ABCDEFG.md"] {
            let url = cli.journal.appendingPathComponent(name)
            try Data((name == "rituals.md" ? rituals : try cli.file("agenda.md")).utf8).write(to: url)
            try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: url.path)
        }
        let session = try TmuxSession(arguments: ["--dir", cli.journal.path])
        let screen = try session.waitFor("This week", "c check in")
        #expect(screen.contains("1 sync conflict · run `hearth resolve`"), "\(screen)")
        #expect(screen.contains("1 merge conflict ·"), "\(screen)")
        try session.press("q")
        #expect(try session.waitForExit().status == 0)
    }
}
