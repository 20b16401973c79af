/// One thing wrong with a value, naming the field it concerns.
public struct ValidationProblem: Hashable, Sendable, CustomStringConvertible {
    /// Dotted field path, e.g. `ratings.emotional` or `partners[1].id`.
    public var field: String
    public var message: String

    public init(field: String, message: String) {
        self.field = field
        self.message = message
    }

    public var description: String { "\(field): \(message)" }
}

extension CheckIn {
    /// Every problem with this check-in against the profile, not just the first.
    public func validate(against profile: Profile) -> [ValidationProblem] {
        var problems: [ValidationProblem] = []
        if profile.partner(id: partner) == nil {
            let known = profile.partners.map(\.id).joined(separator: ", ")
            problems.append(.init(field: "partner", message: "'\(partner)' is not in the profile (known: \(known))"))
        }
        let knownTypes = Set(profile.intimacyTypes.map(\.id))
        for (type, rating) in ratings.sorted(by: { $0.key < $1.key }) {
            if !knownTypes.contains(type) {
                problems.append(.init(field: "ratings.\(type)", message: "unknown intimacy type; add it to the profile or remove it"))
            }
            if let value = rating.value, !Rating.range.contains(value) {
                problems.append(.init(field: "ratings.\(type)", message: "\(value) is outside 1-5"))
            }
        }
        if let minutes = deviceFreeMinutes, minutes < 0 || minutes > 7 * 24 * 60 {
            problems.append(.init(field: "device_free_minutes", message: "\(minutes) is not a number of minutes in a week"))
        }
        let partnerIDs = Set(profile.partners.map(\.id))
        for (index, moment) in moments.enumerated() {
            for (name, id) in [("from", moment.from), ("to", moment.to)] where !partnerIDs.contains(id) {
                problems.append(.init(field: "moments[\(index)].\(name)", message: "'\(id)' is not in the profile"))
            }
        }
        return problems
    }
}

extension Profile {
    /// The most partners a journal holds: a couple, or a few more in a larger household.
    public static let maximumPartners = 8
    /// The most intimacy types a couple adds to the core ones.
    public static let maximumExtraTypes = 24

    /// Every problem with the profile, not just the first.
    public func validate() -> [ValidationProblem] {
        var problems: [ValidationProblem] = []
        if partners.isEmpty {
            problems.append(.init(field: "partners", message: "at least one partner is needed"))
        }
        // Limits of a household, not of the code: a profile past them is damaged or generated, and every
        // report that pairs partners or types would grow with its square.
        if partners.count > Self.maximumPartners {
            problems.append(.init(field: "partners", message: "\(partners.count) partners, more than the \(Self.maximumPartners) a journal is for"))
            return problems
        }
        if extraTypes.count > Self.maximumExtraTypes {
            problems.append(.init(field: "types", message: "\(extraTypes.count) extra intimacy types, more than the \(Self.maximumExtraTypes) a journal keeps"))
            return problems
        }
        var seen = Set<String>()
        for (index, partner) in partners.enumerated() {
            if !Partner.isValidID(partner.id) {
                problems.append(.init(field: "partners[\(index)].id",
                                      message: "'\(partner.id)' must be lower-case ASCII letters, digits and '-'"))
            }
            if !seen.insert(partner.id).inserted {
                problems.append(.init(field: "partners[\(index)].id", message: "'\(partner.id)' is used twice"))
            }
            if partner.name.trimmingWhitespace().isEmpty {
                problems.append(.init(field: "partners[\(index)].name", message: "a name is needed"))
            }
        }
        for (index, type) in extraTypes.enumerated() {
            if !Partner.isValidID(type.id) {
                problems.append(.init(field: "types[\(index)].id", message: "'\(type.id)' must be lower-case ASCII"))
            }
            if IntimacyType.core.contains(where: { $0.id == type.id }) {
                problems.append(.init(field: "types[\(index)].id", message: "'\(type.id)' is already a core type"))
            }
        }
        return problems
    }
}

extension String {
    /// The string without leading and trailing white space or newlines (no Foundation needed).
    public func trimmingWhitespace() -> String {
        let scalars = unicodeScalars
        guard let start = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
              let end = scalars.lastIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        return String(scalars[start...end])
    }
}
