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
    // The check-in wizard.
    case startCheckIn
    case toggle
    case rate(Int)
    case skipRating
    case deleteWord, deleteToLineStart
    case wordLeft, wordRight, deleteWordForward
    case editExternally
    case leave
    case openHistory, openSearch
    case nextWeek, previousWeek, goToWeek, yearAgo, togglePrivate
    case openFilters, clearFilters
    // Rituals and love languages.
    case openRituals, openLoveLanguages
    case markKept, markSkipped, switchPartner
    case addItem, editItem, togglePause, retire
    case editPrimary, editSecondary
    case openTrends
    case nextRange, nextType, nextPartner
    /// Shows a small box of the cursor week's ratings without leaving the chart.
    case peekWeek
    /// Syncs with the partner's laptop, as `hearth sync` does.
    case sync
    /// Opens the list of fields a merge kept both ways.
    case openConflicts
    /// Settles the selected conflict with this machine's value, or with the other machine's.
    case keepHere, keepOther
    /// Unlocks another partner's key of an encrypted journal with their passphrase.
    case unlockPartner

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
        case .startCheckIn: "Start this week's check-in"
        case .toggle: "Tick or untick"
        case .rate(let score): "Rate \(score)"
        case .skipRating: "Skip this one this week"
        case .deleteWord: "Delete the word before the cursor"
        case .deleteToLineStart: "Delete to the start of the line"
        case .wordLeft: "Cursor left one word"
        case .wordRight: "Cursor right one word"
        case .deleteWordForward: "Delete the word after the cursor"
        case .editExternally: "Write this answer in your editor ($VISUAL or $EDITOR)"
        case .leave: "Leave the check-in; answers so far are kept as a draft"
        case .openHistory: "History: every week, newest first"
        case .openSearch: "Search everything you have written"
        case .nextWeek: "Next week"
        case .previousWeek: "Previous week"
        case .goToWeek: "Go to a week (2026-W47 or a date)"
        case .yearAgo: "The same week one year earlier"
        case .togglePrivate: "Show or hide private reflections"
        case .openFilters: "Filter by partner, warning sign, ritual, rating"
        case .clearFilters: "Clear all filters"
        case .openRituals: "Rituals: strength, this week's marks"
        case .openLoveLanguages: "Love languages, moments and balance"
        case .markKept: "Mark the ritual kept this week"
        case .markSkipped: "Mark the ritual skipped this week, with a reason"
        case .switchPartner: "Switch who is marking"
        case .addItem: "Add"
        case .editItem: "Edit the selected one"
        case .togglePause: "Pause or resume"
        case .retire: "Retire (history stays)"
        case .editPrimary: "Change the primary love language"
        case .editSecondary: "Change the secondary love language"
        case .openTrends: "Trends: charts and insights"
        case .nextRange: "Next range: 12 weeks, 6 months, 1 year, all"
        case .nextType: "Next type: all, then each one alone"
        case .nextPartner: "Next partner: both, then each of you"
        case .peekWeek: "Peek at the ratings of the week under the cursor"
        case .sync: "Sync with your partner's laptop"
        case .openConflicts: "Merge conflicts: choose which value to keep"
        case .keepHere: "Keep this machine's value and drop the other"
        case .keepOther: "Keep the other machine's value and drop this one"
        case .unlockPartner: "Unlock another partner's key too"
        }
    }
}
