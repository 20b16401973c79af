extension IntimacyType {
    /// A few words for each point of the 1-5 scale, in terms of this type; the couple's own types use the
    /// general wording of `Rating.anchor(for:)`.
    public func anchor(for score: Int) -> String {
        let words: [String]
        switch id {
        case "emotional": words = ["guarded, unheard", "a little shut off", "some sharing", "open with each other", "fully seen"]
        case "physical": words = ["no warmth", "rare touch", "some closeness", "affectionate", "close and tender"]
        case "intellectual": words = ["no real talk", "talking past", "some good talks", "in sync", "sparking ideas"]
        case "spiritual": words = ["no shared meaning", "drifting values", "some common ground", "aligned", "one purpose"]
        case "experiential": words = ["separate lives", "little together", "some shared time", "good times", "full of shared life"]
        default: return Rating.anchor(for: score)
        }
        guard Rating.range.contains(score) else { return Rating.anchor(for: score) }
        return words[score - 1]
    }
}
