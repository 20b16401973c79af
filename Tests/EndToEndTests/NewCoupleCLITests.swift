import Foundation
import Testing

/// What a new couple meets first on the command line: init, show, ritual marks and messages about partners.
struct NewCoupleCLITests {
    static let ratings = ["--emotional", "4", "--physical", "3", "--intellectual", "5", "--spiritual", "3", "--experiential", "2"]

    /// `hearth show` ran columns together ("Intellectual 5 deeply connec…4 close").
    @Test func showKeepsEveryRatingWholeAndColumnsApart() throws {
        let cli = try HearthCLI()
        defer { cli.cleanUp() }
        try cli.initCouple()
        #expect(try cli.run(["checkin", "--partner", "zoe"] + Self.ratings).status == 0)
        #expect(try cli.run(["checkin", "--partner", "美咲", "--emotional", "4", "--physical", "3", "--intellectual", "4",
                             "--spiritual", "3", "--experiential", "5"]).status == 0)
        let show = try cli.run(["show", "this"])
        #expect(show.status == 0, "\(show.stderr)")
        let intellectual = try #require(show.stdout.split(separator: "\n").first { $0.hasPrefix("Intellectual") })
        #expect(intellectual.contains("5 deeply connected  "), "\(intellectual)")
        #expect(!intellectual.contains("…"))
        let experiential = try #require(show.stdout.split(separator: "\n").first { $0.hasPrefix("Experiential") })
        #expect(experiential.contains("2 thin") && experiential.hasSuffix("5 deeply connected  <- you see this differently (3 apart)"),
                "\(experiential)")
    }

    /// A partner with only ritual marks has not checked in: `show` says so, as home does.
    @Test func ritualMarksAloneAreNotACheckIn() throws {
        let cli = try HearthCLI()
        defer { cli.cleanUp() }
        try cli.initCouple()
        let mark = try cli.run(["ritual", "mark", "Weekly check-in", "kept", "--partner", "美咲"])
        #expect(mark.status == 0, "\(mark.stderr)")
        let show = try cli.run(["show", "this"])
        #expect(show.stdout.contains("Not checked in: Zoë, 美咲"), "\(show.stdout)")
        #expect(!show.stdout.contains("Emotional"), "no ratings table without a check-in: \(show.stdout)")
        // Her check-in later fills in that file rather than being refused as a second one.
        #expect(try cli.run(["checkin", "--partner", "美咲"] + Self.ratings).status == 0)
        let filled = try cli.run(["show", "this"]).stdout
        #expect(filled.contains("Not checked in: Zoë\n"))
        #expect(filled.contains("              美咲\n"), "only her column: \(filled)")
    }

    /// The same name twice, even differing in case or accents, is refused and nothing is written.
    @Test(arguments: [["Sam", "Sam"], ["Sam", "sam"], ["Zoë", "Zoe"], ["Zoë", "ZOË "]])
    func initRefusesTheSameNameTwice(names: [String]) throws {
        let cli = try HearthCLI()
        defer { cli.cleanUp() }
        let result = try cli.run(["init", "--partner", names[0], "--partner", names[1]])
        #expect(result.status != 0)
        #expect(result.stderr.contains("same name") || result.stderr.contains("given twice"), "\(result.stderr)")
        #expect(!cli.exists("profile.md"))
    }

    /// Names in other scripts get ids a person can read in file names; Han still falls back to partner-N.
    @Test func idsReadInLatinWhereTheScriptAllows() throws {
        let cli = try HearthCLI()
        defer { cli.cleanUp() }
        let made = try cli.run(["init", "--partner", "Ана", "--partner", "Ζωή", "--partner", "美咲"])
        #expect(made.status == 0, "\(made.stderr)")
        let profile = try cli.file("profile.md")
        #expect(profile.contains("id: ana") && profile.contains("id: zoe") && profile.contains("id: partner-3"), "\(profile)")
        #expect(try cli.run(["checkin", "--partner", "Ζωή"] + Self.ratings).status == 0)
        #expect(cli.exists("checkins/2026/2026-W47-zoe.md"))
    }

    /// Messages name partners as written, not by their file ids.
    @Test func anUnknownPartnerIsAnsweredWithTheNames() throws {
        let cli = try HearthCLI()
        defer { cli.cleanUp() }
        try cli.initCouple()
        let trends = try cli.run(["trends", "--partner", "alex"])
        #expect(trends.status != 0)
        #expect(trends.stderr.contains("the journal has Zoë, 美咲"), "\(trends.stderr)")
        #expect(!trends.stderr.contains("partner-2"))
    }

    /// The check-in's ritual list says "weekly on Sunday" like every other screen (it said "weekly sunday").
    @Test func ritualAddSaysTheCadenceInWords() throws {
        let cli = try HearthCLI()
        defer { cli.cleanUp() }
        try cli.initCouple()
        let added = try cli.run(["ritual", "add", "Sunday walk", "--weekly", "sunday"])
        #expect(added.status == 0, "\(added.stderr)")
        #expect(added.stdout.contains("Added Sunday walk, weekly on Sunday"), "\(added.stdout)")
    }
}
