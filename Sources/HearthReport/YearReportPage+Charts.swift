import HearthDomain

extension YearReportPage {
    private var ratingGrid: [(value: Double, label: String)] { (1...5).map { (Double($0), "\($0)") } }

    /// One chart per intimacy type: each partner's weekly rating.
    func closeness() -> String {
        let figures = review.trends.types.map { trend in
            let numbers = trend.partners.map { series in
                "\(swatch(series.partner)) \(series.series.presentCount > 0 ? "averaged " + ReportFormat.decimal(series.series.mean) : "did not rate it")"
            }
            let chart = WeekLineChart(
                weeks: review.range.weeks,
                lines: trend.partners.map { .init(values: $0.series.values, colour: colour($0.partner)) },
                scale: 1...5, gridLines: ratingGrid,
                summary: "\(trend.type.name), week by week: " + trend.partners.map {
                    "\(name($0.partner)) averaged \(ReportFormat.decimal($0.series.mean))"
                }.joined(separator: ", "))
            return figure(trend.type.name, numbers.joined(separator: " · "), chart.render())
        }
        return section("closeness", "How close you felt",
                       "Each week you rated five kinds of closeness from 1 (far apart) to 5 (deeply connected). "
                       + "A break in a line is a week that went unrated.", figures.joined(separator: "\n"))
    }

    /// How far apart the partners' averages were for each type, over the weeks both rated it.
    func gaps() -> String {
        let weeks = review.range.count
        let bars = review.trends.types.map { trend -> BarChart.Bar in
            guard let gap = trend.partnerGap(lastWeeks: weeks, minimumWeeks: 1) else {
                return .init(label: trend.type.name, value: 0, text: "no week you both rated", colour: nil)
            }
            return .init(label: trend.type.name, value: gap.difference,
                         text: "\(name(gap.higher)) \(ReportFormat.decimal(gap.higherMean)), \(name(gap.lower)) "
                             + "\(ReportFormat.decimal(gap.lowerMean)) (\(ReportFormat.count(gap.weeks, "week")))",
                         colour: colour(gap.lower))
        }
        let chart = BarChart(bars: bars, maximum: 2, summary: "How far apart your average ratings were, type by type: "
                             + bars.map { "\($0.label) \(ReportFormat.decimal($0.value))" }.joined(separator: ", "))
        return section("gaps", "Where you see it differently",
                       "The distance between your average ratings of each kind of closeness, counting only the weeks "
                       + "you both rated it. A long bar is not a problem in itself; it is something to talk about.",
                       figure("The gap between you", "Bars run from 0 (you see it the same) to 2 points apart or more.",
                              chart.render()))
    }

    /// Active rituals, and the others that were marked in the year.
    var shownRituals: [RitualStrength] {
        review.trends.rituals.filter { $0.ritual.status == .active || $0.marked > 0 }
    }

    /// Each ritual's forgiving strength over the year.
    func rituals() -> String {
        let shown = shownRituals
        guard !shown.isEmpty else {
            return section("rituals", "Your rituals", "You did not keep any rituals in Hearth this year.", "")
        }
        let figures = shown.map { strength in
            let status = strength.ritual.status == .active ? "" : " (\(strength.ritual.status.rawValue))"
            let caption = "\(HTMLText.escape(strength.ritual.cadence.inWords))\(status) · strength "
                + "\(ReportFormat.percent(strength.current)) at the end · kept in \(strength.kept) of the "
                + "\(ReportFormat.count(strength.marked, "week")) it was marked"
            let chart = WeekLineChart(
                weeks: review.range.weeks, lines: [.init(values: strength.series.values, colour: 0)],
                scale: 0...1, gridLines: [(0, "0"), (0.5, "½"), (1, "1")],
                summary: "\(strength.ritual.name): strength \(ReportFormat.percent(strength.current)) at the end of the year",
                height: 110, filled: true)
            return figure(strength.ritual.name, caption, chart.render())
        }
        return section("rituals", "Your rituals",
                       "Strength forgives: a skipped week costs a little, a kept one wins back a quarter of the way, "
                       + "and a week nobody marked changes nothing.", figures.joined(separator: "\n"))
    }

    /// What each partner gave each other, by language, against what the receiver prefers.
    func loveLanguages() -> String {
        let figures = review.trends.loveLanguages.map { balance in
            let bars = LoveLanguage.allCases.map { language in
                BarChart.Bar(label: language.name, value: Double(balance.count(language)),
                             text: ReportFormat.count(balance.count(language), "moment"), colour: colour(balance.giver),
                             highlighted: balance.preferred.contains(language))
            }
            let top = Double(max(1, balance.counts.max() ?? 1))
            let share = balance.preferredShare.map { ", \(ReportFormat.percent($0)) of them in \(name(balance.receiver))'s own languages" } ?? ""
            let caption = "\(ReportFormat.count(balance.total, "moment"))\(HTMLText.escape(share)). ★ marks the languages "
                + "\(HTMLText.escape(name(balance.receiver))) likes to receive."
            let chart = BarChart(bars: bars, maximum: top, summary: "Moments \(name(balance.giver)) gave \(name(balance.receiver)): "
                                 + bars.map { "\($0.label) \(Int($0.value))" }.joined(separator: ", "))
            return figure("From \(name(balance.giver)) to \(name(balance.receiver))", caption, chart.render())
        }
        return section("love-languages", "The love you gave",
                       "Moments of love you logged, by the language they were given in.", figures.joined(separator: "\n"))
    }
}
