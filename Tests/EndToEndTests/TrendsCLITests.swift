import Foundation
import Testing

/// `hearth trends` as a subprocess on a demo journal written by `hearth demo`.
struct TrendsCLITests {
    /// A two-year demo journal ending this week ("today" 2026-11-21).
    static func demo() throws -> HearthCLI {
        let cli = try HearthCLI()
        let made = try cli.run(["demo", "--weeks", "104"])
        guard made.status == 0 else { throw HearthCLI.Failure("demo failed: \(made.stderr)") }
        return cli
    }

    @Test func printsChartsNumbersAndInsightsAtTheGivenWidth() throws {
        let cli = try Self.demo()
        defer { cli.cleanUp() }
        let result = try cli.run(["trends", "--width", "72"])
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.stdout.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.first == "Trends 2026-W22 to 2026-W47 (26 weeks): Zoë and 美咲")
        #expect(lines.contains { $0.hasPrefix("Emotional: last ") && $0.contains("/wk (") })
        #expect(lines.contains("Insights (last 26 weeks)"))
        #expect(lines.contains { $0.contains("⣀") || $0.contains("⠤") })  // braille in a UTF-8 locale
        #expect(lines.allSatisfy { $0.unicodeScalars.count <= 72 })
    }

    /// The ASCII tier is for symbols: names stay as written (they were "Zoe and misaki" before).
    @Test func asciiFlagAndNonUTF8LocaleDrawASCIISymbolsAndKeepNames() throws {
        let cli = try Self.demo()
        defer { cli.cleanUp() }
        let flagged = try cli.run(["trends", "--ascii", "--weeks", "52"])
        let cLocale = try cli.run(["trends", "--weeks", "52"], environment: ["LANG": "C"])
        let linux = try cli.run(["trends", "--weeks", "52"], environment: ["TERM": "linux"])
        for run in [flagged, cLocale, linux] {
            #expect(run.status == 0)
            #expect(run.stdout.allSatisfy { $0.isASCII || "Zoë美咲".contains($0) },
                    "\(run.stdout.filter { !$0.isASCII && !"Zoë美咲".contains($0) })")
            #expect(run.stdout.contains("Zoë and 美咲"))
            #expect(!run.stdout.contains("misaki"))
        }
        #expect(flagged.stdout == cLocale.stdout)
        // Without --width and without a terminal, $COLUMNS decides, else 80.
        #expect(flagged.stdout.split(separator: "\n").allSatisfy { $0.demoColumns <= 80 })
        let narrow = try cli.run(["trends", "--ascii"], environment: ["COLUMNS": "50"])
        #expect(narrow.stdout.split(separator: "\n").allSatisfy { $0.demoColumns <= 50 })
        #expect(narrow.stdout.split(separator: "\n").contains { $0.demoColumns > 45 })
    }

    @Test func jsonHasNullsForGapsAndOneTypeForOnePartner() throws {
        let cli = try Self.demo()
        defer { cli.cleanUp() }
        let result = try cli.run(["trends", "--json", "--type", "physical", "--partner", "美咲", "--weeks", "12"])
        #expect(result.status == 0, "\(result.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let types = try #require(json["types"] as? [[String: Any]])
        #expect(types.count == 1 && types.first?["id"] as? String == "physical")
        let partners = try #require(types.first?["partners"] as? [[String: Any]])
        #expect(partners.map { $0["partner"] as? String } == ["misaki"])
        let values = try #require(partners.first?["values"] as? [Any])
        #expect(values.count == 12)
        // The demo has 美咲 missing at k = 7: a gap is null, not zero.
        #expect(values[12 - 1 - 7] is NSNull)
        #expect(json["insights"] is [Any])
    }

    @Test func unknownTypeFailsWithWhatExists() throws {
        let cli = try Self.demo()
        defer { cli.cleanUp() }
        let result = try cli.run(["trends", "--type", "tender"])
        #expect(result.status != 0)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains("no intimacy type 'tender'; the journal rates emotional, physical"))
    }
}

extension StringProtocol {
    /// Terminal columns of a line of the demo's printout: its only wide characters are 美咲's (two each).
    var demoColumns: Int { count + filter { "美咲".contains($0) }.count }
}
