/// A love-language moment: one partner gave, another received.
public struct Moment: Hashable, Sendable {
    public var date: CivilDate?
    /// Partner id of the giver.
    public var from: String
    /// Partner id of the receiver.
    public var to: String
    public var language: LoveLanguage
    /// What happened.
    public var text: String
    /// How it landed, in the receiver's or giver's words; may be empty.
    public var landed: String

    public init(date: CivilDate? = nil, from: String, to: String, language: LoveLanguage,
                text: String, landed: String = "") {
        self.date = date
        self.from = from
        self.to = to
        self.language = language
        self.text = text
        self.landed = landed
    }
}
