import HearthDomain
import Testing
@testable import HearthExchange

@Suite("Markdown: one readable document, newest year first, a section per week")
struct MarkdownTests {
    @Test func yearsAndWeeksNewestFirstEachPartnerInProfileOrder() throws {
        let end = try #require(Week(year: 2026, number: 2))
        let journal = DemoJournal.make(weeks: 6, endingAt: end, seed: 4)
        let text = MarkdownExport.text(journal)
        let headings = text.split(separator: "\n").filter { $0.hasPrefix("## ") || $0.hasPrefix("### ") }.map(String.init)
        #expect(headings.first == "## 2026")
        #expect(headings.contains("## 2025"))
        let weeks = headings.filter { $0.hasPrefix("### ") }.map { String($0.dropFirst(4).prefix(8)) }
        #expect(weeks == Set(journal.checkIns.map(\.week)).sorted(by: >).map(\.description))
        #expect(headings[1].hasPrefix("### 2026-W02 (5 January 2026 to 11 January 2026)"))
        let zoe = try #require(text.range(of: "#### Zoë")), misaki = try #require(text.range(of: "#### 美咲"))
        #expect(zoe.lowerBound < misaki.lowerBound)
    }

    @Test func theirOwnWordsCannotBecomeHeadingsAndPrivateNeedsAsking() throws {
        let week = try #require(Week(year: 2026, number: 47))
        var journal = ImportErrorTests.journal
        journal.checkIns[0].howWeAreDoing = "## not a heading\nsecond line"
        journal.checkIns[0].reflection = "just mine"
        let shared = MarkdownExport.text(ExportSelection().apply(to: journal))
        #expect(shared.contains("> ## not a heading\n> second line\n"))
        #expect(!shared.contains("just mine"))
        #expect(shared.contains("#### Moments logged this week\n\n- Sam to Zoë, receiving gifts (2026-11-18): tea\n"))
        #expect(MarkdownExport.text(ExportSelection(includePrivate: true).apply(to: journal)).contains("Private reflection:\n\n> just mine\n"))
        #expect(ExportSelection(from: week.next).apply(to: journal).checkIns.isEmpty)
    }
}
