import HearthDomain

/// The year in review as one self-contained HTML page: inline SVG charts, inline styles, no scripts,
/// nothing fetched. Every word that comes from the journal is escaped.
public struct YearReportPage: Hashable, Sendable {
    /// The paper the print style sheet asks for; `.any` leaves it to the printer.
    public enum Paper: String, CaseIterable, Sendable {
        case any, a4, letter
    }

    public let review: YearInReview
    public var paper: Paper
    /// Named in the footer: `Hearth 0.1.0`.
    public var generator: String
    /// The day the page was made, for the footer.
    public var madeOn: CivilDate

    public init(review: YearInReview, paper: Paper = .any, generator: String, madeOn: CivilDate) {
        self.review = review
        self.paper = paper
        self.generator = generator
        self.madeOn = madeOn
    }

    /// The whole document.
    public func render() -> String {
        let sections = review.isEmpty ? [emptyYear()]
            : [closeness(), gaps(), rituals(), loveLanguages(), warningSigns(), insights(), ownWords()]
        return """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(HTMLText.escape("\(couple) · \(review.year) in review"))</title>
            <style>\(ReportStyle.css(paper: paper))</style>
            </head>
            <body>
            <main>
            \(cover())
            \(sections.joined(separator: "\n"))
            \(footer())
            </main>
            </body>
            </html>

            """
    }

    /// The number of charts the page draws: one per intimacy type, the gaps, one per ritual shown,
    /// one per giver and receiver, and the year's strip of weeks; none for an empty year.
    public var chartCount: Int {
        review.isEmpty ? 0 : review.trends.types.count + 1 + shownRituals.count + review.trends.loveLanguages.count + 1
    }

    var couple: String { ReportFormat.list(review.partners.map(\.name)) }

    func name(_ partner: String) -> String { review.trends.name(of: partner) }

    /// The palette entry of a partner: their place in the profile.
    func colour(_ partner: String) -> Int { review.partners.firstIndex { $0.id == partner } ?? 0 }

    private func cover() -> String {
        let range = review.range
        let when = range.count == 0 ? "This year has not begun yet."
            : "\(ReportFormat.count(range.count, "week")), from \(ReportFormat.date(range.first.monday)) to \(ReportFormat.date(range.last.sunday))."
        let together = review.trends.checkIns.filter { $0 >= max(1, review.partners.count) }.count
        let some = review.trends.checkIns.filter { $0 > 0 }.count
        let facts = review.isEmpty ? "" : """
            <ul class="facts">
            <li><strong>\(review.checkInCount)</strong> check-ins</li>
            <li><strong>\(together)</strong> \(together == 1 ? "week" : "weeks") you all checked in</li>
            <li><strong>\(some)</strong> \(some == 1 ? "week" : "weeks") with at least one check-in</li>
            <li><strong>\(review.trends.loveLanguages.reduce(0) { $0 + $1.total })</strong> love-language moments</li>
            </ul>
            """
        return """
            <header class="cover">
            <p class="eyebrow">Hearth · a year in review</p>
            <h1>\(HTMLText.escape(couple))</h1>
            <p class="year">\(review.year)</p>
            <p class="lede">\(HTMLText.escape(when))</p>
            \(facts)
            </header>
            """
    }

    private func emptyYear() -> String {
        """
        <section class="empty">
        <h2>A page still blank</h2>
        <p>There are no check-ins for \(review.year) in this journal yet. Once you have checked in for a few \
        weeks, this page fills with how close you felt, your rituals, the love you gave each other and \
        what stood out.</p>
        </section>
        """
    }

    private func footer() -> String {
        """
        <footer>
        <p>Made by \(HTMLText.escape(generator)) on \(ReportFormat.date(madeOn)) from your own journal. \
        Everything on this page is in this one file: nothing was sent anywhere, and private reflections \
        are never included.</p>
        </footer>
        """
    }

    /// A section with its heading, a sentence to read it by, and its body.
    func section(_ id: String, _ title: String, _ intro: String, _ body: String) -> String {
        "<section id=\"\(id)\">\n<h2>\(title)</h2>\n<p class=\"intro\">\(intro)</p>\n\(body)\n</section>"
    }

    /// A chart with its heading and the numbers that go with it, kept together on one printed page.
    func figure(_ title: String, _ caption: String, _ chart: String) -> String {
        "<figure><figcaption><h3>\(HTMLText.escape(title))</h3><p>\(caption)</p></figcaption>\(chart)</figure>"
    }

    /// A coloured swatch and a partner's name, as chart legends show them.
    func swatch(_ partner: String) -> String {
        "<span class=\"key p\(colour(partner))\"></span>\(HTMLText.escape(name(partner)))"
    }
}
