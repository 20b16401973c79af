/// The ordered questions of a weekly check-in; a couple can reorder, drop or add steps.
public struct Agenda: Hashable, Sendable {
    public var steps: [AgendaStep]
    public var preserved: PreservedContent

    /// An agenda; steps without an id get one (`withStableIDs`).
    public init(steps: [AgendaStep], preserved: PreservedContent = PreservedContent()) {
        self.steps = Self.withStableIDs(steps)
        self.preserved = preserved
    }

    /// Every step with a non-empty id no other step has: a three-way merge matches steps by id, and a draft
    /// remembers its page by it. Steps that have an id keep it; a built-in step without one gets its kind
    /// (`ratings`), a second of the same kind `notes-2`, and so on, skipping ids already taken. Derived from
    /// the kind and the order alone, so an old agenda without ids reads the same ids on every machine.
    public static func withStableIDs(_ steps: [AgendaStep]) -> [AgendaStep] {
        guard steps.contains(where: { $0.id.isEmpty }) else { return steps }
        var taken = Set(steps.map(\.id).filter { !$0.isEmpty })
        return steps.map { step in
            guard step.id.isEmpty else { return step }
            var step = step
            let base = step.kind.rawValue
            var id = base, suffix = 2
            while taken.contains(id) {
                id = "\(base)-\(suffix)"
                suffix += 1
            }
            taken.insert(id)
            step.id = id
            return step
        }
    }

    /// Hearth's default agenda, in our own words.
    public static let standard = Agenda(steps: [
        AgendaStep(kind: .ratings, title: "How close did we feel?",
                   prompt: "For each kind of closeness, pick 1 (far apart) to 5 (deeply connected). Skip any you'd rather not rate."),
        AgendaStep(kind: .intentionReview, title: "Last week's intention",
                   prompt: "Here is what you set out to do. Did it happen?"),
        AgendaStep(kind: .appreciations, title: "Appreciations",
                   prompt: "Name something your partner did or was this week that you're glad about."),
        AgendaStep(kind: .howWeAreDoing, title: "How are we doing?",
                   prompt: "In a few words: how does the relationship feel right now, and what would you like more or less of?"),
        AgendaStep(kind: .warningSigns, title: "Anything drifting?",
                   prompt: "Tick any signal you noticed this week. Noticing early is the point, not blame."),
        AgendaStep(kind: .rituals, title: "Rituals",
                   prompt: "For each ritual: kept or skipped this week? (Say why if you like; one left unmarked counts as no answer.) And roughly how many minutes did you spend together with screens away?"),
        AgendaStep(kind: .moments, title: "Love-language moments",
                   prompt: "A moment you gave or received: a kind word, a favour, a gift, time, a touch."),
        AgendaStep(kind: .intention, title: "One intention",
                   prompt: "One small, concrete thing you'd like to do for us next week."),
        AgendaStep(kind: .reflection, title: "Private reflection",
                   prompt: "For yourself, optional: did you feel connected? Were you open? When did you last let your partner see the real you?"),
    ])
}

/// One step of the agenda.
public struct AgendaStep: Hashable, Sendable {
    public var kind: Kind
    public var title: String
    public var prompt: String
    /// Stable id, unique in its agenda: a question's answers are stored under it, a merge matches steps by it
    /// and a draft remembers its page by it. A built-in step's id is its kind unless the agenda has two.
    public var id: String

    /// A step; a built-in kind without `id` takes its kind as id (a question must be given one).
    public init(kind: Kind, title: String, prompt: String, id: String = "") {
        self.kind = kind
        self.title = title
        self.prompt = prompt
        self.id = id.isEmpty && kind != .question ? kind.rawValue : id
    }

    /// What a step asks for. Built-in kinds map to `CheckIn` fields; `.question` is free text.
    public enum Kind: String, CaseIterable, Sendable {
        case ratings
        case intentionReview = "intention-review"
        case appreciations
        case howWeAreDoing = "how-we-are-doing"
        case warningSigns = "warning-signs"
        case rituals
        case moments
        case intention
        case reflection
        case notes
        case question
    }
}
