import Foundation
import Testing

/// `hearth ritual ...` as a user runs it: the real binary, real files, no terminal.
@Suite("hearth ritual CLI")
struct RitualCLITests {
    @Test func addListsTheRitualAndWritesItToRitualsMd() throws {
        let cli = try HearthCLI()
        defer { cli.cleanUp() }
        try cli.initCouple()
        let added = try cli.run(["ritual", "add", "Date night", "--every", "2", "--weekly", "fri", "--feeds", "emotional", "--feeds", "experiential"])
        #expect(added.status == 0, "\(added.stderr)")
        #expect(added.stdout.contains("Added Date night, every 2 weeks on Friday"))
        let file = try cli.file("rituals.md")
        #expect(file.contains("- id: date-night"))
        #expect(file.contains("cadence: every 2 weeks friday"))
        #expect(file.contains("feeds: [emotional, experiential]"))
        #expect(file.contains("since: 2026-W47"))
        #expect(file.contains("- id: weekly-check-in"), "the ritual init wrote is kept")

        let list = try cli.run(["ritual", "list"])
        #expect(list.status == 0, "\(list.stderr)")
        let row = try #require(list.stdout.split(separator: "\n").first { $0.hasPrefix("Date night") })
        #expect(row.contains("every 2 weeks on Friday") && row.contains("active") && row.contains("50%") && row.contains("due"))

        let json = try cli.run(["ritual", "list", "--json"])
        let decoded = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]]
        let ritual = try #require(decoded?.first { $0["id"] as? String == "date-night" })
        #expect(ritual["cadence"] as? String == "every 2 weeks friday")
        #expect(ritual["strength_percent"] as? Int == 50)
        #expect(ritual["due_this_week"] as? Bool == true)
    }

    @Test func addRefusesBadCadencesAndDuplicateNames() throws {
        let cli = try HearthCLI()
        defer { cli.cleanUp() }
        try cli.initCouple()
        let before = try cli.file("rituals.md")
        let cases: [([String], String)] = [
            (["ritual", "add", "Walk"], "say how often: --daily, --weekly DAY or --every N --weekly DAY"),
            (["ritual", "add", "Walk", "--every", "2"], "--every N needs the day too"),
            (["ritual", "add", "Walk", "--weekly", "someday"], "'someday' is not a day of the week"),
            (["ritual", "add", "Walk", "--daily", "--weekly", "sun"], "--daily cannot be combined"),
            (["ritual", "add", "Walk", "--daily", "--feeds", "cooking"], "'cooking' is not an intimacy type in this journal"),
            (["ritual", "add", "weekly CHECK-in", "--daily"], "there is already a ritual called Weekly check-in"),
        ]
        for (arguments, message) in cases {
            let result = try cli.run(arguments)
            #expect(result.status != 0, "\(arguments)")
            #expect(result.stderr.contains(message), "\(arguments): \(result.stderr)")
            #expect(result.stderr.contains("Hint:"), "\(arguments): every refusal says what to do")
        }
        #expect(try cli.file("rituals.md") == before, "a refused add writes nothing")
    }

    @Test func editPauseResumeAndRetireKeepTheIdAndHistory() throws {
        let cli = try HearthCLI()
        defer { cli.cleanUp() }
        try cli.initCouple()
        #expect(try cli.run(["ritual", "add", "Walk", "--daily"]).status == 0)
        #expect(try cli.run(["ritual", "mark", "walk", "kept", "--partner", "zoe"]).status == 0)
        let renamed = try cli.run(["ritual", "edit", "walk", "--name", "Sunday walk", "--weekly", "sunday", "--feeds", "physical"])
        #expect(renamed.status == 0, "\(renamed.stderr)")
        var file = try cli.file("rituals.md")
        #expect(file.contains("- id: walk\n    name: \"Sunday walk\"\n    cadence: weekly sunday\n    feeds: [physical]"))
        #expect(try cli.run(["ritual", "edit", "Sunday walk", "--pause"]).stdout.contains("Paused Sunday walk"))
        #expect(try cli.file("rituals.md").contains("status: paused"))
        #expect(try cli.run(["ritual", "edit", "sunday walk", "--resume"]).status == 0)
        let retired = try cli.run(["ritual", "retire", "Sunday walk"])
        #expect(retired.status == 0, "\(retired.stderr)")
        file = try cli.file("rituals.md")
        #expect(file.contains("status: retired"))
        #expect(try cli.file("checkins/2026/2026-W47-zoe.md").contains("ritual: walk"), "history stays")
        let list = try cli.run(["ritual", "list"])
        #expect(list.stdout.contains("retired"))
        let again = try cli.run(["ritual", "retire", "walk"])
        #expect(again.status != 0 && again.stderr.contains("already retired") && again.stderr.contains("--resume"))
        let marking = try cli.run(["ritual", "mark", "walk", "kept", "--partner", "zoe"])
        #expect(marking.status != 0 && marking.stderr.contains("Sunday walk is retired"))
        let nothing = try cli.run(["ritual", "edit", "walk"])
        #expect(nothing.status != 0 && nothing.stderr.contains("nothing to change"))
    }

    @Test func markWritesIntoTheExistingCheckInAndKeepsEverythingElse() throws {
        let cli = try HearthCLI()
        defer { cli.cleanUp() }
        try cli.initCouple()
        let checkin = try cli.run(["checkin", "--partner", "Zoë", "--emotional", "4", "--physical", "3", "--intellectual", "5",
                                   "--spiritual", "skip", "--experiential", "2", "--note", "A good week"])
        #expect(checkin.status == 0, "\(checkin.stderr)")
        let marked = try cli.run(["ritual", "mark", "Weekly check-in", "skipped", "--reason", "away, \"visiting\" family", "--partner", "Zoë"])
        #expect(marked.status == 0, "\(marked.stderr)")
        #expect(marked.stdout.contains("Weekly check-in: skipped by Zoë in 2026-W47"))
        let file = try cli.file("checkins/2026/2026-W47-zoe.md")
        #expect(file.contains("emotional: 4") && file.contains("A good week"), "the rest of the check-in is untouched")
        #expect(file.contains("- ritual: weekly-check-in\n    status: skipped\n    reason: \"away, \\\"visiting\\\" family\""))
        // Marking again replaces the mark instead of adding a second one.
        #expect(try cli.run(["ritual", "mark", "weekly-check-in", "kept", "--partner", "zoe"]).status == 0)
        let again = try cli.file("checkins/2026/2026-W47-zoe.md")
        #expect(again.components(separatedBy: "ritual: weekly-check-in").count == 2)
        #expect(again.contains("status: kept") && !again.contains("visiting"))
    }

    @Test func markWithoutACheckInStartsOneThatListAndDoctorAccept() throws {
        let cli = try HearthCLI()
        defer { cli.cleanUp() }
        try cli.initCouple()
        let marked = try cli.run(["ritual", "mark", "weekly check-in", "kept", "--partner", "美咲", "--week", "2026-W46"])
        #expect(marked.status == 0, "\(marked.stderr)")
        let file = try cli.file("checkins/2026/2026-W46-partner-2.md")
        #expect(file.contains("rituals:") && !file.contains("ratings:"))
        let doctor = try cli.run(["doctor"])
        #expect(doctor.status == 0, "\(doctor.stdout)\(doctor.stderr)")
        let list = try cli.run(["list"])
        #expect(list.status == 0)
        #expect(list.stdout.contains("2026-W46"))
        // The week's check-in then fills it in, keeping the mark, without needing --replace.
        let checkin = try cli.run(["checkin", "--partner", "美咲", "--week", "2026-W46", "--emotional", "4", "--physical", "3",
                                   "--intellectual", "5", "--spiritual", "skip", "--experiential", "2"])
        #expect(checkin.status == 0, "\(checkin.stderr)")
        let filled = try cli.file("checkins/2026/2026-W46-partner-2.md")
        #expect(filled.contains("emotional: 4") && filled.contains("- ritual: weekly-check-in\n    status: kept"))
        let again = try cli.run(["checkin", "--partner", "美咲", "--week", "2026-W46", "--emotional", "1", "--physical", "1",
                                 "--intellectual", "1", "--spiritual", "1", "--experiential", "1"])
        #expect(again.status != 0 && again.stderr.contains("already checked in"), "a real check-in still needs --replace")
    }

    @Test func markRefusesUnclearOrImpossibleRequests() throws {
        let cli = try HearthCLI()
        defer { cli.cleanUp() }
        try cli.initCouple()
        let cases: [([String], String)] = [
            (["ritual", "mark", "weekly check-in", "kept"], "say who is marking: this journal has 2 partners (Zoë, 美咲)"),
            (["ritual", "mark", "weekly check-in", "maybe", "--partner", "zoe"], "'maybe' is not how a ritual went"),
            (["ritual", "mark", "yoga", "kept", "--partner", "zoe"], "'yoga' is not one of your rituals"),
            (["ritual", "mark", "weekly check-in", "kept", "--partner", "sam"], "'sam' is not a partner in this journal"),
            (["ritual", "mark", "weekly check-in", "kept", "--partner", "zoe", "--week", "2026-W49"], "2026-W49 has not started yet"),
            (["ritual", "mark", "weekly check-in", "kept", "--partner", "zoe", "--reason", "x"], "--reason goes with skipped"),
        ]
        for (arguments, message) in cases {
            let result = try cli.run(arguments)
            #expect(result.status != 0, "\(arguments)")
            #expect(result.stderr.contains(message), "\(arguments): \(result.stderr)")
        }
        #expect(try cli.files(under: "checkins").isEmpty, "nothing was written")
    }

    @Test func aSinglePartnerJournalNeedsNoPartnerFlag() throws {
        let cli = try HearthCLI()
        defer { cli.cleanUp() }
        #expect(try cli.run(["init", "--partner", "Sam"]).status == 0)
        let marked = try cli.run(["ritual", "mark", "weekly check-in", "kept"])
        #expect(marked.status == 0, "\(marked.stderr)")
        #expect(cli.exists("checkins/2026/2026-W47-sam.md"))
    }

    @Test func aCheckInThatCannotBeReadIsNotOverwritten() throws {
        let cli = try HearthCLI()
        defer { cli.cleanUp() }
        try cli.initCouple()
        #expect(try cli.run(["ritual", "mark", "weekly check-in", "kept", "--partner", "zoe"]).status == 0)
        // A broken hand edit: Hearth refuses to write over a file it cannot read.
        let path = cli.journal.appendingPathComponent("checkins/2026/2026-W47-zoe.md")
        let broken = try cli.file("checkins/2026/2026-W47-zoe.md").replacingOccurrences(of: "status: kept", with: "status: kept\n\tmood: odd")
        try broken.write(to: path, atomically: true, encoding: .utf8)
        let result = try cli.run(["ritual", "mark", "weekly check-in", "skipped", "--partner", "zoe"])
        #expect(result.status != 0)
        #expect(result.stderr.contains("checkins/2026/2026-W47-zoe.md cannot be read, so Hearth will not write over it"))
        #expect(result.stderr.contains("hearth doctor"))
        #expect(try cli.file("checkins/2026/2026-W47-zoe.md") == broken)
    }
}
