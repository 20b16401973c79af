/// One partner's answers for one ISO week.
public struct CheckIn: Hashable, Sendable {
    public var week: Week
    /// The partner's stable id (see `Partner.id`).
    public var partner: String
    /// Keyed by `IntimacyType.id`; a missing key means the question was not answered.
    public var ratings: [String: Rating]
    /// Things this partner appreciated about the other(s) this week.
    public var appreciations: [String]
    /// "How are we doing?" in the partner's words.
    public var howWeAreDoing: String
    public var moreOf: String
    public var lessOf: String
    public var warningSigns: [WarningSign]
    public var rituals: [RitualMark]
    /// Minutes of device-free time together this week, when counted.
    public var deviceFreeMinutes: Int?
    /// Love-language moments this partner recorded for the week.
    public var moments: [Moment]
    /// Whether last week's intention was carried out, as this partner sees it.
    public var lastIntentionReview: IntentionReview?
    /// One intention for next week.
    public var intention: String
    /// Private reflection: shown only on request and marked as private.
    public var reflection: String
    public var notes: String
    /// Answers to questions the couple added to their agenda, keyed by question id.
    public var answers: [String: String]
    /// Whatever the file held that this version of Hearth does not understand; written back untouched.
    public var preserved: PreservedContent

    public init(week: Week, partner: String, ratings: [String: Rating] = [:], appreciations: [String] = [],
                howWeAreDoing: String = "", moreOf: String = "", lessOf: String = "",
                warningSigns: [WarningSign] = [], rituals: [RitualMark] = [], deviceFreeMinutes: Int? = nil,
                moments: [Moment] = [], lastIntentionReview: IntentionReview? = nil, intention: String = "",
                reflection: String = "", notes: String = "", answers: [String: String] = [:],
                preserved: PreservedContent = PreservedContent()) {
        self.week = week
        self.partner = partner
        self.ratings = ratings
        self.appreciations = appreciations
        self.howWeAreDoing = howWeAreDoing
        self.moreOf = moreOf
        self.lessOf = lessOf
        self.warningSigns = warningSigns
        self.rituals = rituals
        self.deviceFreeMinutes = deviceFreeMinutes
        self.moments = moments
        self.lastIntentionReview = lastIntentionReview
        self.intention = intention
        self.reflection = reflection
        self.notes = notes
        self.answers = answers
        self.preserved = preserved
    }

    /// The score for a type, nil when skipped or unanswered.
    public func score(_ type: IntimacyType) -> Int? { ratings[type.id]?.value }
}

/// How last week's intention went.
public enum IntentionReview: String, CaseIterable, Sendable {
    case done, partly, notYet = "not-yet"

    public var name: String {
        switch self {
        case .done: "We did it"
        case .partly: "Partly"
        case .notYet: "Not yet"
        }
    }
}

/// Front-matter keys and Markdown sections a file held that Hearth does not know, in file order.
public struct PreservedContent: Hashable, Sendable {
    /// Unknown front-matter entries, each with its key and its raw YAML text (key line included).
    public var frontMatter: [RawEntry]
    /// Unknown `## ` sections, each with its heading and its raw body.
    public var sections: [RawEntry]

    public init(frontMatter: [RawEntry] = [], sections: [RawEntry] = []) {
        self.frontMatter = frontMatter
        self.sections = sections
    }

    public var isEmpty: Bool { frontMatter.isEmpty && sections.isEmpty }
}

/// A named piece of raw text kept verbatim.
public struct RawEntry: Hashable, Sendable {
    public var key: String
    public var text: String

    public init(key: String, text: String) {
        self.key = key
        self.text = text
    }
}
