import HearthDomain

/// Logging a love-language moment: who gave, to whom, which language, what happened, how it landed.
public struct MomentForm: Hashable, Sendable {
    public enum Field: Hashable, Sendable {
        case day, from, to, language, text, landed
    }

    /// How many days before today it happened: 0 today, up to `maxDaysAgo`.
    public var daysAgo: Int
    /// Moments are logged close to when they happen; older ones can go in with `hearth moment add --date`.
    public static let maxDaysAgo = 13

    public var partners: [Partner]
    /// Indexes into `partners`.
    public var from: Int
    public var to: Int
    public var language: LoveLanguage
    public var text: TextField
    public var landed: TextField
    public var focus: Field
    /// Why the last save was refused, or "Saving…".
    public var problem: String?

    /// A form starting from `giver`, to the next partner, in that partner's primary language.
    public init(partners: [Partner], giver: Int = 0) {
        self.partners = partners
        daysAgo = 0
        from = partners.indices.contains(giver) ? giver : 0
        to = partners.count > 1 ? (from + 1) % partners.count : from
        language = partners.indices.contains(to) ? partners[to].primaryLanguage ?? .words : .words
        text = TextField("", capacity: 200)
        landed = TextField("", capacity: 200)
        focus = .text
        problem = nil
    }

    public static let fields: [Field] = [.day, .from, .to, .language, .text, .landed]

    public var isOnLastField: Bool { focus == Self.fields.last }
    public var isText: Bool { focus == .text || focus == .landed }

    public mutating func moveFocus(by delta: Int) {
        let index = Self.fields.firstIndex(of: focus) ?? 0
        focus = Self.fields[((index + delta) % Self.fields.count + Self.fields.count) % Self.fields.count]
    }

    /// ←/→ on a choice: the giver, the receiver or the language.
    public mutating func change(by delta: Int) {
        let count = max(1, partners.count)
        switch focus {
        case .day: daysAgo = min(Self.maxDaysAgo, max(0, daysAgo - delta))
        case .from: from = ((from + delta) % count + count) % count
        case .to: to = ((to + delta) % count + count) % count
        case .language:
            let all = LoveLanguage.allCases
            let index = all.firstIndex(of: language) ?? 0
            language = all[((index + delta) % all.count + all.count) % all.count]
        case .text, .landed: break
        }
    }

    /// Types a character into the focused text field; false when the focus is on a choice.
    public mutating func insert(_ character: Character) -> Bool {
        switch focus {
        case .text: text.insert(character)
        case .landed: landed.insert(character)
        default: return false
        }
        problem = nil
        return true
    }

    /// Cursor moves and deletions in the focused text field.
    mutating func editText(_ action: Action) {
        switch focus {
        case .text: text.edit(action)
        case .landed: landed.edit(action)
        default: break
        }
    }

    /// The moment to log, `daysAgo` days before `today`, or why it cannot be saved yet (and which field to fix).
    public func moment(today: CivilDate) -> Result<Moment, MomentFormProblem> {
        let date = today.adding(days: -daysAgo)
        guard partners.indices.contains(from), partners.indices.contains(to) else {
            return .failure(MomentFormProblem(field: .from, message: "Add a partner to the profile first."))
        }
        guard from != to else {
            return .failure(MomentFormProblem(field: .to, message: "A moment goes from one partner to another."))
        }
        guard !text.trimmed.isEmpty else {
            return .failure(MomentFormProblem(field: .text, message: "Say what happened."))
        }
        return .success(Moment(date: date, from: partners[from].id, to: partners[to].id, language: language,
                               text: text.trimmed, landed: landed.trimmed))
    }
}

/// Why a moment cannot be saved, and where to fix it.
public struct MomentFormProblem: Error, Hashable, Sendable {
    public var field: MomentForm.Field
    public var message: String
}
