import HearthDomain

/// A screen as a model: what it does with a key, with text, and how it draws, with the app's state
/// reached only through what it returns. README "Adding a screen" says how one joins the app.
protocol ScreenModel {
    /// The screen's keys: `update` reads them, the help overlay and status bar list them.
    var keymap: Keymap { get }
    /// Whether printable keys go into a text field here before the keymap sees them.
    var takesText: Bool { get }
    /// A form (welcome, unlock, setup) stands a column off the window's edges, and a row off the top when
    /// there is room; the rest draw from edge to edge.
    var isForm: Bool { get }
    /// The keys for the journal in `context`; AppState asks this. Only a screen whose keys follow the
    /// journal (the wizard's page) needs its own; the rest answer `keymap`.
    func keymap(in context: ScreenContext) -> Keymap
    /// Whether the screen has a text field for the journal in `context`; AppState asks this. A printable key
    /// goes to `type` first, and one that `type` refuses is said to be "not typed" (the rest answer `takesText`).
    func takesText(in context: ScreenContext) -> Bool
    /// Applies one action from the keymap.
    mutating func update(_ action: Action, in context: ScreenContext) -> ScreenOutcome
    /// Types text (a key or a paste) into the focused field; false when nothing here takes it.
    mutating func type(_ text: String, in context: ScreenContext) -> Bool
    /// Draws the screen into `rect`; returns where the text cursor goes, if a field has focus.
    func render(into buffer: inout ScreenBuffer, in rect: Rect, context: ScreenContext) -> Position?
    /// A journal edit this screen asked for was saved (the journal in `context` is the one read back).
    mutating func editDidSave(in context: ScreenContext)
    /// An effect this screen asked for failed; the reason is also on the status line.
    mutating func editDidFail(_ reason: String)
    /// The journal changed under the screen: work out again whatever was kept from the old one.
    mutating func journalDidChange(in context: ScreenContext)
    /// The result of an effect this screen asked for that only it knows what to do with (text back from the
    /// editor, a check-in saved); what the result changes in the app (the journal, drafts) is applied first.
    mutating func effectDidReturn(_ result: EffectResult, in context: ScreenContext) -> ScreenOutcome
}

extension ScreenModel {
    var isForm: Bool { false }
    func keymap(in context: ScreenContext) -> Keymap { keymap }
    func takesText(in context: ScreenContext) -> Bool { takesText }
    mutating func effectDidReturn(_ result: EffectResult, in context: ScreenContext) -> ScreenOutcome { ScreenOutcome() }
    mutating func type(_ text: String, in context: ScreenContext) -> Bool { false }
    mutating func editDidSave(in context: ScreenContext) {}
    mutating func editDidFail(_ reason: String) {}
    mutating func journalDidChange(in context: ScreenContext) {}
}

/// What a screen may read of the app: the journal and the day, the terminal size, the chart symbols, the folder,
/// and what the app keeps beside the journal (drafts, conflicts).
///
/// Drafts and conflicts are here rather than in the home screen's value because they outlive every screen:
/// the wizard's draft effects and a sync's result change them while other screens are open (or home is
/// under them on the stack), so a copy kept in `.home` would have to be kept in step by hand. Read from
/// AppState afresh for every key and frame, they cannot go stale, and `.home` stays a case without payload.
struct ScreenContext {
    var journal: Journal?
    /// Where the journal lives (or will): the welcome screen names it.
    var folder: String
    var today: CivilDate
    var viewport: Size
    var tier: ChartTier
    /// Unfinished check-ins on disk: home's `c` offers them before a new check-in.
    var drafts: [CheckInDraft] = []
    /// Conflict copies and fields kept both ways, listed on home until the couple settles them.
    var conflicts = JournalConflicts()
    /// Whose keys are unlocked, for an encrypted journal; nil for a plain one.
    var seal: JournalSeal?
}

/// What a screen's update asks of the app: effects to run, where to go, a note, work to show progress for.
struct ScreenOutcome: Hashable, Sendable {
    var effects: [Effect] = []
    var navigation: Navigation?
    var message: AppState.Message?
    /// A yes-or-no question to ask before doing something that cannot be taken back.
    var question: Question?
    /// Starts the progress line with this label; the effects' result ends it.
    var working: String?

    /// Where the app goes next.
    enum Navigation: Hashable, Sendable {
        /// Opens a screen over this one; Esc comes back.
        case push(AppState.Screen)
        /// Closes this screen.
        case back
        /// Starts over from a screen with nothing under it.
        case reset(AppState.Screen)
    }
}

extension AppState {
    /// The context screens read, from the app's state now.
    var screenContext: ScreenContext {
        ScreenContext(journal: journal, folder: folder, today: today, viewport: viewport, tier: chartTier,
                      drafts: drafts, conflicts: conflicts, seal: seal)
    }

    /// Does what a screen's outcome asks; returns its effects for the launcher (the app's list of drafts
    /// follows the draft effects among them at once).
    mutating func follow(_ outcome: ScreenOutcome) -> [Effect] {
        switch outcome.navigation {
        case .push(let next)?: push(next)
        case .back?: goBack()
        case .reset(let root)?: reset(to: root)
        case nil: break
        }
        if let note = outcome.message { message = note }
        if let asked = outcome.question { question = asked }
        if let label = outcome.working { working = Working(label: label) }
        noteDrafts(outcome.effects)
        return outcome.effects
    }
}
