import Foundation
import Testing

/// `s` on the home screen of an encrypted journal, unlocked in the UI: the sealed rituals changed on both
/// laptops merge in memory, as `hearth sync` merges them.
@Suite(.enabled(if: TmuxSession.tmux != nil && SealedJournal.hasAge, "tmux or age is not installed"), .endToEnd)
struct EncryptedSyncHomeEndToEndTests {
    @Test func theSyncKeyMergesTheSealedRitualsChangedOnBothLaptops() throws {
        let laptops = try SealedLaptops()
        defer { laptops.cleanUp() }
        let (zoe, misaki) = (laptops.zoe, laptops.misaki)
        try laptops.ritual(zoe, ["edit", "weekly-check-in", "--weekly", "thursday"])
        #expect(try laptops.sync(zoe).status == 0)
        try laptops.ritual(misaki, ["edit", "weekly-check-in", "--name", "Sunday sit-down"])

        let identity = try laptops.sealed.exportedIdentity("partner-2")
        let session = try TmuxSession(width: 120, height: 30, arguments: ["--dir", misaki.journal.path, "--identity", identity])
        try session.waitFor("This week", "c check in  q quit")
        try session.press("s")
        try session.waitFor("Synced: ", "from origin: rituals edited")
        try session.press("q")
        #expect(try session.waitForExit().status == 0)
        let rituals = try laptops.plain(misaki, "rituals.md.age", as: "partner-2")
        #expect(rituals.contains("Sunday sit-down") && rituals.contains("weekly thursday"), "\(rituals)")
        #expect(try TwoLaptops.git(["status", "--porcelain"], in: misaki.journal).isEmpty)
    }
}
