/// Number and name formatting for insight sentences, without Foundation.
enum InsightText {
    /// `4.0`, `2.5`, `-0.3`: one decimal, rounded half away from zero.
    static func decimal(_ value: Double) -> String {
        let tenths = Int((abs(value) * 10).rounded())
        return (value < 0 && tenths > 0 ? "-" : "") + "\(tenths / 10).\(tenths % 10)"
    }

    /// `42%`.
    static func percent(_ share: Double) -> String { "\(Int((share * 100).rounded()))%" }

    /// `Zoë`, `Zoë and 美咲`, `A, B and C`.
    static func list(_ items: [String]) -> String {
        guard let last = items.last else { return "" }
        return items.count == 1 ? last : items.dropLast().joined(separator: ", ") + " and " + last
    }

    /// `1 week`, `3 weeks`.
    static func weeks(_ count: Int) -> String { count == 1 ? "1 week" : "\(count) weeks" }

    /// A language's name in running text: `acts of service`.
    static func language(_ language: LoveLanguage) -> String { language.name.lowercased() }
}
