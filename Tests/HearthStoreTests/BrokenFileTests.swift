import HearthDomain
import Testing
@testable import HearthStore

/// One broken check-in and the exact problem it must produce.
struct BrokenCase: Sendable, CustomStringConvertible {
    var description: String
    var bytes: [UInt8]
    var fileName = "2026-W47-alex.md"
    var line: Int
    var column: Int
    var message: String

    init(_ description: String, _ text: String, fileName: String = "2026-W47-alex.md", at line: Int, _ column: Int, _ message: String) {
        self.init(description, Array(text.utf8), fileName: fileName, at: line, column, message)
    }

    init(_ description: String, _ bytes: [UInt8], fileName: String = "2026-W47-alex.md", at line: Int, _ column: Int, _ message: String) {
        self.description = description
        self.bytes = bytes
        self.fileName = fileName
        self.line = line
        self.column = column
        self.message = message
    }
}

/// A valid check-in for alex in 2026-W47, as a hand would type it; the cases below break one thing each.
private let valid = """
    ---
    hearth: 1
    week: 2026-W47
    partner: alex
    ratings:
      emotional: 4
      physical: 3
    ---

    ## Notes

    Fine.

    """

private func replacing(_ old: String, with new: String) -> String {
    valid.replacingOccurrences(of: old, with: new)
}

private let cases: [BrokenCase] = [
    BrokenCase("truncated in the front matter", String(valid.prefix(37)), at: 4, 9, "the front matter never ends"),
    BrokenCase("invalid UTF-8", Array(valid.utf8.prefix(100)) + [0xFF] + Array(valid.utf8.dropFirst(100)), at: 12, 5, "invalid UTF-8 (byte 0xFF)"),
    BrokenCase("binary", [0x7F, 0x45, 0x4C, 0x46, 0x00, 0x02], at: 1, 5, "binary data"),
    BrokenCase("bad indentation", replacing("  physical: 3", with: "   physical: 3"), at: 7, 4, "unexpected indentation"),
    BrokenCase("rating 9", replacing("emotional: 4", with: "emotional: 9"), at: 6, 14, "rating 9 is outside 1-5"),
    BrokenCase("unknown partner", replacing("partner: alex", with: "partner: kim"), fileName: "2026-W47-kim.md",
               at: 4, 10, "`partner`: 'kim' is not in the profile (known: alex, sam, mi)"),
    BrokenCase("duplicate key", replacing("partner: alex", with: "partner: alex\nweek: 2026-W48"), at: 5, 1,
               "duplicate key `week` (first on line 3)"),
    BrokenCase("future format version", replacing("hearth: 1", with: "hearth: 2"), at: 2, 9, "written by a newer Hearth (format version 2"),
    BrokenCase("empty", "", at: 1, 1, "the file is empty"),
    BrokenCase("no front matter", "## Notes\nhello\n", at: 1, 1, "the file does not start with `---`"),
    BrokenCase("version missing", replacing("hearth: 1\n", with: ""), at: 2, 1, "the format version `hearth: 1` is missing"),
    BrokenCase("week missing", replacing("week: 2026-W47\n", with: ""), at: 2, 1, "the key `week` is missing"),
    BrokenCase("week of another file", replacing("week: 2026-W47", with: "week: 2026-W46"), at: 3, 7,
               "week 2026-W46 does not match the file name (2026-W47)"),
    BrokenCase("not a week", replacing("week: 2026-W47", with: "week: 2026-W60"), at: 3, 7, "not an ISO week"),
    BrokenCase("rating as a word", replacing("emotional: 4", with: "emotional: great"), at: 6, 14, "a rating is a number from 1 to 5 or `skipped`"),
    BrokenCase("unknown intimacy type", replacing("physical: 3", with: "cuddles: 3"), at: 7, 12, "`cuddles`: unknown intimacy type"),
    BrokenCase("tab indentation", replacing("  physical: 3", with: "\tphysical: 3"), at: 7, 1, "a tab in the indentation"),
    BrokenCase("unclosed quote", replacing("partner: alex", with: "partner: \"alex"), at: 4, 10, "the quoted text is not closed on this line"),
    BrokenCase("bad escape", replacing("partner: alex", with: "partner: \"al\\qex\""), at: 4, 13, "unknown or incomplete escape"),
    BrokenCase("colon in plain text", replacing("ratings:", with: "note: this: that\nratings:"), at: 5, 11, "`: ` inside a value that is not in quotes"),
    BrokenCase("anchor", replacing("partner: alex", with: "partner: &me alex"), at: 4, 10, "YAML anchors, aliases and tags"),
    BrokenCase("block text", replacing("partner: alex", with: "partner: alex\nsummary: |\n  long"), at: 5, 10, "block text (`|` or `>`) is not supported"),
    BrokenCase("flow mapping", replacing("partner: alex", with: "partner: {id: alex}"), at: 4, 10, "`{...}` mappings on one line are not supported"),
    BrokenCase("unknown warning sign", replacing("ratings:", with: "warning_signs: [grumpy]\nratings:"), at: 5, 17,
               "`grumpy` is not a known warning sign"),
    BrokenCase("unknown key in a moment", replacing("ratings:", with: "moments:\n  - from: alex\n    to: sam\n    language: time\n    mood: happy\nratings:"),
               at: 9, 5, "unknown key `mood` in a moment"),
    BrokenCase("list where text belongs", replacing("partner: alex", with: "partner:\n  - alex"), at: 5, 3, "expected a single value here"),
    BrokenCase("section twice", valid + "## notes\n\nAgain.\n", at: 13, 1, "the section `## notes` appears twice (first on line 10)"),
    BrokenCase("key without colon", replacing("partner: alex", with: "partner alex"), at: 4, 1, "expected `key: value`"),
]

@Suite("Broken files are reported precisely and skipped; the rest loads", .scratchFolders)
struct BrokenFileTests {
    @Test(arguments: cases)
    func brokenFileIsReportedAndSkipped(_ broken: BrokenCase) throws {
        let store = try Fixtures.initializedStore()
        let good = [CheckIn(week: Fixtures.week, partner: "sam", ratings: ["emotional": .score(3)]),
                    CheckIn(week: Fixtures.week.previous, partner: "alex", notes: "Last week")]
        for checkIn in good { try store.save(checkIn, profile: Fixtures.profile, expected: nil) }
        let path = "checkins/2026/" + broken.fileName
        try Fixtures.write(broken.bytes, to: path, in: store)

        let result = store.load()

        #expect(result.journal?.checkIns == [good[1], good[0]])
        #expect(result.problems.count == 1)
        let problem = try #require(result.problems.first)
        #expect(problem.path == path)
        #expect(problem.line == broken.line)
        #expect(problem.column == broken.column)
        #expect(problem.message.hasPrefix(broken.message), "got: \(problem)")
        #expect(!problem.hint.isEmpty)
        #expect(problem.description.hasPrefix("\(path):\(broken.line):\(broken.column): \(broken.message)"))
        #expect(result.revision(ofPath: path) == nil)
    }

    @Test func filesOfPartnersNotInTheProfileAreReportedInWeekThenIDOrder() throws {
        let store = try Fixtures.initializedStore()
        let unknown = ["zoe", "abe", "lea", "kim", "ben"]
        for partner in unknown {
            try Fixtures.write(replacing("partner: alex", with: "partner: \(partner)"), to: "checkins/2026/2026-W47-\(partner).md", in: store)
        }
        try Fixtures.write(replacing("partner: alex", with: "partner: zoe").replacing("week: 2026-W47", with: "week: 2026-W46"),
                           to: "checkins/2026/2026-W46-zoe.md", in: store)
        let paths = store.load().problems.map(\.path)
        #expect(paths == ["checkins/2026/2026-W46-zoe.md"] + unknown.sorted().map { "checkins/2026/2026-W47-\($0).md" })
    }

    @Test func ratingNineReadsLikeTheExample() throws {
        let store = try Fixtures.initializedStore()
        try Fixtures.write(replacing("emotional: 4", with: "emotional: 9"), to: "checkins/2026/2026-W47-alex.md", in: store)
        let problem = try #require(store.load().problems.first)
        #expect(problem.description == "checkins/2026/2026-W47-alex.md:6:14: rating 9 is outside 1-5 (hint: use 1-5 or `skipped`, for a type listed in profile.md)")
    }

    @Test func misnamedAndMisplacedFilesAreReported() throws {
        let store = try Fixtures.initializedStore()
        try Fixtures.write(valid, to: "checkins/2025/2026-W47-alex.md", in: store)
        try Fixtures.write(valid, to: "checkins/2026/2026-W47-alex.sync-conflict-20261121-101010-ABCDEFG.md", in: store)
        try Fixtures.write(valid, to: "checkins/2026/week47.md", in: store)
        try Fixtures.write("editor backup", to: "checkins/2026/2026-W47-alex.md~", in: store)
        try Fixtures.write("swap", to: "checkins/2026/.2026-W47-alex.md.swp", in: store)
        let problems = store.load().problems.map(\.description).sorted()
        #expect(problems.count == 3)
        #expect(problems.contains { $0.hasPrefix("checkins/2025/2026-W47-alex.md: week 2026-W47 belongs to ISO year 2026") })
        #expect(problems.contains { $0.contains("a copy Syncthing left when both laptops changed checkins/2026/2026-W47-alex.md") && $0.contains("hearth resolve") })
        #expect(problems.contains { $0.hasPrefix("checkins/2026/week47.md: not a name Hearth understands") })
    }

    @Test func brokenProfileLeavesNoJournalAndSaysWhy() throws {
        let store = try Fixtures.initializedStore()
        try Fixtures.write("---\nhearth: 1\npartners:\n  - id: Alex Smith\n    name: \"Alex\"\n---\n", to: "profile.md", in: store)
        let result = store.load()
        #expect(result.journal == nil)
        #expect(result.problems.map(\.description) == [
            "profile.md:4:9: `partners[0].id`: 'Alex Smith' must be lower-case ASCII letters, digits and '-' (hint: ids are lower-case ASCII letters, digits and `-`, each used once)",
        ])
    }

    @Test func missingStoreLoadsAsNoJournalWithoutProblems() {
        let store = Store(root: Fixtures.temporaryFolder() + "/nothing-here")
        let result = store.load()
        #expect(result.journal == nil)
        #expect(result.problems.isEmpty)
    }
}
