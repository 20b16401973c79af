import HearthDomain

/// The check-in wizard as a model. Its keys follow the control focused on the page, which needs the journal's
/// agenda, so it answers `keymap(in:)` and `takesText(in:)`; leaving closes it for home.
extension CheckInWizard: ScreenModel {
    /// The keys with no journal to read a page from (there is always one while the wizard is open).
    var keymap: Keymap { keymap(journal: nil) }
    var takesText: Bool { false }

    func keymap(in context: ScreenContext) -> Keymap { keymap(journal: context.journal) }

    /// True on a page with a text answer: a printable key the focused control does not take is "not typed".
    func takesText(in context: ScreenContext) -> Bool {
        guard case .answering = phase, let journal = context.journal else { return false }
        return controls(journal).contains { $0.field != nil }
    }

    mutating func update(_ action: Action, in context: ScreenContext) -> ScreenOutcome {
        guard let journal = context.journal else { return ScreenOutcome() }
        if focused(journal) == .summary, let offset = reviewOffset(after: action, journal: journal, context: context) {
            self.offset = offset
            return ScreenOutcome()
        }
        // Text fields span the content area: the window less a column each side.
        return perform(action, journal: journal, today: context.today, fieldWidth: max(1, context.viewport.width - 2))
    }

    mutating func type(_ text: String, in context: ScreenContext) -> Bool {
        guard let journal = context.journal else { return false }
        return type(text, journal: journal)
    }

    /// The check-in saved (AppState has put it in the journal): on to the next turn. Text back from the
    /// editor replaces the focused answer and is drafted at once.
    mutating func effectDidReturn(_ result: EffectResult, in context: ScreenContext) -> ScreenOutcome {
        switch result {
        case .checkInSaved(let checkIn, let path):
            didSave(checkIn, path: path)
            return .note("Saved \(path)")
        case .editorReturned(let text):
            guard let journal = context.journal else { return ScreenOutcome() }
            replaceFocusedText(with: text, journal: journal)
            return ScreenOutcome(effects: draftEffect())
        default:
            return ScreenOutcome()
        }
    }

    func render(into buffer: inout ScreenBuffer, in rect: Rect, context: ScreenContext) -> Position? {
        guard let journal = context.journal else { return nil }
        // The page puts the cursor in the focused answer as it draws it.
        CheckInScreen(wizard: self, journal: journal, today: context.today, sealed: context.seal != nil)
            .render(into: &buffer, in: rect)
        return buffer.cursor
    }

    /// The keymap for what has the focus.
    private func keymap(journal: Journal?) -> Keymap {
        guard let journal else { return .checkInFinished }
        switch phase {
        case .who: return .checkInWho
        case .resume: return .checkInResume
        case .handover: return .checkInHandover
        case .done, .reveal: return .checkInFinished
        case .answering:
            switch focused(journal) {
            case .text?: return .checkInText
            case .ratings?: return .checkInRatings
            case .language?: return .checkInLanguage
            case .summary?, nil: return .checkInReview
            case .intentionReview?, .warningSigns?, .rituals?: return .checkInList
            }
        }
    }

    /// Where the review page scrolls to for a scrolling key, kept inside the page as it is drawn now;
    /// nil for any other key, and for PgUp at the top.
    private func reviewOffset(after action: Action, journal: Journal, context: ScreenContext) -> Int? {
        let viewport = context.viewport
        let content = Rect(x: 1, y: 0, width: max(1, viewport.width - 2), height: max(0, viewport.height - 1))
        let (lines, visible) = CheckInScreen(wizard: self, journal: journal, today: context.today, sealed: context.seal != nil)
            .reviewRows(in: content)
        let last = max(0, lines - visible), page = max(1, visible - 1)
        let current = min(max(0, offset), last)
        switch action {
        case .up: return max(0, current - 1)
        case .down: return min(last, current + 1)
        // At the top PgUp is what it is on every page, the previous step.
        case .pageUp: return current == 0 ? nil : max(0, current - page)
        case .pageDown: return min(last, current + page)
        case .top: return 0
        case .bottom: return last
        default: return nil
        }
    }
}

extension ScreenOutcome {
    /// The wizard closes for home (it is always opened with nothing under it), after `effects`, with `note`
    /// on the status line.
    static func leavingCheckIn(_ effects: [Effect] = [], note: String? = nil) -> ScreenOutcome {
        ScreenOutcome(effects: effects, navigation: .reset(.home), message: note.map { AppState.Message($0) })
    }

    /// A note on the status line, and nothing else.
    static func note(_ text: String) -> ScreenOutcome { ScreenOutcome(message: AppState.Message(text)) }
}
