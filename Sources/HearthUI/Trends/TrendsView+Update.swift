import HearthDomain

/// The Trends screen as a model: keys choose the range, type and partner, move the week cursor, peek at a
/// week or open it.
extension TrendsView: ScreenModel {
    var keymap: Keymap { .trends }
    var takesText: Bool { false }

    mutating func update(_ action: Action, in context: ScreenContext) -> ScreenOutcome {
        guard let journal = context.journal else { return ScreenOutcome(navigation: .back) }
        let today = context.today
        switch action {
        case .quit: return ScreenOutcome(effects: [.quit(status: 0)])
        case .back where openWeek != nil, .peekWeek where openWeek != nil:
            openWeek = nil
        case .back:
            return ScreenOutcome(navigation: .back)
        case .confirm:
            // The week view returns to this screen, cursor and choices as they were.
            openWeek = nil
            return ScreenOutcome(navigation: .push(.week(WeekViewState(week: cursorWeek))))
        case .peekWeek: openWeek = cursorWeek
        case .left: moveCursor(by: -1)
        case .right: moveCursor(by: 1)
        case .top: moveCursor(toStart: true)
        case .bottom: moveCursor(toStart: false)
        case .nextRange: nextSpan(journal: journal, today: today)
        case .nextType: nextType(journal: journal, today: today)
        case .nextPartner: nextPartner(journal: journal, today: today)
        default: break
        }
        // An open week follows the cursor, so the arrows page through weeks with the box open.
        if openWeek != nil { openWeek = cursorWeek }
        return ScreenOutcome()
    }

    func render(into buffer: inout ScreenBuffer, in rect: Rect, context: ScreenContext) -> Position? {
        TrendsScreen(view: self).render(into: &buffer, in: rect)
        return buffer.cursor
    }

    mutating func journalDidChange(in context: ScreenContext) {
        guard let journal = context.journal else { return }
        refresh(journal: journal, today: context.today)
    }
}
