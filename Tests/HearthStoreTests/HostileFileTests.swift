import Foundation
import HearthDomain
import Testing
@testable import HearthStore

@Suite("Hostile files: deep nesting, thousands of keys, oversized profiles", .scratchFolders)
struct HostileFileTests {
    /// The 50 KB file of the report: 20,000 levels of `- - - … a` under one key.
    @Test func deepNestingIsRefusedAtItsLineAndColumnWithoutCrashing() throws {
        let store = try Fixtures.initializedStore()
        let text = "---\nhearth: 1\nweek: 2026-W47\npartner: alex\nx:\n" + String(repeating: "- ", count: 25_000) + "a\n---\n"
        try Fixtures.write(text, to: "checkins/2026/2026-W47-alex.md", in: store)
        let problems = store.load().problems.map(\.description)
        #expect(problems == ["checkins/2026/2026-W47-alex.md:6:\(2 * FrontMatterParser.maximumDepth + 1): "
            + "nested more than 16 levels deep (hint: Hearth's files nest a few levels at most: flatten this value, or remove it)"])
    }

    @Test func deepMappingsAreRefusedToo() throws {
        let lines = (0..<40).map { String(repeating: "  ", count: $0) + "k\($0):" }.joined(separator: "\n")
        let text = "---\nhearth: 1\nweek: 2026-W47\npartner: alex\n" + lines + " end\n---\n"
        #expect(throws: StoreProblem.self) { try Store.parseCheckIn(Array(text.utf8)) }
        do {
            _ = try Store.parseCheckIn(Array(text.utf8))
        } catch {
            // k0 sits in the top mapping, k1 to k16 each one level deeper: k17 is one too many.
            #expect(error.line == 5 + 17)
            #expect(error.message == "nested more than 16 levels deep")
        }
    }

    @Test func sixteenLevelsStillRead() throws {
        let lines = (0..<16).map { String(repeating: "  ", count: $0) + "k\($0):" }.joined(separator: "\n")
        let text = "---\nhearth: 1\nweek: 2026-W47\npartner: alex\n" + lines + " end\n---\n"
        let checkIn = try Store.parseCheckIn(Array(text.utf8))
        #expect(checkIn.preserved.frontMatter.map(\.key) == ["k0"])
    }

    /// 20,000 unknown rating keys: 20 problems placed at their lines, then one counting the rest.
    @Test func manyProblemsInOneFileAreListedUpToALimitAndCounted() throws {
        let store = try Fixtures.initializedStore()
        try Fixtures.write(HostileFile.unknownRatingKeys.text(bytes: 229_000), to: HostileFile.unknownRatingKeys.path, in: store)
        let problems = store.load().problems
        #expect(problems.count == CheckContext.problemsShownPerFile + 1)
        #expect(problems.first?.description.hasPrefix("checkins/2026/2026-W47-alex.md:6:7: `k0`: unknown intimacy type") == true)
        let last = try #require(problems.last)
        #expect(last.message.hasPrefix("and "))
        #expect(last.message.hasSuffix(" more problems like these in this file"))
        let more = Int(last.message.dropFirst(4).prefix { $0.isNumber }) ?? 0
        #expect(more + CheckContext.problemsShownPerFile > 15_000)
    }

    @Test func aDuplicateKeyIsFoundInAMappingOfThousands() throws {
        let text = HostileFile.duplicateKeyLast.text(bytes: 100_000)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        do {
            _ = try Store.parseCheckIn(Array(text.utf8))
            Issue.record("a duplicate key was accepted")
        } catch {
            #expect(error.message == "duplicate key `a0` (first on line 6)")
            #expect(error.line == lines.count - 2)
        }
    }

    @Test func thousandsOfUnknownKeysAreKeptAsWritten() throws {
        let checkIn = try Store.parseCheckIn(Array(HostileFile.unknownTopLevelKeys.text(bytes: 50_000).utf8))
        #expect(checkIn.preserved.frontMatter.count > 1_500)
        #expect(checkIn.preserved.frontMatter.last?.text.hasSuffix(": \"kept as written\"") == true)
    }

    /// The 3,202-partner profile of the report is refused before anything pairs its partners.
    @Test func aProfileWithMorePartnersThanAHouseholdIsRefused() throws {
        let store = try Fixtures.initializedStore()
        try Fixtures.write(HostileFile.partners.text(bytes: 232_000), to: "profile.md", in: store)
        let result = store.load()
        #expect(result.journal == nil)
        let problem = try #require(result.problems.first)
        #expect(result.problems.count == 1)
        #expect(problem.path == "profile.md")
        #expect(problem.message.hasPrefix("`partners`: "))
        #expect(problem.message.hasSuffix(" partners, more than the 8 a journal is for"))
        #expect(problem.hint.contains("at most 8 partners"))
    }

    @Test func eightPartnersAreAHousehold() throws {
        let partners = (1...8).map { Partner(id: "p\($0)", name: "P\($0)") }
        #expect(Profile(partners: partners).validate().isEmpty)
        #expect(Profile(partners: partners + [Partner(id: "p9", name: "P9")]).validate().map(\.field) == ["partners"])
    }

    /// Found by the fuzzer: a rating key with `]` before `[` crashed placing its problem (every command died).
    @Test(arguments: ["e]x[", "a]b[1]", "[0]", "x.y", "]["])
    func aKeyWithBracketsOrDotsIsReportedNotACrash(_ key: String) throws {
        let store = try Fixtures.initializedStore()
        try Fixtures.write("---\nhearth: 1\nweek: 2026-W47\npartner: alex\nratings:\n  emotional: 4\n  \"\(key)\": 3\n---\n",
                           to: "checkins/2026/2026-W47-alex.md", in: store)
        let problems = store.load().problems
        #expect(problems.count == 1)
        #expect(problems.first?.line == 7, "got: \(problems)")
        #expect(problems.first?.message.contains("unknown intimacy type") == true)
    }
}
