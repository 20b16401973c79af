import Foundation
import Testing

/// `hearth moment ...` and `hearth profile` as a user runs them.
@Suite("hearth moment and profile CLI")
struct MomentAndProfileCLITests {
    @Test func momentsAppendToTheGiversWeekFileAndList() throws {
        let cli = try HearthCLI()
        defer { cli.cleanUp() }
        try cli.initCouple()
        let first = try cli.run(["moment", "add", "--from", "Zoë", "--to", "美咲", "--language", "service", "Fixed the bike 🚲", "--date", "2026-11-17"])
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout.contains("moments/2026/2026-W47-zoe.md"))
        let second = try cli.run(["moment", "add", "--from", "zoe", "--to", "美咲", "--language", "time", "Long breakfast", "--landed", "She smiled"])
        #expect(second.status == 0, "\(second.stderr)")
        let file = try cli.file("moments/2026/2026-W47-zoe.md")
        #expect(file.contains("text: \"Fixed the bike 🚲\""), "the first moment is kept")
        #expect(file.contains("date: 2026-11-21") && file.contains("text: \"Long breakfast\"") && file.contains("landed: \"She smiled\""))
        let other = try cli.run(["moment", "add", "--from", "美咲", "--to", "Zoë", "--language", "words", "A kind note", "--date", "2026-11-09"])
        #expect(other.status == 0, "\(other.stderr)")
        #expect(cli.exists("moments/2026/2026-W46-partner-2.md"))

        let list = try cli.run(["moment", "list"])
        let lines = list.stdout.split(separator: "\n").map(String.init)
        #expect(lines.count == 3)
        #expect(lines[0].hasPrefix("2026-11-09") && lines[0].contains("A kind note"), "oldest first")
        #expect(lines[2].contains("Long breakfast") && lines[2].contains("(landed: She smiled)"))
        let week = try cli.run(["moment", "list", "--week", "2026-W46", "--json"])
        let decoded = try JSONSerialization.jsonObject(with: Data(week.stdout.utf8)) as? [[String: Any]]
        #expect(decoded?.count == 1)
        #expect(decoded?.first?["from"] as? String == "partner-2")
        #expect(decoded?.first?["language"] as? String == "words")
        #expect(try cli.run(["doctor"]).status == 0)
    }

    @Test func momentAddRefusesWhatCannotBeRight() throws {
        let cli = try HearthCLI()
        defer { cli.cleanUp() }
        try cli.initCouple()
        let cases: [([String], String)] = [
            (["moment", "add", "--from", "zoe", "--to", "zoe", "--language", "time", "x"], "--from and --to are both Zoë"),
            (["moment", "add", "--from", "zoe", "--to", "sam", "--language", "time", "x"], "'sam' is not a partner in this journal"),
            (["moment", "add", "--from", "zoe", "--to", "美咲", "--language", "poetry", "x"], "'poetry' is not a love language"),
            (["moment", "add", "--from", "zoe", "--to", "美咲", "--language", "time", "x", "--date", "2026-12-01"], "2026-12-01 is after today"),
            (["moment", "add", "--from", "zoe", "--to", "美咲", "--language", "time", "x", "--date", "21/11"], "'21/11' is not a date"),
            (["moment", "add", "--from", "zoe", "--to", "美咲", "--language", "time", "  "], "say what happened"),
        ]
        for (arguments, message) in cases {
            let result = try cli.run(arguments)
            #expect(result.status != 0, "\(arguments)")
            #expect(result.stderr.contains(message), "\(arguments): \(result.stderr)")
        }
        #expect(try cli.files(under: "moments").isEmpty)
    }

    @Test func profileShowsAndSetsLoveLanguages() throws {
        let cli = try HearthCLI()
        defer { cli.cleanUp() }
        try cli.initCouple()
        let shown = try cli.run(["profile"])
        #expect(shown.status == 0, "\(shown.stderr)")
        #expect(shown.stdout.contains("Words of affirmation, then Quality time"))
        #expect(shown.stdout.contains("美咲") && shown.stdout.contains("Acts of service"))
        let set = try cli.run(["profile", "--love-language", "美咲=touch,gifts", "--love-language", "zoe=time"])
        #expect(set.status == 0, "\(set.stderr)")
        #expect(set.stdout.contains("美咲: physical touch, then receiving gifts"))
        let json = try cli.run(["profile", "--json"])
        let decoded = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
        let partners = try #require(decoded?["partners"] as? [[String: Any]])
        #expect(partners.map { $0["primary"] as? String } == ["time", "touch"])
        #expect(partners.map { $0["secondary"] as? String } == [nil, "gifts"])
        #expect(try cli.file("profile.md").contains("primary: touch"))
        let bad = try cli.run(["profile", "--love-language", "美咲=poetry"])
        #expect(bad.status != 0 && bad.stderr.contains("'poetry' is not a love language"))
    }

    @Test func showPrintsTheMomentsLoggedThatWeekWithOrWithoutCheckIns() throws {
        let cli = try HearthCLI()
        defer { cli.cleanUp() }
        try cli.initCouple()
        let added = try cli.run(["moment", "add", "--from", "美咲", "--to", "Zoë", "--language", "gifts", "A tangerine",
                                 "--date", "2026-11-17", "--landed", "Made the morning"])
        #expect(added.status == 0, "\(added.stderr)")
        let alone = try cli.run(["show", "2026-W47"])
        #expect(alone.status == 0, "\(alone.stderr)")
        #expect(alone.stdout.contains("No check-ins this week."))
        #expect(alone.stdout.contains("Love-language moments logged this week:"), "\(alone.stdout)")
        #expect(alone.stdout.contains("Tue 2026-11-17  美咲 -> Zoë, receiving gifts: A tangerine (landed: Made the morning)"))

        let checkIn = try cli.run(["checkin", "--partner", "Zoë", "--week", "2026-W47", "--emotional", "4", "--physical", "4",
                                   "--intellectual", "4", "--spiritual", "4", "--experiential", "4"])
        #expect(checkIn.status == 0, "\(checkIn.stderr)")
        let beside = try cli.run(["show", "2026-W47"])
        #expect(beside.stdout.contains("== Zoë ==") && beside.stdout.contains("美咲 -> Zoë, receiving gifts: A tangerine"))
        let json = try cli.run(["show", "2026-W47", "--json"])
        let decoded = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
        let moments = try #require(decoded?["moments"] as? [[String: Any]])
        #expect(moments.count == 1)
        #expect(moments.first?["text"] as? String == "A tangerine" && moments.first?["date"] as? String == "2026-11-17")
        #expect(moments.first?["language"] as? String == "gifts")
    }

    @Test func aPrimaryGivenAloneKeepsTheSecondaryAndSaysWhatHappenedToIt() throws {
        let cli = try HearthCLI()
        defer { cli.cleanUp() }
        try cli.initCouple()
        let both = try cli.run(["profile", "--love-language", "美咲=service,gifts"])
        #expect(both.status == 0, "\(both.stderr)")
        // A primary alone: the secondary stays, and the output says so.
        let alone = try cli.run(["profile", "--love-language", "美咲=time"])
        #expect(alone.status == 0, "\(alone.stderr)")
        #expect(alone.stdout.contains("美咲: quality time, then receiving gifts"), "\(alone.stdout)")
        #expect(alone.stdout.contains("美咲's secondary stays receiving gifts"))
        // The new primary is the secondary: it cannot be both, and the output says it went.
        let onto = try cli.run(["profile", "--love-language", "美咲=gifts"])
        #expect(onto.status == 0, "\(onto.stderr)")
        #expect(onto.stdout.contains("美咲's secondary was receiving gifts, now the primary, so there is no secondary"), "\(onto.stdout)")
        let json = try cli.run(["profile", "--json"])
        let decoded = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
        let partners = try #require(decoded?["partners"] as? [[String: Any]])
        #expect(partners.map { $0["primary"] as? String } == ["words", "gifts"])
        #expect(partners.map { $0["secondary"] as? String } == ["time", nil])
    }

    @Test func theSameLanguageTwiceIsRefusedAndNothingIsSaved() throws {
        let cli = try HearthCLI()
        defer { cli.cleanUp() }
        try cli.initCouple()
        let before = try cli.file("profile.md")
        let twice = try cli.run(["profile", "--love-language", "Zoë=words,words"])
        #expect(twice.status != 0)
        #expect(twice.stderr.contains("words is given as both primary and secondary"), "\(twice.stderr)")
        #expect(!twice.stdout.contains("saved"))
        #expect(try cli.file("profile.md") == before)
        let atInit = try HearthCLI()
        defer { atInit.cleanUp() }
        let refused = try atInit.run(["init", "--partner", "Zoë", "--partner", "美咲", "--love-language", "Zoë=time,time"])
        #expect(refused.status != 0 && refused.stderr.contains("time is given as both primary and secondary"), "\(refused.stderr)")
    }
}
