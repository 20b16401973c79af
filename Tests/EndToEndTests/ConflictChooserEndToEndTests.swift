import Foundation
import Testing

/// A real same-field conflict made by real git on two clones, settled in the UI: `m` on home, `o` and `y`
/// keep the other machine's value, and the file on disk holds it with no `conflicts:` entry left.
@Suite(.enabled(if: TmuxSession.tmux != nil, "tmux is not installed"), .endToEnd)
struct ConflictChooserEndToEndTests {
    @Test func theOtherMachinesValueChosenInTheUIIsSavedAndDoctorIsClean() throws {
        let laptops = try TwoLaptops()
        defer { laptops.cleanUp() }
        let (zoe, misaki) = (laptops.zoe, laptops.misaki)
        try TwoLaptops.ritual(zoe, ["add", "Sunday walk", "--weekly", "sunday"])
        try laptops.settle()
        // The same field two ways: Monday on Zoë's laptop, Tuesday on 美咲's, which merges second.
        try TwoLaptops.ritual(zoe, ["edit", "Sunday walk", "--weekly", "monday"])
        try TwoLaptops.ritual(misaki, ["edit", "Sunday walk", "--weekly", "tuesday"])
        let sent = try laptops.sync(zoe)
        #expect(sent.status == 0, "\(sent.stderr)")
        let merging = try laptops.sync(misaki)
        #expect(merging.stdout.contains("1 field was changed both ways"), "\(merging.stdout)\(merging.stderr)")
        #expect(try misaki.file("rituals.md").contains("conflicts:"))
        #expect(try misaki.run(["doctor"]).status == 1)

        let session = try TmuxSession(arguments: ["--dir", misaki.journal.path])
        try session.waitFor("This week", "1 merge conflict · m to choose which value to keep")
        try session.press("m")
        let chooser = try session.waitFor("Merge conflicts · 1 to choose", "rituals.md:")
        #expect(chooser.contains("ritual:sunday-walk · cadence"), "\(chooser)")
        let rows = TmuxSession.rows(chooser)
        let here = try #require(rows.firstIndex { $0.contains("t  keep this machine's value") }, "\(chooser)")
        let other = try #require(rows.firstIndex { $0.contains("o  keep the other machine's value") }, "\(chooser)")
        #expect(rows[here + 1].contains("weekly tuesday") && rows[other + 1].contains("weekly monday"), "\(chooser)")
        try session.press("o")
        try session.waitFor("Keep the other machine's value of ritual:sunday-walk · cadence")
        try session.press("y")
        try session.waitFor("None left", "Kept the other machine's value")
        try session.press("Escape")
        let home = try session.waitUntil("home without the conflict line") { $0.contains("This week") && !$0.contains("merge conflict") }
        #expect(!home.contains("Merge conflicts"))
        try session.press("q")
        #expect(try session.waitForExit().status == 0)

        let rituals = try misaki.file("rituals.md")
        #expect(rituals.contains("weekly monday") && !rituals.contains("weekly tuesday") && !rituals.contains("conflicts:"), "\(rituals)")
        let doctor = try misaki.run(["doctor"])
        #expect(doctor.status == 0, "\(doctor.stdout)\(doctor.stderr)")
    }
}
