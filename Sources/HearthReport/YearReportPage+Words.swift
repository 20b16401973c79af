import HearthDomain

extension YearReportPage {
    /// The year's weeks as a strip, how often each sign came up, and the weeks themselves.
    func warningSigns() -> String {
        let trends = review.trends
        let calm = trends.signCounts.enumerated().filter { $0.element == 0 && trends.checkIns[$0.offset] > 0 }.count
        let strip = WeekStrip(weeks: review.range.weeks, checkIns: trends.checkIns, signCounts: trends.signCounts,
                              summary: "\(ReportFormat.count(review.warningWeeks.count, "week")) with warning signs, "
                                  + "\(ReportFormat.count(calm, "week")) without")
        let caption = "\(ReportFormat.count(review.warningWeeks.count, "week")) with a warning sign, \(calm) calm; "
            + "an empty square is a week without a check-in."
        let recurring = trends.signs.map { sign in
            "<li>\(HTMLText.escape(sign.sign.name)): \(ReportFormat.count(sign.weeks, "week")), last in "
                + "\(sign.lastSeen) (\(HTMLText.escape(ReportFormat.list(sign.partners.map(name)))))</li>"
        }
        let weeks = review.warningWeeks.map { week in
            let who = week.ticks.map { tick in
                "\(swatch(tick.partner)): \(HTMLText.escape(tick.signs.map(\.name).joined(separator: "; ")))"
            }
            return "<li><span class=\"week-name\">\(week.week)</span> <span class=\"dates\">\(ReportFormat.span(week.week))</span> "
                + who.joined(separator: " · ") + "</li>"
        }
        let lists = weeks.isEmpty ? "<p>No warning signs all year.</p>"
            : "<h3>How often each came up</h3>\n<ul class=\"signs\">\(recurring.joined())</ul>\n"
                + "<h3>The weeks</h3>\n<ul class=\"weeks\">\(weeks.joined())</ul>"
        return section("warning-signs", "Weeks with warning signs",
                       "Signs you noticed of drifting apart. Naming them is how a couple turns back toward each other.",
                       figure("The year, week by week", caption, strip.render()) + "\n" + lists)
    }

    /// What the insight rules noticed at the end of each quarter, with the numbers behind each.
    func insights() -> String {
        let seasons = review.seasons.map { season in
            let items = season.insights.map { insight in
                "<li><p class=\"sentence\">\(HTMLText.escape(insight.sentence))</p>"
                    + "<p class=\"evidence\">\(HTMLText.escape(insight.evidence))</p>"
                    + "<p class=\"tip\"><strong>\(HTMLText.escape(insight.tip.title)).</strong> \(HTMLText.escape(insight.tip.text))</p></li>"
            }
            let body = items.isEmpty ? "<p class=\"steady\">Nothing stood out: the numbers were steady.</p>"
                : "<ul class=\"insights\">\(items.joined())</ul>"
            return "<div class=\"season\"><h3>Up to \(ReportFormat.date(season.end.sunday))</h3>\(body)</div>"
        }
        return section("insights", "What stood out",
                       "Observations from your own numbers, as Hearth saw them at the end of each quarter "
                       + "(looking back 26 weeks each time), with what they rest on. They describe; they never judge.",
                       seasons.joined(separator: "\n"))
    }

    /// One appreciation a month, as written.
    func ownWords() -> String {
        guard !review.appreciations.isEmpty else { return "" }
        let quotes = review.appreciations.map { quote in
            "<blockquote><p>\(HTMLText.escape(quote.text))</p><footer>\(swatch(quote.partner)), "
                + "\(ReportFormat.months[quote.week.date(on: .thursday).month - 1])</footer></blockquote>"
        }
        return section("own-words", "In your own words",
                       "Something one of you appreciated, from each month of the year.", quotes.joined(separator: "\n"))
    }
}
