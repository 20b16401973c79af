/// The ordered questions of a weekly check-in; a couple can reorder, drop or add steps.
public struct Agenda: Hashable, Sendable {
    public var steps: [AgendaStep]
    public var preserved: PreservedContent

    public init(steps: [AgendaStep], preserved: PreservedContent = PreservedContent()) {
        self.steps = steps
        self.preserved = preserved
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
    /// Stable id for `.question` steps (answers are stored under it); empty for built-in kinds.
    public var id: String

    public init(kind: Kind, title: String, prompt: String, id: String = "") {
        self.kind = kind
        self.title = title
        self.prompt = prompt
        self.id = id
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
