import HearthDomain
import HearthUI
import Testing

/// The Trends screen on the demo journal inside its rough patch (see `TrendsPrintoutTests`).
struct TrendsScreenTests {
    static let journal = TrendsPrintoutTests.journal
    static let today = TrendsPrintoutTests.today

    static func view(tier: ChartTier = .unicode, _ change: (inout TrendsView) -> Void = { _ in }) -> TrendsView {
        var view = TrendsView(journal: journal, today: today, tier: tier)
        change(&view)
        return view
    }

    static func screen(_ view: TrendsView, _ size: Size) -> ScreenBuffer {
        var buffer = ScreenBuffer(size: size)
        TrendsScreen(view: view).render(into: &buffer, in: Rect(size))
        return buffer
    }

    /// One type (physical) over a year, the cursor three weeks back.
    static func physicalYear(tier: ChartTier = .unicode) -> TrendsView {
        view(tier: tier) {
            $0.nextType(journal: journal, today: today)
            $0.nextType(journal: journal, today: today)
            $0.nextSpan(journal: journal, today: today)
            $0.moveCursor(by: -3)
        }
    }

    @Test(arguments: [Size(width: 120, height: 40), Size(width: 60, height: 20)])
    func allTypesWithTheInsights(size: Size) throws {
        try Golden.check(Self.screen(Self.view { $0.moveCursor(by: -3) }, size), named: "trends-all-\(size)")
    }

    @Test(arguments: [Size(width: 120, height: 40), Size(width: 60, height: 20)])
    func oneTypeOverAYear(size: Size) throws {
        try Golden.check(Self.screen(Self.physicalYear(), size), named: "trends-physical-year-\(size)")
    }

    @Test(arguments: 7...12)
    func aShortTerminalStillShowsEveryPartnersNumbers(height: Int) {
        let text = Self.screen(Self.physicalYear(), Size(width: 60, height: height)).lines.joined(separator: "\n")
        #expect(text.contains("last 2.0 avg 3.5") && text.contains("last 2.0 avg 3.8"), "\(text)") // Zoë, 美咲
    }

    @Test func enterShowsTheCursorWeeksRatings() throws {
        var view = Self.physicalYear()
        view.openWeek = view.cursorWeek
        try Golden.check(Self.screen(view, Size(width: 60, height: 20)), named: "trends-week-open-60x20")
    }

    /// ASCII symbols, names as written: the title and the chart say Zoë and 美咲, not `Zoe` and `misaki`.
    @Test func asciiScreenDrawsASCIISymbolsAndKeepsNames() throws {
        let buffer = Self.screen(Self.physicalYear(tier: .ascii), Size(width: 60, height: 20))
        try Golden.check(buffer, named: "trends-physical-year-ascii-60x20")
        let names = Set("Zoë美咲")
        #expect(buffer.lines.allSatisfy { $0.allSatisfy { $0.isASCII || names.contains($0) } })
        #expect(buffer.lines[0].contains("Zoë and 美"), "\(buffer.lines[0])")
        #expect(buffer.text.contains("美咲"))
        #expect(!buffer.text.contains("misaki"))
    }

    /// At 200x60 the charts use the room: the week-by-type map is wider than its 26 weeks (it stayed 26
    /// columns wide) and one type's chart gets more than four rows a partner.
    @Test func aLargeTerminalGetsLargerCharts() {
        let size = Size(width: 200, height: 60)
        let all = Self.screen(Self.view(), size).lines
        let emotional = all.first { $0.hasPrefix("Emotional ") } ?? ""
        let shades = emotional.filter { "·░▒▓█".contains($0) }.count
        #expect(shades >= 26 * 3, "\(emotional)")
        let one = Self.screen(Self.physicalYear(), size).lines
        let scaleRows = one.dropFirst().prefix { !$0.contains("2025-W38") }.filter { $0.hasPrefix("5┤") || $0.hasPrefix(" │") || $0.hasPrefix("1┤") }
        #expect(scaleRows.count >= 2 * 10, "\(one.joined(separator: "\n"))")
    }

    /// The insights look at the range shown, and their heading says so (it said 26 weeks for every range).
    @Test func insightsHeadingMatchesTheRange() {
        var view = Self.view()
        for expected in ["52 weeks", "last", "12 weeks", "26 weeks"] {
            view.nextSpan(journal: Self.journal, today: Self.today)
            guard expected != "last" else { continue }
            let text = Self.screen(view, Size(width: 120, height: 40)).text
            #expect(text.contains("Insights (last \(expected))"), "\(view.span.label): \(text)")
        }
    }

    @Test func choicesCycleAndTheCursorStaysInRange() {
        var view = Self.view()
        #expect(view.span == .sixMonths && view.selection.report.range.count == 26)
        view.nextSpan(journal: Self.journal, today: Self.today)
        view.nextSpan(journal: Self.journal, today: Self.today)
        // `all` reaches back to the journal's first check-in: 120 weeks minus the 10 after "today".
        #expect(view.span == .all && view.selection.report.range.count == 110)
        view.nextSpan(journal: Self.journal, today: Self.today)
        #expect(view.span == .twelveWeeks)
        view.moveCursor(by: -50)
        #expect(view.cursor == 11)
        view.moveCursor(by: 5)
        #expect(view.cursorWeek == view.selection.report.range.last.adding(weeks: -6))
        view.moveCursor(toStart: false)
        #expect(view.cursor == 0)
        let types = Self.journal.profile.intimacyTypes.count
        for _ in 0..<types { view.nextType(journal: Self.journal, today: Self.today) }
        #expect(view.selection.types.map(\.type.id) == ["sexual"])
        view.nextType(journal: Self.journal, today: Self.today)
        #expect(view.selection.types.count == types)
        view.nextPartner(journal: Self.journal, today: Self.today)
        #expect(view.selection.partners.map(\.id) == ["zoe"])
        view.nextPartner(journal: Self.journal, today: Self.today)
        view.nextPartner(journal: Self.journal, today: Self.today)
        #expect(view.selection.partners.count == 2)
    }
}
