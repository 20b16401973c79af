import HearthDomain

/// The first-run form: each partner's name and primary love language, and whether to encrypt the journal
/// (then each partner's new passphrase, typed twice).
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

    /// A place the cursor can be: a partner's name or love language, the encryption choice, or a partner's
    /// new passphrase and its repetition.
    public enum Field: Hashable, Sendable {
        case name(Int)
        case language(Int)
        case encrypt
        case passphrase(Int)
        case confirmation(Int)
    }

    public var entries: [Entry]
    public var focus: Field
    /// Why the last save attempt was refused, shown under the form.
    public var problem: String?
    /// Start the journal encrypted, a key per partner (as `hearth init --encrypt`).
    public var encrypt = false
    /// Each partner's new passphrase, then the same typed again; masked, and dropped once sent or left.
    var passphrases: [SecretField]
    var confirmations: [SecretField]

    public init(entries: [Entry] = [Entry(), Entry()]) {
        self.entries = entries
        focus = .name(0)
        problem = nil
        passphrases = entries.map { _ in SecretField() }
        confirmations = passphrases
    }

    /// Fields in the order Tab visits them; the passphrases only when encrypting.
    public var fields: [Field] {
        entries.indices.flatMap { [Field.name($0), .language($0)] } + [.encrypt]
            + (encrypt ? entries.indices.flatMap { [Field.passphrase($0), .confirmation($0)] } : [])
    }

    /// Enter saves here: on the last field, or from the last love language on when not encrypting (the
    /// choice to encrypt is passed over, as it was before there was one).
    public var isOnLastField: Bool {
        focus == fields.last || (!encrypt && focus == .language(entries.count - 1))
    }

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
