import Foundation
import Testing

/// The scriptable commands, run as a user runs them: the real binary, real files, no terminal.
@Suite("hearth CLI")
struct CLITests {
    private let ratings = ["--emotional", "4", "--physical", "3", "--intellectual", "5", "--spiritual", "skip", "--experiential", "2"]

    @Test func initWritesProfileAndRefusesASecondTime() throws {
        let cli = try HearthCLI()
        defer { cli.cleanUp() }
        let first = try cli.run(["init", "--partner", "Zoë", "--partner", "美咲", "--love-language", "Zoë=words,time"])
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout.contains("Created a journal for Zoë and 美咲"))
        let profile = try cli.file("profile.md")
        #expect(profile.contains("Zoë") && profile.contains("美咲") && profile.contains("zoe"))
        #expect(profile.contains("words") && profile.contains("time"))
        #expect(cli.exists("agenda.md") && cli.exists("rituals.md"))

        let again = try cli.run(["init", "--partner", "Sam"])
        #expect(again.status != 0)
        #expect(!again.stderr.isEmpty)
        #expect(try cli.file("profile.md") == profile, "a refused init must leave the profile untouched")
    }

    @Test func initRejectsAnUnknownLoveLanguage() throws {
        let cli = try HearthCLI()
        defer { cli.cleanUp() }
        let result = try cli.run(["init", "--partner", "Zoë", "--love-language", "Zoë=poetry"])
        #expect(result.status != 0)
        #expect(result.stderr.contains("'poetry' is not a love language"))
        #expect(result.stderr.contains("words, service, gifts, time, touch"))
        #expect(!cli.exists("profile.md"))
    }

    @Test func checkInWritesTheWeekFileAndListShowsIt() throws {
        let cli = try HearthCLI()
        defer { cli.cleanUp() }
        try cli.initCouple()
        let saved = try cli.run(["checkin", "--partner", "Zoë"] + ratings + [
            "--appreciation", "You made soup when I was ill 🍲", "--appreciation", "The long walk on Sunday",
            "--more", "Slow mornings", "--less", "Late-night phones", "--warning", "less-affection",
            "--ritual", "weekly check-in=kept", "--intention", "Cook together on Thursday", "--device-free", "240",
        ])
        #expect(saved.status == 0, "\(saved.stderr)")
        #expect(saved.stdout.contains("checkins/2026/2026-W47-zoe.md"))
        let file = try cli.file("checkins/2026/2026-W47-zoe.md")
        #expect(file.contains("You made soup when I was ill 🍲"))
        #expect(file.contains("less-affection"))
        #expect(file.contains("Cook together on Thursday"))

        let other = try cli.run(["checkin", "--partner", "美咲", "--week", "2026-W46",
                                 "--emotional", "3", "--physical", "3", "--intellectual", "3", "--spiritual", "4", "--experiential", "5"])
        #expect(other.status == 0, "\(other.stderr)")

        let list = try cli.run(["list"])
        #expect(list.status == 0, "\(list.stderr)")
        let lines = list.stdout.split(separator: "\n").map(String.init)
        #expect(lines[0].contains("Zoë") && lines[0].contains("美咲"))
        let w47 = try #require(lines.firstIndex { $0.hasPrefix("2026-W47") })
        let w46 = try #require(lines.firstIndex { $0.hasPrefix("2026-W46") })
        #expect(w47 < w46, "newest week first")
        #expect(lines[w47].split(separator: " ").joined(separator: " ") == "2026-W47 4 3 5 - 2 . . . . . !1")
        #expect(lines[w46].split(separator: " ").joined(separator: " ") == "2026-W46 . . . . . 3 3 3 4 5")

        let mine = try cli.run(["list", "--partner", "美咲"])
        #expect(!mine.stdout.contains("2026-W47"), "only weeks where 美咲 checked in")
    }

    @Test func aSecondCheckInForTheSameWeekNeedsReplace() throws {
        let cli = try HearthCLI()
        defer { cli.cleanUp() }
        try cli.initCouple()
        #expect(try cli.run(["checkin", "--partner", "zoe", "--note", "first"] + ratings).status == 0)
        let before = try cli.file("checkins/2026/2026-W47-zoe.md")
        let refused = try cli.run(["checkin", "--partner", "zoe", "--note", "second"] + ratings)
        #expect(refused.status != 0)
        #expect(refused.stderr.contains("already checked in for 2026-W47"))
        #expect(refused.stderr.contains("--replace"))
        #expect(try cli.file("checkins/2026/2026-W47-zoe.md") == before)

        let replaced = try cli.run(["checkin", "--partner", "zoe", "--note", "second", "--replace"] + ratings)
        #expect(replaced.status == 0, "\(replaced.stderr)")
        #expect(try cli.file("checkins/2026/2026-W47-zoe.md").contains("second"))
    }

    @Test("bad check-in input is refused with a clear line and writes nothing", arguments: [
        (["--partner", "Kim"], "'Kim' is not a partner"),
        (["--partner", "zoe", "--emotional", "4"], "missing --physical, --intellectual, --spiritual, --experiential"),
        (["--partner", "zoe", "--week", "2026-W52"], "has not started yet"),
        (["--partner", "zoe", "--week", "2026-W99"], "is not a week"),
        (["--partner", "zoe", "--warning", "grumpy"], "'grumpy' is not a warning sign"),
        (["--partner", "zoe", "--ritual", "yoga=kept"], "'yoga' is not one of your rituals"),
        (["--partner", "zoe", "--rating", "sexual=4"], "'sexual' is not a type in this journal"),
    ])
    func badInput(_ extra: [String], _ message: String) throws {
        let cli = try HearthCLI()
        defer { cli.cleanUp() }
        try cli.initCouple()
        let arguments = extra.contains("--emotional") ? ["checkin"] + extra : ["checkin"] + extra + ratings
        let result = try cli.run(arguments)
        #expect(result.status != 0)
        #expect(result.stderr.contains(message), "stderr was: \(result.stderr)")
        #expect(!result.stderr.contains("Fatal error"))
        #expect(try cli.files(under: "checkins").isEmpty, "nothing written")
    }

    @Test func aBrokenFileInAnotherWeekNeitherBlocksNorIsTouchedByACheckIn() throws {
        let cli = try HearthCLI()
        defer { cli.cleanUp() }
        try cli.initCouple()
        #expect(try cli.run(["checkin", "--partner", "zoe", "--week", "2026-W40"] + ratings).status == 0)
        let path = cli.journal.appendingPathComponent("checkins/2026/2026-W40-zoe.md")
        let broken = "---\nhearth: 1\nweek: 2026-W40\n"
        try broken.write(to: path, atomically: true, encoding: .utf8)
        let saved = try cli.run(["checkin", "--partner", "zoe"] + ratings)
        #expect(saved.status == 0, "\(saved.stderr)")
        #expect(cli.exists("checkins/2026/2026-W47-zoe.md"))
        #expect(try String(contentsOf: path, encoding: .utf8) == broken)
        #expect(try cli.run(["doctor"]).status == 1, "doctor still reports it")
    }

    @Test func aRatingOutOfRangeIsRejectedByTheParser() throws {
        let cli = try HearthCLI()
        defer { cli.cleanUp() }
        try cli.initCouple()
        var arguments = ["checkin", "--partner", "zoe"] + ratings
        arguments[4] = "9"
        let result = try cli.run(arguments)
        #expect(result.status != 0)
        #expect(result.stderr.contains("--emotional"))
    }

    @Test func showPrintsTheWholeWeekAndHidesPrivateReflections() throws {
        let cli = try HearthCLI()
        defer { cli.cleanUp() }
        try cli.initCouple()
        #expect(try cli.run(["checkin", "--partner", "zoe", "--appreciation", "Tea in bed ☕️", "--how", "Closer than last month"] + ratings).status == 0)
        #expect(try cli.run(["checkin", "--partner", "美咲", "--emotional", "2", "--physical", "3", "--intellectual", "5",
                             "--spiritual", "3", "--experiential", "4"]).status == 0)
        let show = try cli.run(["show", "2026-11-18"])
        #expect(show.status == 0, "\(show.stderr)")
        #expect(show.stdout.contains("2026-W47  Mon 2026-11-16  to  Sun 2026-11-22"))
        #expect(show.stdout.contains("Tea in bed ☕️"))
        #expect(show.stdout.contains("Closer than last month"))
        let emotional = try #require(show.stdout.split(separator: "\n").first { $0.hasPrefix("Emotional") })
        #expect(emotional.contains("4 close") && emotional.contains("2 thin") && emotional.contains("see this differently"))

        let json = try cli.run(["show", "2026-W47", "--json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let checkIns = try #require(object["checkins"] as? [[String: Any]])
        #expect(checkIns.count == 2)
        #expect((checkIns[0]["ratings"] as? [String: Any])?["spiritual"] as? String == "skipped")
        #expect(checkIns[0]["private_reflection"] == nil, "private text stays out unless --private")
    }

    @Test func listJSONIsValidAndComplete() throws {
        let cli = try HearthCLI()
        defer { cli.cleanUp() }
        try cli.initCouple()
        #expect(try cli.run(["checkin", "--partner", "zoe", "--week", "2026-W45"] + ratings).status == 0)
        let json = try cli.run(["list", "--json"])
        let weeks = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]])
        #expect(weeks.count == 1)
        #expect(weeks[0]["week"] as? String == "2026-W45")
        let entry = try #require((weeks[0]["checkins"] as? [[String: Any]])?.first)
        #expect(entry["name"] as? String == "Zoë")
        #expect((entry["ratings"] as? [String: Any])?["experiential"] as? Int == 2)
    }

    @Test func doctorIsCleanThenNamesTheBrokenFileAndLine() throws {
        let cli = try HearthCLI()
        defer { cli.cleanUp() }
        try cli.initCouple()
        #expect(try cli.run(["checkin", "--partner", "zoe"] + ratings).status == 0)
        let clean = try cli.run(["doctor"])
        #expect(clean.status == 0, "\(clean.stdout)\(clean.stderr)")
        #expect(clean.stdout.contains("No problems"))

        let path = cli.journal.appendingPathComponent("checkins/2026/2026-W47-zoe.md")
        let broken = try String(contentsOf: path, encoding: .utf8).replacingOccurrences(of: "emotional: 4", with: "emotional: 9")
        // In place, as an editor saves: the file keeps its 0600 (a new 0644 file would be a second problem).
        try broken.write(to: path, atomically: false, encoding: .utf8)
        let report = try cli.run(["doctor"])
        #expect(report.status == 1)
        #expect(report.stdout.contains("checkins/2026/2026-W47-zoe.md:"))
        #expect(report.stdout.contains("1 problem in 1 file"))
        #expect(try String(contentsOf: path, encoding: .utf8) == broken, "doctor never writes")

        let list = try cli.run(["list"])
        #expect(list.stderr.contains("run `hearth doctor`"))
    }

    @Test func missingJournalAndBadTodayGiveOneClearLine() throws {
        let cli = try HearthCLI()
        defer { cli.cleanUp() }
        let missing = try cli.run(["list"])
        #expect(missing.status != 0)
        #expect(missing.stderr.contains("no journal in \(cli.journal.path)"))
        #expect(missing.stderr.contains("hearth init"))

        try cli.initCouple()
        let badToday = try cli.run(["list"], environment: ["HEARTH_TODAY": "tomorrow"])
        #expect(badToday.status != 0)
        #expect(badToday.stderr.contains("HEARTH_TODAY='tomorrow' is not a date"))
    }

    @Test func theJournalFolderComesFromTheEnvironmentWithoutDir() throws {
        let cli = try HearthCLI()
        defer { cli.cleanUp() }
        let viaEnvironment = try cli.run(["init", "--partner", "Ana"], dir: false, environment: ["HEARTH_DIR": cli.journal.path])
        #expect(viaEnvironment.status == 0, "\(viaEnvironment.stderr)")
        #expect(cli.exists("profile.md"))
        let xdg = cli.sandbox.appendingPathComponent("xdg")
        let viaXDG = try cli.run(["init", "--partner", "Ben"], dir: false, environment: ["XDG_DATA_HOME": xdg.path])
        #expect(viaXDG.status == 0, "\(viaXDG.stderr)")
        #expect(FileManager.default.fileExists(atPath: xdg.appendingPathComponent("hearth/profile.md").path))
        let viaHome = try cli.run(["init", "--partner", "Cy"], dir: false)
        #expect(viaHome.status == 0, "\(viaHome.stderr)")
        #expect(FileManager.default.fileExists(atPath: cli.sandbox.appendingPathComponent(".local/share/hearth/profile.md").path))
    }
}

@Suite("hearth search")
struct SearchCLITests {
    @Test func findsAccentedWordsAndHidesPrivateOnes() throws {
        let cli = try HearthCLI()
        defer { cli.cleanUp() }
        try cli.initCouple()
        let ratings = ["--emotional", "4", "--physical", "3", "--intellectual", "5", "--spiritual", "3", "--experiential", "2"]
        #expect(try cli.run(["checkin", "--partner", "zoe", "--week", "2026-W45", "--appreciation", "Breakfast at the Café Lumière"] + ratings).status == 0)
        #expect(try cli.run(["checkin", "--partner", "美咲", "--note", "もう一度カフェに行きたい"] + ratings).status == 0)
        let result = try cli.run(["search", "cafe", "lumiere"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("2026-W45  Zoë, appreciation: Breakfast at the [Café Lumière]"))
        #expect(result.stdout.contains("1 match."))
        let japanese = try cli.run(["search", "カフェ", "--json"])
        #expect(japanese.stdout.contains("\"partner\":\"partner-2\""))
        let none = try cli.run(["search", "volcano"])
        #expect(none.stdout.contains("Nothing mentions \"volcano\""))
    }

    @Test func anExcerptStaysOnOneLine() throws {
        let cli = try HearthCLI()
        defer { cli.cleanUp() }
        try cli.initCouple()
        let ratings = ["--emotional", "4", "--physical", "3", "--intellectual", "5", "--spiritual", "3", "--experiential", "2"]
        #expect(try cli.run(["checkin", "--partner", "zoe", "--note", "Rain all week.\nThen the café\r\nby the river"] + ratings).status == 0)
        let result = try cli.run(["search", "cafe"])
        #expect(result.stdout.contains("2026-W47  Zoë, notes: Rain all week. Then the [café] by the river\n"), "\(result.stdout)")
    }
}
