/// The couple: who they are and the extra dimensions they chose to rate.
public struct Profile: Hashable, Sendable {
    /// Two partners usually; Hearth does not assume two where a list will do.
    public var partners: [Partner]
    /// Dimensions the couple added beyond the five core types (for example `sexual`).
    public var extraTypes: [IntimacyType]
    public var preserved: PreservedContent

    public init(partners: [Partner], extraTypes: [IntimacyType] = [], preserved: PreservedContent = PreservedContent()) {
        self.partners = partners
        self.extraTypes = extraTypes
        self.preserved = preserved
    }

    /// The five core types followed by the couple's own, in display order.
    public var intimacyTypes: [IntimacyType] { IntimacyType.core + extraTypes }

    public func partner(id: String) -> Partner? { partners.first { $0.id == id } }

    /// Finds a partner by id or by display name, ignoring case.
    public func partner(named text: String) -> Partner? {
        let lowered = text.lowercased()
        return partners.first { $0.id == lowered || $0.name.lowercased() == lowered }
    }

    /// The display name for an id, or the id itself when the partner is unknown.
    public func displayName(of id: String) -> String { partner(id: id)?.name ?? id }
}
