/// A JSON value together with where it sits in the document (`checkins[12].ratings.emotional`), so every
/// complaint about it can name that place.
struct JSONCursor {
    let value: JSON
    let path: String

    /// A failure naming the place: `checkins[12].ratings.emotional: 9 is not 1-5`.
    func failure(_ message: String) -> ImportFailure { ImportFailure(path: path, message: message) }

    func members() throws(ImportFailure) -> [(String, JSON)] {
        guard case .object(let members) = value else { throw failure("expected an object, found \(value.kindName)") }
        return members
    }

    /// A member that must be there.
    func member(_ key: String) throws(ImportFailure) -> JSONCursor {
        guard let found = try optionalMember(key) else { throw ImportFailure(path: path.isEmpty ? key : path, message: "\"\(key)\" is missing") }
        return found
    }

    /// A member that may be left out; present-but-null counts as left out.
    func optionalMember(_ key: String) throws(ImportFailure) -> JSONCursor? {
        guard let found = try members().first(where: { $0.0 == key }) else { return nil }
        if case .null = found.1 { return nil }
        return JSONCursor(value: found.1, path: path.isEmpty ? key : "\(path).\(key)")
    }

    /// Refuses members outside `known`: a misspelt key would otherwise be dropped without a word.
    func onlyMembers(_ known: Set<String>) throws(ImportFailure) {
        for (key, _) in try members() where !known.contains(key) {
            throw ImportFailure(path: path.isEmpty ? key : "\(path).\(key)",
                                message: "not a field Hearth knows here (known: \(known.sorted().joined(separator: ", ")))")
        }
    }

    func items() throws(ImportFailure) -> [JSONCursor] {
        guard case .array(let items) = value else { throw failure("expected an array, found \(value.kindName)") }
        return items.enumerated().map { JSONCursor(value: $1, path: "\(path)[\($0)]") }
    }

    func string() throws(ImportFailure) -> String {
        guard case .string(let text) = value else { throw failure("expected a string, found \(value.kindName)") }
        return text
    }

    func int() throws(ImportFailure) -> Int {
        guard case .number(let number) = value else { throw failure("expected a whole number, found \(value.kindName)") }
        return number
    }

    func bool() throws(ImportFailure) -> Bool {
        guard case .bool(let flag) = value else { throw failure("expected true or false, found \(value.kindName)") }
        return flag
    }

    /// A string that must be one of an enumeration's raw values.
    func choice<Choice: RawRepresentable & CaseIterable>(_: Choice.Type, what: String) throws(ImportFailure) -> Choice
    where Choice.RawValue == String {
        let text = try string()
        guard let choice = Choice(rawValue: text) else {
            throw failure("'\(text)' is not a \(what) (one of: \(Choice.allCases.map(\.rawValue).joined(separator: ", ")))")
        }
        return choice
    }

    /// A string member, empty when left out.
    func text(_ key: String) throws(ImportFailure) -> String { try optionalMember(key)?.string() ?? "" }
}

/// Why an import was refused: the JSON path of the value and what is wrong with it. Nothing was written.
public struct ImportFailure: Error, Hashable, Sendable, CustomStringConvertible {
    public var path: String
    public var message: String

    public init(path: String, message: String) {
        self.path = path
        self.message = message
    }

    public var description: String { path.isEmpty ? message : "\(path): \(message)" }
}

extension JSON {
    /// `an object`, `a string`: for messages about what was found instead.
    var kindName: String {
        switch self {
        case .null: "null"
        case .bool(let flag): "\(flag)"
        case .number(let number): "the number \(number)"
        case .decimal(let number): "the number \(number)"
        case .string(let text): "the string \"\(text.prefix(40))\""
        case .array: "an array"
        case .object: "an object"
        }
    }
}
