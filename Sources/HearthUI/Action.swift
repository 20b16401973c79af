/// What a key asks the app to do; the keymap turns keys into actions.
public enum Action: Hashable, Sendable {
    case quit
    case back
    case help
    case redraw
    case up, down, pageUp, pageDown, top, bottom
    case left, right
    case nextField, previousField
    case confirm
    case deleteBackward, deleteForward
    case setUp
    case openDemo
    case openTrends
    case nextRange, nextType, nextPartner

    /// The words help uses for this action.
    public var summary: String {
        switch self {
        case .quit: "Quit Hearth"
        case .back: "Go back"
        case .help: "Show or hide this help"
        case .redraw: "Redraw the screen"
        case .up: "Move up"
        case .down: "Move down"
        case .pageUp: "Page up"
        case .pageDown: "Page down"
        case .top: "Go to the top"
        case .bottom: "Go to the bottom"
        case .left: "Previous choice"
        case .right: "Next choice"
        case .nextField: "Next field"
        case .previousField: "Previous field"
        case .confirm: "Choose / save"
        case .deleteBackward: "Delete the character before the cursor"
        case .deleteForward: "Delete the character under the cursor"
        case .setUp: "Set up your journal"
        case .openDemo: "Open a demo journal in a temporary folder"
        case .openTrends: "Trends: charts and insights"
        case .nextRange: "Next range: 12 weeks, 6 months, 1 year, all"
        case .nextType: "Next type: all, then each one alone"
        case .nextPartner: "Next partner: both, then each of you"
        }
    }
}
