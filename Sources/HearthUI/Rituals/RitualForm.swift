import HearthDomain

/// Adding or editing a ritual: its name, how often, on which day, and the intimacy types it feeds.
public struct RitualForm: Hashable, Sendable {
    /// A place the cursor can be.
    public enum Field: Hashable, Sendable {
        case name, repeats, day
        /// The intimacy type at this index of `types`.
        case feed(Int)
    }

    /// The ritual being edited; nil when adding one.
    public var original: Ritual?
    public var name: TextField
    /// 0 daily, 1 weekly, N every N weeks.
    public var every: Int
    public var day: Weekday
    public var types: [IntimacyType]
    /// Per type in `types`: whether the ritual feeds it.
    public var feeds: [Bool]
    public var focus: Field
    /// Why the last save was refused, or "Saving…".
    public var problem: String?

    public init(types: [IntimacyType], editing ritual: Ritual? = nil) {
        original = ritual
        name = TextField(ritual?.name ?? "", capacity: 60)
        switch ritual?.cadence {
        case .daily?: every = 0; day = .sunday
        case .weekly(let weekday)?: every = 1; day = weekday
        case .everyWeeks(let count, let weekday)?: every = count; day = weekday
        case nil: every = 1; day = .sunday
        }
        self.types = types
        feeds = types.map { ritual?.feeds.contains($0.id) ?? false }
        focus = .name
        problem = nil
    }

    /// Fields in Tab order; a daily ritual has no day.
    public var fields: [Field] { [.name, .repeats] + (every == 0 ? [] : [.day]) + types.indices.map(Field.feed) }

    public var isOnLastField: Bool { focus == fields.last }

    public mutating func moveFocus(by delta: Int) {
        let all = fields
        let index = all.firstIndex(of: focus) ?? 0
        focus = all[((index + delta) % all.count + all.count) % all.count]
    }

    /// The cadence choices ←/→ step through, with an unusual one being edited kept in the list.
    var everyChoices: [Int] { Array(Set([0, 1, 2, 3, 4, every])).sorted() }

    /// ←/→ on a choice: the cadence, the day, or whether a type is fed.
    public mutating func change(by delta: Int) {
        switch focus {
        case .name: break
        case .repeats:
            let choices = everyChoices
            let index = choices.firstIndex(of: every) ?? 0
            every = choices[((index + delta) % choices.count + choices.count) % choices.count]
        case .day:
            let days = Weekday.allCases
            let index = days.firstIndex(of: day) ?? 0
            day = days[((index + delta) % days.count + days.count) % days.count]
        case .feed(let index):
            if feeds.indices.contains(index) { feeds[index].toggle() }
        }
    }

    public var cadence: Cadence {
        switch every {
        case 0: .daily
        case 1: .weekly(on: day)
        default: .everyWeeks(every, on: day)
        }
    }

    /// `daily`, `weekly`, `every 3 weeks`.
    static func repeatsText(_ every: Int) -> String {
        switch every {
        case 0: "daily"
        case 1: "weekly"
        default: "every \(every) weeks"
        }
    }

    /// The ritual to save, or why it cannot be saved yet.
    public func ritual(among rituals: [Ritual], week: Week) -> Result<Ritual, RitualFormProblem> {
        let name = self.name.trimmed
        guard !name.isEmpty else { return .failure(RitualFormProblem(message: "A ritual needs a name.")) }
        if let other = rituals.first(where: { $0.isNamed(name) && $0.id != original?.id }) {
            return .failure(RitualFormProblem(message: "There is already a ritual called \(other.name)."))
        }
        let fed = types.indices.filter { feeds[$0] }.map { types[$0].id }
        if var ritual = original {
            ritual.name = name
            ritual.cadence = cadence
            ritual.feeds = fed
            return .success(ritual)
        }
        return .success(Ritual(id: Ritual.makeID(from: name, taken: rituals.map(\.id)), name: name, cadence: cadence,
                               feeds: fed, since: week))
    }
}

/// Why a ritual form cannot be saved.
public struct RitualFormProblem: Error, Hashable, Sendable {
    public var message: String
}
