/// A love-language moment: one partner gave, another received.
public struct Moment: Hashable, Sendable, Identifiable {
    /// Stable id (`m-1f3a9c0e`) that a three-way merge matches moments by. Given when the moment is made,
    /// from what it says (see `derivedID`), and kept from then on even when its words are edited.
    public var id: String
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

    /// A moment; without `id`, its id is derived from its contents (`derivedID`).
    public init(id: String? = nil, date: CivilDate? = nil, from: String, to: String, language: LoveLanguage,
                text: String, landed: String = "") {
        self.id = id ?? Self.derivedID(date: date, from: from, to: to, language: language, text: text)
        self.date = date
        self.from = from
        self.to = to
        self.language = language
        self.text = text
        self.landed = landed
    }

    /// The id of a moment with these contents: `m-` and 8 hex digits of an FNV-1a hash.
    ///
    /// Why from the contents and not at random: a file written before moments had ids reads with the same
    /// ids on every machine (so base, ours and theirs of a merge agree on them), and two laptops that log the
    /// very same moment make one record, not two. `landed` is left out because it is usually added later.
    public static func derivedID(date: CivilDate?, from: String, to: String, language: LoveLanguage, text: String) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        let fields = [date?.description ?? "", from, to, language.rawValue, text]
        for (index, field) in fields.enumerated() {
            // A separator no field can hold keeps ("ab", "c") and ("a", "bc") apart.
            for byte in field.utf8 + (index + 1 < fields.count ? [0] : []) {
                hash ^= UInt64(byte)
                hash = hash &* 0x0000_0100_0000_01B3
            }
        }
        let folded = UInt32(truncatingIfNeeded: hash ^ (hash >> 32))
        let hex = String(folded, radix: 16)
        return "m-" + String(repeating: "0", count: 8 - hex.count) + hex
    }
}
