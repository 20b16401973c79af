import HearthDomain
@testable import HearthReport
import Testing

/// The year-in-review page as text: what it holds, what it escapes, what it never links to.
struct YearReportPageTests {
    static let today = CivilDate(year: 2026, month: 11, day: 21) ?? CivilDate(daysSinceEpoch: 0)
    static let demo = DemoJournal.make(weeks: 104, endingAt: Week(containing: today), seed: 1)

    static func page(_ journal: Journal, year: Int = 2026, paper: YearReportPage.Paper = .any) -> YearReportPage {
        YearReportPage(review: YearInReview(journal: journal, year: year, today: today), paper: paper,
                       generator: "Hearth test", madeOn: today)
    }

    /// Every `<svg>...</svg>` element of a page.
    static func charts(in html: String) -> [Substring] {
        html.split(separator: "<svg").dropFirst().compactMap { $0.split(separator: "</svg>", maxSplits: 1).first }
    }

    @Test func drawsAChartPerTypeRitualAndPairPlusTheGapsAndTheWeeks() {
        let journal = Self.demo
        let html = Self.page(journal).render()
        let partners = journal.profile.partners.count
        let rituals = journal.rituals.filter { $0.status == .active }.count
        let expected = journal.profile.intimacyTypes.count + 1 + rituals + partners * (partners - 1) + 1
        let charts = Self.charts(in: html)
        #expect(charts.count >= expected)
        #expect(charts.count == Self.page(journal).chartCount)
        // Each chart draws something: a line, a dot, a bar or a week.
        for chart in charts {
            #expect(chart.contains("<path") || chart.contains("<circle") || chart.contains("class=\"bar") || chart.contains("class=\"week"))
        }
        for type in journal.profile.intimacyTypes { #expect(html.contains("<h3>\(type.name)</h3>")) }
        for ritual in journal.rituals where ritual.status == .active { #expect(html.contains("<h3>\(ritual.name)</h3>")) }
        #expect(html.contains("From Zoë to 美咲") && html.contains("From 美咲 to Zoë"))
        #expect(html.contains("Weeks with warning signs") && html.contains("What stood out"))
    }

    @Test func theCurrentYearStopsAtThisWeek() {
        let review = YearInReview(journal: Self.demo, year: 2026, today: Self.today)
        #expect(review.range.first == Week(year: 2026, number: 1))
        #expect(review.range.last == Week(year: 2026, number: 47))
        #expect(Self.page(Self.demo).render().contains("47 weeks, from 29 December 2025 to 22 November 2026."))
        // The quarters reached so far, then this week: insights as they stood at each.
        #expect(review.seasons.map(\.end) == [13, 26, 39, 47].compactMap { Week(year: 2026, number: $0) })
    }

    @Test func insightsComeWithTheirEvidence() throws {
        let review = YearInReview(journal: Self.demo, year: 2026, today: Self.today)
        let html = Self.page(Self.demo).render()
        let insights = review.seasons.flatMap(\.insights)
        try #require(!insights.isEmpty, "the demo's rough patch should raise insights")
        for insight in insights {
            #expect(html.contains(HTMLText.escape(insight.sentence)))
            #expect(html.contains("<p class=\"evidence\">\(HTMLText.escape(insight.evidence))</p>"))
        }
    }

    @Test func anEmptyYearSaysSoAndDrawsNoCharts() {
        let html = Self.page(Self.demo, year: 2020).render()
        #expect(Self.charts(in: html).isEmpty)
        #expect(Self.page(Self.demo, year: 2020).chartCount == 0)
        #expect(html.contains("There are no check-ins for 2020 in this journal yet."))
        #expect(html.hasPrefix("<!DOCTYPE html>") && html.hasSuffix("</html>\n"))
    }

    @Test func everyWordFromTheJournalIsEscaped() {
        var journal = Self.demo
        journal.profile.partners[0].name = "<script>alert(\"Zoë\")</script>"
        journal.profile.partners[1].name = "Tom & 'Jerry'"
        journal.rituals[0].name = "<img src=x onerror=alert(1)>"
        if let index = journal.checkIns.lastIndex(where: { $0.isCheckedIn }) {
            journal.checkIns[index].appreciations = ["</blockquote><iframe src=\"x\"></iframe>"]
            journal.checkIns[index].week = Week(year: 2026, number: 1) ?? journal.checkIns[index].week
        }
        let html = Self.page(journal).render()
        #expect(!html.contains("<script") && !html.contains("<img") && !html.contains("<iframe"))
        #expect(html.contains("&lt;script&gt;alert(&quot;Zoë&quot;)&lt;/script&gt;"))
        #expect(html.contains("Tom &amp; &#39;Jerry&#39;"))
        #expect(html.contains("&lt;img src=x onerror=alert(1)&gt;"))
    }

    @Test func escapingCoversMarkupCharactersAndControls() {
        #expect(HTMLText.escape("a<b>&\"c'") == "a&lt;b&gt;&amp;&quot;c&#39;")
        #expect(HTMLText.escape("tab\tline\nnul\u{0}bell\u{7}") == "tab\tline\nnul\u{FFFD}bell\u{FFFD}")
        #expect(HTMLText.escape("美咲 👩🏽‍❤️‍👨🏻") == "美咲 👩🏽‍❤️‍👨🏻")
    }

    @Test func thePageNeedsNothingFromOutside() {
        let html = Self.page(Self.demo).render()
        for outside in ["http:", "https:", "//", "src=", "href=", "<link", "<script", "url(", "@import", "@font-face"] {
            #expect(!html.contains(outside), "found \(outside)")
        }
    }

    @Test func thePrintStyleSheetSetsThePaperAskedFor() {
        #expect(Self.page(Self.demo, paper: .a4).render().contains("@page{size:A4;"))
        #expect(Self.page(Self.demo, paper: .letter).render().contains("@page{size:letter;"))
        let any = Self.page(Self.demo).render()
        #expect(any.contains("@page{margin:") && any.contains("@media print{"))
    }

    @Test func aRitualsStrengthIsTheDomainsOwn() {
        let review = YearInReview(journal: Self.demo, year: 2026, today: Self.today)
        let html = Self.page(Self.demo).render()
        let strengths = RitualStrength.all(in: Self.demo, range: review.range)
        for strength in strengths where strength.ritual.status == .active {
            #expect(html.contains("strength \(Int((strength.current * 100).rounded()))% at the end · kept in \(strength.kept) of the"))
        }
    }
}
