import HearthDomain

/// The first-run form: each partner's name and primary love language.
public struct SetupForm: Hashable, Sendable {
    /// One partner's answers.
    public struct Entry: Hashable, Sendable {
        public var name: TextField
        /// nil means "not sure yet"; it can be set later.
        public var language: LoveLanguage?

        public init(name: String = "", language: LoveLanguage? = nil) {
            self.name = TextField(name, capacity: 40)
            self.language = language
        }
    }

    /// A place the cursor can be: a partner's name or their love language.
    public enum Field: Hashable, Sendable {
        case name(Int)
        case language(Int)
    }

    public var entries: [Entry]
    public var focus: Field
    /// Why the last save attempt was refused, shown under the form.
    public var problem: String?

    public init(entries: [Entry] = [Entry(), Entry()]) {
        self.entries = entries
        focus = .name(0)
        problem = nil
    }

    /// Fields in the order Tab visits them.
    public var fields: [Field] { entries.indices.flatMap { [Field.name($0), .language($0)] } }

    public var isOnLastField: Bool { focus == fields.last }

    /// Moves the focus by `delta` fields, wrapping round.
    public mutating func moveFocus(by delta: Int) {
        let all = fields
        let index = all.firstIndex(of: focus) ?? 0
        focus = all[((index + delta) % all.count + all.count) % all.count]
    }

    /// Steps the focused love language through "not sure" and the five languages.
    public mutating func cycleLanguage(by delta: Int) {
        guard case .language(let index) = focus else { return }
        let choices: [LoveLanguage?] = [nil] + LoveLanguage.allCases
        let current = choices.firstIndex(of: entries[index].language) ?? 0
        entries[index].language = choices[((current + delta) % choices.count + choices.count) % choices.count]
    }

    /// The profile these answers describe, or the reason they cannot be saved yet; the same rules as
    /// `hearth init` (`Partner.newCouple`).
    public func profile() -> Result<Profile, SetupProblem> {
        switch Partner.newCouple(named: entries.map(\.name.trimmed)) {
        case .success(var partners):
            for index in partners.indices { partners[index].primaryLanguage = entries[index].language }
            return .success(Profile(partners: partners))
        case .failure(let problem):
            let sentence = problem.description.prefix(1).uppercased() + problem.description.dropFirst() + "."
            return .failure(SetupProblem(field: .name(problem.index), message: sentence))
        }
    }
}

/// Why the setup form cannot be saved, and which field to fix.
public struct SetupProblem: Error, Hashable, Sendable {
    public var field: SetupForm.Field
    public var message: String
}
