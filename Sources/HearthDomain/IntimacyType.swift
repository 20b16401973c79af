/// One axis a partner rates each week: the five core types, or one the couple added.
public struct IntimacyType: Hashable, Sendable, Identifiable {
    /// Stable ASCII key used in files (`emotional`, `sexual`).
    public let id: String
    /// Display name (`Emotional`).
    public var name: String
    /// What a partner is rating, in a sentence.
    public var summary: String

    public init(id: String, name: String, summary: String = "") {
        self.id = id
        self.name = name
        self.summary = summary
    }

    public var isCore: Bool { IntimacyType.core.contains { $0.id == id } }

    public static let emotional = IntimacyType(
        id: "emotional", name: "Emotional",
        summary: "Safe to share fears, joys and doubts, and to be accepted as you are.")
    public static let physical = IntimacyType(
        id: "physical", name: "Physical",
        summary: "Everyday touch, hugs, holding hands, and sex if you both want it.")
    public static let intellectual = IntimacyType(
        id: "intellectual", name: "Intellectual",
        summary: "Trading and testing ideas, feeling on the same wavelength.")
    public static let spiritual = IntimacyType(
        id: "spiritual", name: "Spiritual",
        summary: "Shared values, purpose and meaning, whatever form they take for you.")
    public static let experiential = IntimacyType(
        id: "experiential", name: "Experiential",
        summary: "Doing life together: outings, projects, trips, running jokes.")

    /// The five types every check-in rates, in display order.
    public static let core: [IntimacyType] = [emotional, physical, intellectual, spiritual, experiential]
}
