import Foundation
import Testing

/// The shared files (rituals, profile, agenda) changed on both laptops and merged record by record.
@Suite("sync of shared files")
struct SharedFilesSyncTests {
    private func ritual(_ cli: HearthCLI, _ arguments: [String]) throws {
        try TwoLaptops.ritual(cli, arguments)
    }

    @Test func ritualsEditedOnBothLaptopsMergeRecordByRecord() throws {
        let laptops = try TwoLaptops()
        defer { laptops.cleanUp() }
        let (zoe, misaki) = (laptops.zoe, laptops.misaki)
        try ritual(zoe, ["add", "Sunday walk", "--weekly", "sunday"])
        try ritual(misaki, ["add", "Date night", "--weekly", "friday"])
        try laptops.settle()
        // Different rituals.
        try ritual(zoe, ["edit", "Sunday walk", "--weekly", "saturday"])
        try ritual(misaki, ["edit", "Date night", "--feeds", "physical"])
        try laptops.settle()
        var rituals = try zoe.file("rituals.md")
        #expect(rituals.contains("weekly saturday") && rituals.contains("[physical]"), "\(rituals)")
        // The same ritual, different fields.
        try ritual(zoe, ["edit", "Date night", "--weekly", "thursday"])
        try ritual(misaki, ["edit", "Date night", "--name", "Date evening"])
        let zoeFirst = try laptops.sync(zoe)
        #expect(zoeFirst.stdout.contains("Committed here: Zoë: ritual Date night edited"), "\(zoeFirst.stdout)")
        try laptops.settle()
        rituals = try misaki.file("rituals.md")
        #expect(rituals.contains("Date evening") && rituals.contains("weekly thursday"), "\(rituals)")
        #expect(try zoe.run(["doctor"]).status == 0)
        // The same field two ways: both values kept, doctor names it, no markers.
        try ritual(zoe, ["edit", "Sunday walk", "--weekly", "monday"])
        try ritual(misaki, ["edit", "Sunday walk", "--weekly", "tuesday"])
        #expect(try laptops.sync(zoe).status == 0)
        let merging = try laptops.sync(misaki)
        #expect(merging.stdout.contains("1 field was changed both ways: both values are kept (the `conflicts:` entry of rituals.md)"),
                "\(merging.stdout)")
        try laptops.settle()
        rituals = try zoe.file("rituals.md")
        #expect(rituals.contains("weekly monday") && rituals.contains("weekly tuesday"), "\(rituals)")
        #expect(rituals.contains("conflicts:") && rituals.contains("record: \"ritual:sunday-walk\""), "\(rituals)")
        #expect(!rituals.contains("<<<<<<<"))
        #expect(try zoe.run(["ritual", "list"]).status == 0, "the journal still reads")
        let doctor = try misaki.run(["doctor"])
        #expect(doctor.status == 1 && doctor.stdout.contains("rituals.md") && doctor.stdout.contains("unresolved merge conflict"),
                "\(doctor.stdout)")
        #expect(try TwoLaptops.contents(of: zoe) == TwoLaptops.contents(of: misaki))
    }

    @Test func profileAndAgendaEditedOnBothLaptopsInEitherOrder() throws {
        let laptops = try TwoLaptops()
        defer { laptops.cleanUp() }
        let (zoe, misaki) = (laptops.zoe, laptops.misaki)
        for (mark, first, second) in [("A", zoe, misaki), ("B", misaki, zoe)] {
            #expect(try zoe.run(["profile", "--love-language", mark == "A" ? "Zoë=touch" : "Zoë=gifts,time"]).status == 0)
            #expect(try misaki.run(["profile", "--love-language", mark == "A" ? "美咲=words" : "美咲=time,touch"]).status == 0)
            // Different steps' titles, by hand: Appreciations becomes "Thanks A", then "Thanks B".
            try TwoLaptops.edit(zoe, "agenda.md") {
                $0.replacingOccurrences(of: mark == "A" ? "title: \"Appreciations" : "title: \"Thanks A", with: "title: \"Thanks \(mark)")
            }
            try TwoLaptops.edit(misaki, "agenda.md") {
                $0.replacingOccurrences(of: mark == "A" ? "title: \"One intention" : "title: \"Next step A", with: "title: \"Next step \(mark)")
            }
            #expect(try laptops.sync(first).status == 0)
            #expect(try laptops.sync(second).status == 0)
            #expect(try laptops.sync(first).status == 0)
            #expect(try TwoLaptops.contents(of: zoe) == TwoLaptops.contents(of: misaki))
            let agenda = try zoe.file("agenda.md")
            #expect(agenda.contains("Thanks \(mark)") && agenda.contains("Next step \(mark)"), "\(agenda)")
            let profile = try zoe.run(["profile"]).stdout
            #expect(profile.contains(mark == "A" ? "touch" : "gifts") && profile.contains(mark == "A" ? "words" : "time"), "\(profile)")
            #expect(try zoe.run(["doctor"]).status == 0)
        }
    }
}
