import HearthDomain
import HearthUI

/// `hearth trends --json`: the numbers behind the charts and the insights, gaps as `null`.
///
/// Interim: the CLI branch's `JSON` value has no fractional numbers yet; once both are merged this
/// should build that value (given a decimal case) instead of its own `Value`.
struct TrendsJSON {
    let selection: TrendsSelection
    /// Escape everything outside ASCII as `\uXXXX` (under `--ascii`).
    var asciiOnly = false

    /// A JSON value; object members keep their order so the output is stable.
    indirect enum Value {
        case null
        case number(Double)
        case string(String)
        case array([Value])
        case object([(String, Value)])
    }

    func rendered() -> String {
        var out = ""
        write(value, into: &out)
        return out
    }

    var value: Value {
        let report = selection.report
        return .object([
            ("range", .object([
                ("first", .string(report.range.first.description)),
                ("last", .string(report.range.last.description)),
                ("weeks", .number(Double(report.range.count))),
            ])),
            ("partners", .array(selection.partners.map { .object([("id", .string($0.id)), ("name", .string($0.name))]) })),
            ("types", .array(selection.types.map(type))),
            ("insightWeeks", .number(Double(selection.insightWeeks))),
            ("insights", .array(selection.insights.map(insight))),
        ])
    }

    private func type(_ trend: TypeTrend) -> Value {
        let numbers = selection.numbers(for: trend)
        let partners: [Value] = selection.partners.map { partner in
            let series = trend.series(for: partner.id) ?? .empty(selection.report.range)
            return .object([("partner", .string(partner.id))] + self.series(series, trend: series.trend()))
        }
        var gap = Value.null
        if let found = numbers.gap {
            gap = .object([
                ("higher", .string(found.higher)), ("higherMean", .number(found.higherMean)),
                ("lower", .string(found.lower)), ("lowerMean", .number(found.lowerMean)),
                ("difference", .number(found.difference)), ("weeks", .number(Double(found.weeks))),
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
    private func series(_ series: Series, trend: LinearTrend?) -> [(String, Value)] {
        [
            ("values", .array(series.values.map(number))),
            ("latest", number(series.latest)),
            ("mean", number(series.mean)),
            ("slopePerWeek", number(trend?.slopePerWeek)),
            ("points", .number(Double(series.presentCount))),
        ]
    }

    private func insight(_ insight: Insight) -> Value {
        .object([
            ("kind", .string(insight.kind.rawValue)),
            ("priority", .number(Double(insight.priority))),
            ("subject", .string(insight.subject)),
            ("sentence", .string(insight.sentence)),
            ("evidence", .string(insight.evidence)),
            ("tip", .object([("id", .string(insight.tip.id)), ("title", .string(insight.tip.title)),
                             ("text", .string(insight.tip.text))])),
        ])
    }

    private func number(_ value: Double?) -> Value { value.map { .number($0) } ?? .null }

    private func write(_ value: Value, into out: inout String) {
        switch value {
        case .null: out += "null"
        case .number(let number): out += Self.format(number)
        case .string(let text): writeString(text, into: &out)
        case .array(let items):
            out += "["
            for (index, item) in items.enumerated() {
                if index > 0 { out += "," }
                write(item, into: &out)
            }
            out += "]"
        case .object(let members):
            out += "{"
            for (index, (key, item)) in members.enumerated() {
                if index > 0 { out += "," }
                writeString(key, into: &out)
                out += ":"
                write(item, into: &out)
            }
            out += "}"
        }
    }

    /// Whole numbers without a fraction, others to four decimals (more would be noise from averaging).
    static func format(_ number: Double) -> String {
        guard number.isFinite else { return "null" }
        let rounded = (number * 10_000).rounded() / 10_000
        if rounded == rounded.rounded(), abs(rounded) < 1e15 { return String(Int(rounded)) }
        return String(rounded)
    }

    private func writeString(_ text: String, into out: inout String) {
        out += "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            case _ where scalar.value < 0x20 || (asciiOnly && scalar.value > 0x7E):
                // UTF-16 code units, so characters beyond the BMP become a surrogate pair.
                for unit in String(scalar).utf16 {
                    let hex = String(unit, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                }
            default: out.unicodeScalars.append(scalar)
            }
        }
        out += "\""
    }
}
