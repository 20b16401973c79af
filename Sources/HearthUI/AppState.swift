import HearthDomain

/// Everything the UI shows, as one value: `update` changes it, `render` draws it.
public struct AppState: Hashable, Sendable {
    /// The screen under the help overlay.
    public enum Screen: Hashable, Sendable {
        /// First run: no profile yet; offers setup or a demo.
        case welcome(WelcomeScreen)
        /// The journal is sealed: a passphrase opens it (Locked/).
        case locked(UnlockForm)
        case setup(SetupForm)
        /// This week at a glance, and the way to every other screen (Home/).
        case home
        /// The weekly check-in wizard.
        case checkIn(CheckInWizard)
        /// Every week, newest first (History/).
        case history(HistoryState)
        /// One week, partners side by side (History/).
        case week(WeekViewState)
        /// Full-text search over everything written (History/).
        case search(SearchState)
        case rituals(RitualsState)
        case loveLanguages(LoveLanguagesState)
        /// Charts and insights; Esc goes back home.
        case trends(TrendsView)
        /// Fields a merge kept both ways, to choose one value of each (Sync/).
        case conflicts(ConflictChooser)
    }

    public var today: CivilDate
    /// nil until a profile exists.
    public var journal: Journal?
    /// The screen on show: the top of the navigation stack.
    public var screen: Screen
    /// The screens under `screen`, oldest first; Esc returns to the last (AppState+Navigation.swift).
    public internal(set) var backStack: [Screen] = []
    public var showingHelp: Bool
    /// How far the help list is scrolled, for screens with more keys than the window has rows.
    public var helpOffset: Int
    /// True when the open journal is a demo in a temporary folder, not the couple's own.
    public var isDemo: Bool
    /// The folder the journal lives in, shown on first run and for demos.
    public var folder: String
    /// Files the store could not read, one line each; counted on the status line.
    public var problems: [String]
    /// A one-line note for the status bar (an error, a confirmation); cleared by the next key.
    public var message: Message?
    /// A yes-or-no question waiting for its answer, drawn over the screen; the next key answers it.
    public var question: Question?
    /// The terminal size last reported (`Event.resize`): update uses it to page and clamp scrolling.
    public var viewport: Size
    /// Unfinished check-ins under drafts/, as last read or written; `c` offers them before a new check-in.
    public var drafts: [CheckInDraft] = []
    /// Which characters charts may use on this terminal; the launcher sets it from the environment.
    public var chartTier: ChartTier = .unicode
    /// Work under way that takes a while, shown with a spinner; keys wait until its result is applied.
    public internal(set) var working: Working?
    /// Conflict copies and fields kept both ways, counted on home until the couple settles them.
    public var conflicts = JournalConflicts()
    /// Set for an encrypted journal: whose keys are unlocked (home names them); nil for a plain one.
    public var seal: JournalSeal?

    /// A status-bar note and whether it reports a failure.
    public struct Message: Hashable, Sendable {
        public var text: String
        public var isError: Bool

        public init(_ text: String, isError: Bool = false) {
            self.text = text
            self.isError = isError
        }
    }

    public init(today: CivilDate, journal: Journal?, folder: String, problems: [String] = []) {
        self.today = today
        self.journal = journal
        self.folder = folder
        self.problems = problems
        screen = journal == nil ? .welcome(WelcomeScreen()) : .home
        showingHelp = false
        helpOffset = 0
        isDemo = false
        message = nil
        viewport = Size(width: 80, height: 24)
    }

    /// A sealed journal: the locked screen, waiting for a passphrase. No journal is open until it unlocks.
    public init(today: CivilDate, locked: LockedJournal, folder: String) {
        self.init(today: today, journal: nil, folder: folder)
        screen = .locked(UnlockForm(locked))
    }

    /// The keymap of what is on top: help when it is open, else the current screen's.
    public var activeKeymap: Keymap { showingHelp ? .help : question != nil ? .question : screenKeymap }

    /// The keymap of the screen under any overlay; help lists these keys.
    public var screenKeymap: Keymap { screenModel.keymap(in: screenContext) }
}
