/// Device-free time as typed: plain minutes or hours ("90", "90m", "1h40", "1h 40m", "1:40", "1.5h").
public enum MinutesEntry: Hashable, Sendable {
    case empty
    case minutes(Int)
    /// More than a week holds; the number is what was read.
    case tooMany(Int)
    case unreadable

    /// A week's worth: no answer can honestly be more.
    public static let most = 7 * 24 * 60
    /// Characters the field takes: "1 hour 40 minutes" fits with room to spare.
    public static let longest = 24

    /// Reads what was typed; spaces and letter case do not matter.
    public init(_ text: String) {
        let compact = text.lowercased().filter { !$0.isWhitespace }
        guard !compact.isEmpty else {
            self = .empty
            return
        }
        guard let total = Self.hoursAndMinutes(compact) ?? Self.clock(compact) else {
            self = .unreadable
            return
        }
        let rounded = total.rounded()
        guard rounded <= Double(Self.most) else {
            self = rounded < 1e9 ? .tooMany(Int(rounded)) : .unreadable
            return
        }
        self = .minutes(Int(rounded))
    }

    /// The minutes to save, when there are any.
    public var value: Int? {
        if case .minutes(let minutes) = self { minutes } else { nil }
    }

    /// What the field shows beside its label: the reading, or how to fix it.
    public var note: String {
        switch self {
        case .empty: "minutes or hours, e.g. 90, 1h40, 1:40"
        case .minutes(let minutes): minutes == 1 ? "= 1 minute" : "= \(minutes) minutes"
        case .tooMany(let minutes): "\(minutes) minutes is more than a week (\(Self.most) at most)"
        case .unreadable: "can't read that; try 90, 1h40 or 1:40"
        }
    }

    /// "1:40": hours, a colon, two digits of minutes.
    private static func clock(_ text: String) -> Double? {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[1].count == 2, let hours = whole(parts[0]), let minutes = whole(parts[1]),
              minutes < 60 else { return nil }
        return Double(hours) * 60 + Double(minutes)
    }

    /// An optional number of hours with its unit, then an optional number of minutes (unit optional after
    /// hours, as in "1h40"); a lone number is minutes.
    private static func hoursAndMinutes(_ text: String) -> Double? {
        var rest = Substring(text)
        var total = 0.0
        var sawHours = false
        if let (number, afterNumber) = number(rest), let afterUnit = unit(afterNumber, ["hours", "hour", "hrs", "hr", "h"]) {
            total = number * 60
            sawHours = true
            rest = afterUnit
            if rest.isEmpty { return total }
        }
        guard let (number, afterNumber) = number(rest), number == number.rounded(.down) || !sawHours else { return nil }
        let afterUnit = unit(afterNumber, ["minutes", "minute", "mins", "min", "m"]) ?? afterNumber
        guard afterUnit.isEmpty else { return nil }
        return total + number
    }

    /// A number with at most one decimal point (or comma) at the start of `text`, and what follows it.
    private static func number(_ text: Substring) -> (Double, Substring)? {
        let digits = text.prefix { $0.isASCII && ($0.isNumber || $0 == "." || $0 == ",") }
        guard digits.count <= 12, digits.filter({ $0 == "." || $0 == "," }).count <= 1,
              let value = Double(String(digits.map { $0 == "," ? "." : $0 })), digits.first?.isNumber == true else { return nil }
        return (value, text.dropFirst(digits.count))
    }

    private static func unit(_ text: Substring, _ names: [String]) -> Substring? {
        names.first { text.hasPrefix($0) }.map { text.dropFirst($0.count) }
    }

    private static func whole(_ text: Substring) -> Int? {
        text.count <= 6 && text.allSatisfy { $0.isASCII && $0.isNumber } ? Int(text) : nil
    }
}
