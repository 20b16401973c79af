/// What a cell means, not how it looks: HearthTerminal maps styles to colours (or to none under NO_COLOR).
public enum Style: Hashable, Sendable {
    case normal
    case dim
    case bold
    case selected
    case accent
    case title
    /// A partner's own colour, by their index in the profile.
    case partner(Int)
    case warning
    case good
    /// A chart level from 1 (low) to 5 (high).
    case chart(Int)
}
