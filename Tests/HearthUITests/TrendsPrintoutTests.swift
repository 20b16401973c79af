import Foundation
import HearthDomain
import HearthUI
import Testing

/// `hearth trends` as text, on the demo journal seen from inside its rough patch.
struct TrendsPrintoutTests {
    /// The demo's last week; "today" is ten weeks earlier, at the bottom of the rough patch (k = 10),
    /// and the journal holds nothing after today, as a real one would.
    static let end = Week(year: 2026, number: 47) ?? Week(containing: CivilDate(daysSinceEpoch: 0))
    static let today = end.adding(weeks: -10).date(on: .wednesday)

    static let journal: Journal = {
        var journal = DemoJournal.make(weeks: 120, endingAt: end, seed: 7)
        let now = Week(containing: today)
        journal.checkIns.removeAll { $0.week > now }
        journal.moments.removeAll { $0.date.map { Week(containing: $0) > now } ?? false }
        return journal
    }()

    static func printout(_ query: TrendsQuery = TrendsQuery(), tier: ChartTier, width: Int, journal: Journal = journal) throws -> String {
        let selection = try query.select(in: journal, today: today)
        return TrendsPrintout(selection: selection, tier: tier, width: width).render()
    }

    /// Compared with `Screens/<name>.txt`; `HEARTH_RECORD=1` rewrites it for review.
    static func check(_ text: String, named name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let file = Golden.folder.appendingPathComponent("\(name).txt")
        if Golden.recording {
            try text.write(to: file, atomically: true, encoding: .utf8)
            return
        }
        let expected = try String(contentsOf: file, encoding: .utf8)
        #expect(text == expected, "printout \(name) differs:\n--- got\n\(text)--- want\n\(expected)", sourceLocation: sourceLocation)
    }

    @Test func wholeCoupleAt80Columns() throws {
        let text = try Self.printout(tier: .unicode, width: 80)
        try Self.check(text, named: "trends-demo-80")
        // What a reader must find: the slipping types with their numbers and a tip, and the gentle tone.
        #expect(text.contains("closeness has been slipping for a few weeks."))
        #expect(text.contains("Try: "))
    }

    @Test func asciiAt60Columns() throws {
        try Self.check(try Self.printout(tier: .ascii, width: 60), named: "trends-demo-ascii-60")
    }

    @Test func oneTypeForOnePartnerOverTwoYears() throws {
        let query = TrendsQuery(weeks: 104, type: "Physical", partner: "美咲")
        try Self.check(try Self.printout(query, tier: .unicode, width: 100), named: "trends-physical-misaki-100")
    }

    @Test(arguments: [30, 44, 80, 132])
    func asciiPrintoutDrawsASCIISymbolsKeepsNamesAndFitsTheWidth(width: Int) throws {
        let names = Set(Self.journal.profile.partners.map(\.name).joined())
        for query in [TrendsQuery(), TrendsQuery(weeks: 1040, partner: "misaki"), TrendsQuery(weeks: 3, type: "sexual")] {
            let text = try Self.printout(query, tier: .ascii, width: width)
            #expect(text.allSatisfy { $0.isASCII || names.contains($0) }, "\(text.filter { !$0.isASCII && !names.contains($0) })")
            #expect(text.split(separator: "\n").allSatisfy { $0.terminalWidth <= width },
                    "\(text.split(separator: "\n").filter { $0.terminalWidth > width })")
        }
        let unicode = try Self.printout(tier: .unicode, width: width)
        #expect(unicode.split(separator: "\n").allSatisfy { $0.terminalWidth <= width })
    }

    static func problem(_ query: TrendsQuery) -> String? {
        do {
            _ = try query.select(in: journal, today: today)
            return nil
        } catch {
            return error.description
        }
    }

    @Test func unknownTypeOrPartnerSaysWhatExists() {
        #expect(Self.problem(TrendsQuery(type: "tender"))
            == "no intimacy type 'tender'; the journal rates emotional, physical, intellectual, spiritual, experiential, sexual")
        // Partners by name, as written (the ids `zoe, misaki` were listed before).
        #expect(Self.problem(TrendsQuery(partner: "alex")) == "no partner 'alex'; the journal has Zoë, 美咲")
        #expect(Self.problem(TrendsQuery(weeks: 0)) == "--weeks must be between 1 and 5200, not 0")
        #expect(Self.problem(TrendsQuery(type: "SEXUAL", partner: "Zoë")) == nil)
    }

    @Test func anEmptyJournalSaysSoInsteadOfDrawing() throws {
        let empty = Journal(profile: DemoJournal.profile)
        let lines = try Self.printout(TrendsQuery(weeks: 4, type: "emotional"), tier: .unicode, width: 60, journal: empty)
            .split(separator: "\n", omittingEmptySubsequences: false)
        #expect(Array(lines.prefix(5)) == [
            "Trends 2026-W34 to 2026-W37 (4 weeks): Zoë and 美咲",
            "",
            "Emotional: last -, avg -, no slope",
            "5┤                                                Zoë",
            "1┤                                                no ratings",
        ])
        #expect(lines.contains("Nothing stands out. Insights appear when a type slips or"))
    }
}
