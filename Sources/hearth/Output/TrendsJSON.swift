import HearthDomain
import HearthExchange
import HearthUI

/// `hearth trends --json`: the numbers behind the charts and the insights, gaps as `null`.
struct TrendsJSON {
    let selection: TrendsSelection

    var json: JSON {
        let report = selection.report
        return .object([
            ("range", .object([
                ("first", .string(report.range.first.description)),
                ("last", .string(report.range.last.description)),
                ("weeks", .number(report.range.count)),
            ])),
            ("partners", .array(selection.partners.map { .object([("id", .string($0.id)), ("name", .string($0.name))]) })),
            ("types", .array(selection.types.map(type))),
            ("rituals", .array(report.rituals.map(ritual))),
            ("signs", .array(report.signs.map(sign))),
            ("loveLanguages", .array(report.loveLanguages.map(loveLanguages))),
            ("insightWeeks", .number(selection.insightWeeks)),
            ("insights", .array(selection.insights.map(insight))),
        ])
    }

    private func type(_ trend: TypeTrend) -> JSON {
        let numbers = selection.numbers(for: trend)
        let partners: [JSON] = selection.partners.map { partner in
            let series = trend.series(for: partner.id) ?? .empty(selection.report.range)
            return .object([("partner", .string(partner.id))] + self.series(series, trend: series.trend()))
        }
        var gap = JSON.null
        if let found = numbers.gap {
            gap = .object([
                ("higher", .string(found.higher)), ("higherMean", .decimal(found.higherMean)),
                ("lower", .string(found.lower)), ("lowerMean", .decimal(found.lowerMean)),
                ("difference", .decimal(found.difference)), ("weeks", .number(found.weeks)),
            ])
        }
        return .object([
            ("id", .string(trend.type.id)),
            ("name", .string(trend.type.name)),
            ("partners", .array(partners)),
            // Several partners: each week's mean of those who rated; one partner: that partner's own.
            (selection.isWholeCouple ? "couple" : "shown", .object(series(numbers.series, trend: numbers.trend))),
            ("gap", gap),
        ])
    }

    /// `values` with nulls for gaps, then latest, mean, slope per week and the points it rests on.
    private func series(_ series: Series, trend: LinearTrend?) -> [(String, JSON)] {
        [
            ("values", .array(series.values.map(decimal))),
            ("latest", decimal(series.latest)),
            ("mean", decimal(series.mean)),
            ("slopePerWeek", decimal(trend?.slopePerWeek)),
            ("points", .number(series.presentCount)),
        ]
    }

    /// Strength now and each week (0-1), and how often it was kept of the weeks anyone marked it.
    private func ritual(_ strength: RitualStrength) -> JSON {
        .object([
            ("id", .string(strength.ritual.id)),
            ("name", .string(strength.ritual.name)),
            ("cadence", .string(strength.ritual.cadence.description)),
            ("status", .string(strength.ritual.status.rawValue)),
            ("strength", .decimal(strength.current)),
            ("values", .array(strength.series.values.map(decimal))),
            ("due", .number(strength.due)),
            ("marked", .number(strength.marked)),
            ("kept", .number(strength.kept)),
        ])
    }

    /// A warning sign ticked in `weeks` of the last `window` weeks.
    private func sign(_ recurrence: SignRecurrence) -> JSON {
        .object([
            ("id", .string(recurrence.sign.rawValue)),
            ("name", .string(recurrence.sign.name)),
            ("weeks", .number(recurrence.weeks)),
            ("window", .number(recurrence.window)),
            ("partners", .array(recurrence.partners.map(JSON.string))),
            ("lastSeen", .string(recurrence.lastSeen.description)),
        ])
    }

    /// Moments one partner gave another over the range, per language, against the receiver's preferences.
    private func loveLanguages(_ balance: LoveLanguageBalance) -> JSON {
        .object([
            ("giver", .string(balance.giver)),
            ("receiver", .string(balance.receiver)),
            ("given", .object(LoveLanguage.allCases.map { ($0.rawValue, .number(balance.count($0))) })),
            ("total", .number(balance.total)),
            ("preferred", .array(balance.preferred.map { .string($0.rawValue) })),
            ("preferredShare", decimal(balance.preferredShare)),
        ])
    }

    private func insight(_ insight: Insight) -> JSON {
        .object([
            ("kind", .string(insight.kind.rawValue)),
            ("priority", .number(insight.priority)),
            ("subject", .string(insight.subject)),
            ("sentence", .string(insight.sentence)),
            ("evidence", .string(insight.evidence)),
            ("tip", .object([("id", .string(insight.tip.id)), ("title", .string(insight.tip.title)),
                             ("text", .string(insight.tip.text))])),
        ])
    }

    private func decimal(_ value: Double?) -> JSON { value.map { .decimal($0) } ?? .null }

    /// JSON text with everything outside ASCII written as `\uXXXX` (UTF-16, so beyond the BMP as a
    /// surrogate pair), for `--ascii`; outside strings JSON is ASCII already, so escaping the whole text is safe.
    static func escapingNonASCII(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            guard !scalar.isASCII else {
                out.unicodeScalars.append(scalar)
                continue
            }
            for unit in String(scalar).utf16 {
                let hex = String(unit, radix: 16)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            }
        }
        return out
    }
}
