/// A recurring, intentional moment the couple keeps (a date night, a Sunday walk).
public struct Ritual: Hashable, Sendable, Identifiable {
    /// Stable ASCII id (`date-night`), derived from the name when created.
    public let id: String
    public var name: String
    public var cadence: Cadence
    /// Ids of the intimacy types this ritual feeds.
    public var feeds: [String]
    public var status: Status
    /// The first week the ritual counts from.
    public var since: Week?
    public var preserved: PreservedContent

    public enum Status: String, CaseIterable, Sendable {
        case active, paused, retired
    }

    public init(id: String, name: String, cadence: Cadence, feeds: [String] = [], status: Status = .active,
                since: Week? = nil, preserved: PreservedContent = PreservedContent()) {
        self.id = id
        self.name = name
        self.cadence = cadence
        self.feeds = feeds
        self.status = status
        self.since = since
        self.preserved = preserved
    }
}

/// How often a ritual comes round.
public enum Cadence: Hashable, Sendable, CustomStringConvertible {
    case daily
    case weekly(on: Weekday)
    /// Every `weeks` weeks on a weekday, counted from the ritual's `since` week (see `isDue(in:since:)`).
    case everyWeeks(Int, on: Weekday)

    /// `daily`, `weekly sunday`, `every 2 weeks saturday`: the form written in files.
    public var description: String {
        switch self {
        case .daily: "daily"
        case .weekly(let day): "weekly \(day.name)"
        case .everyWeeks(let count, let day): "every \(count) weeks \(day.name)"
        }
    }

    /// `weekly on Sunday`, `daily`, `every 2 weeks on Saturday`: the one form every screen and message shows.
    public var inWords: String {
        switch self {
        case .daily: "daily"
        case .weekly(let day): "weekly on \(day.displayName)"
        case .everyWeeks(let count, let day): "every \(count) weeks on \(day.displayName)"
        }
    }

    /// Parses the form `description` writes; nil for anything else.
    public init?(_ text: some StringProtocol) {
        let words = text.lowercased().split(separator: " ")
        switch words.count {
        case 1 where words[0] == "daily":
            self = .daily
        case 2 where words[0] == "weekly":
            guard let day = Weekday(name: words[1]) else { return nil }
            self = .weekly(on: day)
        case 4 where words[0] == "every" && (words[2] == "weeks" || words[2] == "week"):
            guard let count = Int(words[1]), count >= 1, let day = Weekday(name: words[3]) else { return nil }
            self = count == 1 ? .weekly(on: day) : .everyWeeks(count, on: day)
        default:
            return nil
        }
    }

    /// Whether the ritual falls due in `week`, counting from `since` for multi-week cadences.
    ///
    /// A multi-week ritual without `since` (a hand-written rituals file) counts from the week of Monday
    /// 5 January 1970: arbitrary, but the same fixed weeks on every screen, in every printout and in its
    /// strength, whatever the journal holds.
    public func isDue(in week: Week, since: Week?) -> Bool {
        isDue(ordinal: week.ordinal, since: since?.ordinal)
    }

    /// `isDue(in:since:)` on week ordinals, for loops over many weeks.
    func isDue(ordinal week: Int, since: Int?) -> Bool {
        switch self {
        case .daily, .weekly: return true
        case .everyWeeks(let count, _):
            let every = max(1, count), elapsed = week - (since ?? 0)
            if since != nil, elapsed < 0 { return false }
            return ((elapsed % every) + every) % every == 0
        }
    }
}

/// Whether a ritual was kept in a given week.
public struct RitualMark: Hashable, Sendable {
    /// The ritual's id.
    public var ritual: String
    public var status: Status
    /// Why it was skipped, when a partner says.
    public var reason: String

    public enum Status: String, CaseIterable, Sendable {
        case kept, skipped
    }

    public init(ritual: String, status: Status, reason: String = "") {
        self.ritual = ritual
        self.status = status
        self.reason = reason
    }
}
